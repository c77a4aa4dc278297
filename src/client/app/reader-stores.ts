import {
  createBookmarkStore,
  type BookmarkStore,
} from '../features/bookmarks/store/bookmark-store';
import { createFollowStore, type FollowStore } from '../features/bookmarks/store/follow-store';
import {
  createCopyFailureStore,
  type CopyFailureStore,
} from '../features/offline/store/copy-failure-store';
import { createListenStore, type ListenStore } from '../features/listen/store/listen-store';
import {
  createReaderSettingsStore,
  type ReaderSettingsStore,
} from '../features/reader-settings/store/reader-settings-store';
import {
  createReadingStore,
  type ReadingStore,
} from '../features/reading-state/store/reading-store';
import { createVisitStore, type VisitStore } from '../features/reading-state/store/visit-store';
import { browserLocalStorage, type StorageLike } from '../lib/storage/persisted-store';

/** Everything the reader keeps in the browser, each kind under its own key. */
export interface ReaderStores {
  bookmarks: BookmarkStore;
  settings: ReaderSettingsStore;
  reading: ReadingStore;
  copyFailures: CopyFailureStore;
  follows: FollowStore;
  visits: VisitStore;
  listen: ListenStore;
}

/** Stores over `storage`; null means the browser gives none, and they work from memory. */
export function createReaderStores(
  storage: StorageLike | null = browserLocalStorage(),
): ReaderStores {
  return {
    bookmarks: createBookmarkStore(storage),
    settings: createReaderSettingsStore(storage),
    reading: createReadingStore(storage),
    copyFailures: createCopyFailureStore(storage),
    follows: createFollowStore(storage),
    visits: createVisitStore(storage),
    listen: createListenStore(storage),
  };
}
