import {
  createPersistedStore,
  type PersistedStore,
  type StorageLike,
} from '../../../lib/storage/persisted-store';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';
import { createStoreContext } from '../../../lib/storage/store-context';
import type { Bookmark, BookmarkTarget } from '../lib/bookmark';
import { decodeStoredBookmarks, encodeBookmarkFile } from '../lib/bookmark-file';
import { mergeBookmarks, type MergeResult } from '../lib/merge-bookmarks';

export const BOOKMARKS_KEY = STORAGE_KEYS.bookmarks;

export interface BookmarkStore extends PersistedStore<Bookmark[]> {
  add: (target: BookmarkTarget) => void;
  /** Removes a bookmark and returns it, so that the removal can be undone. */
  remove: (id: string) => Bookmark | undefined;
  /** Removes several bookmarks in one write and returns them, for undo. */
  removeMany: (ids: ReadonlySet<string>) => Bookmark[];
  toggle: (target: BookmarkTarget) => void;
  /** Puts removed bookmarks back as they were, with their original times. */
  restore: (bookmarks: readonly Bookmark[]) => void;
  /** Adds checked bookmarks from a file to the current ones. */
  importBookmarks: (incoming: readonly Bookmark[]) => MergeResult;
}

export function createBookmarkStore(
  storage: StorageLike | null,
  { now = () => new Date() }: { now?: () => Date } = {},
): BookmarkStore {
  const store = createPersistedStore<Bookmark[]>(storage, {
    key: BOOKMARKS_KEY,
    empty: [],
    decode: decodeStoredBookmarks,
    encode: (bookmarks) => encodeBookmarkFile(bookmarks),
    // Bookmarks are the one thing here a reader cannot recreate from the site.
    keepUnreadable: true,
  });
  const has = (list: readonly Bookmark[], id: string) => list.some((b) => b.id === id);

  const add = (target: BookmarkTarget) =>
    store.update((list) =>
      has(list, target.id) ? list : [...list, { ...target, savedAt: now().toISOString() }],
    );

  const remove = (id: string) => {
    const removed = store.getSnapshot().value.find((b) => b.id === id);
    if (removed) store.update((list) => list.filter((b) => b.id !== id));
    return removed;
  };

  return {
    ...store,
    add,
    remove,
    toggle(target) {
      if (has(store.getSnapshot().value, target.id)) remove(target.id);
      else add(target);
    },
    removeMany(ids) {
      const removed = store.getSnapshot().value.filter((b) => ids.has(b.id));
      if (removed.length > 0) store.update((list) => list.filter((b) => !ids.has(b.id)));
      return removed;
    },
    restore(bookmarks) {
      store.update((list) => {
        const here = new Set(list.map((b) => b.id));
        const back = bookmarks.filter((b) => !here.has(b.id));
        return back.length === 0 ? list : [...list, ...back];
      });
    },
    importBookmarks(incoming) {
      const result = mergeBookmarks(store.getSnapshot().value, incoming);
      if (result.added > 0) store.update(() => result.bookmarks);
      return result;
    },
  };
}

export const [BookmarkStoreProvider, useBookmarkStore] =
  createStoreContext<BookmarkStore>('useBookmarkStore');
