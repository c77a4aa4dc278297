import {
  createPersistedStore,
  type PersistedStore,
  type StorageLike,
} from '../../../lib/storage/persisted-store';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';
import { createStoreContext } from '../../../lib/storage/store-context';
import {
  EMPTY_READING_STATE,
  decodeReadingState,
  withPosition,
  withVisited,
  withoutPosition,
  type ReadingState,
} from '../lib/reading-state';

export const READING_KEY = STORAGE_KEYS.reading;

export interface ReadingStore extends PersistedStore<ReadingState> {
  markVisited: (id: string) => void;
  savePosition: (id: string, paragraph: number) => void;
  clearPosition: (id: string) => void;
}

export function createReadingStore(
  storage: StorageLike | null,
  { now = Date.now }: { now?: () => number } = {},
): ReadingStore {
  const store = createPersistedStore<ReadingState>(storage, {
    key: READING_KEY,
    empty: EMPTY_READING_STATE,
    decode: decodeReadingState,
    encode: (state) => ({ version: 1, ...state }),
    keepUnreadable: false,
  });
  return {
    ...store,
    markVisited: (id) => store.update((state) => withVisited(state, id, now())),
    savePosition: (id, paragraph) =>
      store.update((state) => withPosition(state, id, paragraph, now())),
    clearPosition: (id) => store.update((state) => withoutPosition(state, id)),
  };
}

export const [ReadingStoreProvider, useReadingStore] =
  createStoreContext<ReadingStore>('useReadingStore');
