import { useMemo, useSyncExternalStore } from 'react';
import type { StorageStatus } from '../../../lib/storage/persisted-store';
import { newestFirst, type Bookmark } from '../lib/bookmark';
import { useBookmarkStore } from '../store/bookmark-store';

function useBookmarkSnapshot() {
  const store = useBookmarkStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Every bookmark, newest first; updates when this or another tab changes them. */
export function useBookmarks(): Bookmark[] {
  const { value } = useBookmarkSnapshot();
  return useMemo(() => newestFirst(value), [value]);
}

/** The bookmark of one item, or undefined when it is not bookmarked. */
export function useBookmark(id: string): Bookmark | undefined {
  const store = useBookmarkStore();
  return useSyncExternalStore(store.subscribe, () => indexById(store.getSnapshot().value).get(id));
}

export function useBookmarkStorageStatus(): StorageStatus {
  return useBookmarkSnapshot().status;
}

// A list may render dozens of toggles; each looks its item up in one shared map per snapshot.
const indexes = new WeakMap<readonly Bookmark[], Map<string, Bookmark>>();

function indexById(list: readonly Bookmark[]): Map<string, Bookmark> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((bookmark) => [bookmark.id, bookmark]));
    indexes.set(list, index);
  }
  return index;
}

/** The bookmarked ids, sorted: what search needs for 只看已收藏 and its count. */
export function useBookmarkIds(): string[] {
  const { value } = useBookmarkSnapshot();
  return useMemo(() => value.map((bookmark) => bookmark.id).sort(), [value]);
}

/** The bookmarked ids, newest first: the order their offline copies are made in. */
export function useBookmarkIdsNewestFirst(): string[] {
  const bookmarks = useBookmarks();
  return useMemo(() => bookmarks.map((bookmark) => bookmark.id), [bookmarks]);
}
