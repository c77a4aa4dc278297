import type { SeenMark } from '../../../../domain/search/query/new-matches';
import {
  createPersistedStore,
  type PersistedStore,
  type StorageLike,
} from '../../../lib/storage/persisted-store';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';
import { createStoreContext } from '../../../lib/storage/store-context';
import {
  decodeStoredFollows,
  encodeFollows,
  MAX_FOLLOWS,
  mergeFollows,
  type FollowedSearch,
} from '../lib/followed-search';

export const FOLLOWS_KEY = STORAGE_KEYS.follows;

export interface FollowStore extends PersistedStore<FollowedSearch[]> {
  /** Follows a search (its `followKey`), named `label`; its mark comes with `markSeen`. */
  follow: (search: string, label: string) => void;
  unfollow: (search: string) => void;
  /** Records what the reader saw on opening a followed search: its count starts again. */
  markSeen: (search: string, seen: SeenMark) => void;
  /** Adds checked follows from an exported file; returns how many were new here. */
  importFollows: (incoming: readonly FollowedSearch[]) => number;
}

/**
 * Followed searches, under their own key beside the bookmarks and with the bookmarks' rules:
 * unreadable data is set aside before anything is saved over it, other tabs follow the
 * `storage` event, and without storage they last the visit (docs/follow.md).
 */
export function createFollowStore(
  storage: StorageLike | null,
  { now = () => new Date() }: { now?: () => Date } = {},
): FollowStore {
  const store = createPersistedStore<FollowedSearch[]>(storage, {
    key: FOLLOWS_KEY,
    empty: [],
    decode: decodeStoredFollows,
    encode: encodeFollows,
    keepUnreadable: true,
  });
  return {
    ...store,
    follow(search, label) {
      store.update((list) =>
        list.some((f) => f.search === search) || list.length >= MAX_FOLLOWS
          ? list
          : [...list, { search, label, followedAt: now().toISOString(), seen: null }],
      );
    },
    unfollow(search) {
      store.update((list) =>
        list.some((f) => f.search === search) ? list.filter((f) => f.search !== search) : list,
      );
    },
    markSeen(search, seen) {
      store.update((list) => {
        const at = list.findIndex((f) => f.search === search);
        const current = list[at];
        if (!current || sameMark(current.seen, seen)) return list;
        return list.map((f, i) => (i === at ? { ...f, seen } : f));
      });
    },
    importFollows(incoming) {
      const { follows, added } = mergeFollows(store.getSnapshot().value, incoming);
      if (added > 0) store.update(() => follows);
      return added;
    },
  };
}

function sameMark(a: SeenMark | null, b: SeenMark): boolean {
  return (
    a !== null &&
    a.horizon === b.horizon &&
    a.keys.length === b.keys.length &&
    a.keys.every((key, i) => key === b.keys[i])
  );
}

export const [FollowStoreProvider, useFollowStore] =
  createStoreContext<FollowStore>('useFollowStore');
