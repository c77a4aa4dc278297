import {
  createPersistedStore,
  type PersistedStore,
  type StorageLike,
} from '../../../lib/storage/persisted-store';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';
import { createStoreContext } from '../../../lib/storage/store-context';
import type { CopyMemory } from '../lib/offline-copies';
import {
  EMPTY_COPY_FAILURES,
  decodeCopyFailures,
  isDue,
  onlyFor,
  withOutcomes,
  type CopyFailures,
  type CopyOutcome,
} from '../lib/copy-failures';

export const COPY_FAILURES_KEY = STORAGE_KEYS.copyFailures;

export interface CopyFailureStore extends PersistedStore<CopyFailures> {
  /**
   * The memory one sync of item files uses: `idOf` names the item of each URL, `edition` the
   * bundle's (null while it is not known).
   */
  memoryFor: (idOf: ReadonlyMap<string, string>, edition: string | null) => CopyMemory;
}

/**
 * The failures of offline copies, by item id, in `localStorage` so that they outlive the visit
 * and are shared by every tab. Losing them costs a few requests, so unreadable data is replaced.
 */
export function createCopyFailureStore(
  storage: StorageLike | null,
  { now = Date.now }: { now?: () => number } = {},
): CopyFailureStore {
  const store = createPersistedStore<CopyFailures>(storage, {
    key: COPY_FAILURES_KEY,
    empty: EMPTY_COPY_FAILURES,
    decode: decodeCopyFailures,
    encode: (state) => ({ version: 1, ...state }),
    keepUnreadable: false,
  });
  return {
    ...store,
    memoryFor(idOf, edition) {
      const idsOf = (urls: Iterable<string>) => [...urls].map((url) => idOf.get(url) ?? url);
      return {
        isDue: (url) => isDue(store.getSnapshot().value, idOf.get(url) ?? url, edition, now()),
        note(outcomes: ReadonlyMap<string, CopyOutcome>) {
          const byId = new Map(
            [...outcomes].map(([url, outcome]) => [idOf.get(url) ?? url, outcome]),
          );
          store.update((state) => withOutcomes(state, byId, edition, now()));
        },
        forgetAllBut(urls) {
          const ids = new Set(idsOf(urls));
          store.update((state) => onlyFor(state, ids));
        },
      };
    },
  };
}

export const [CopyFailureStoreProvider, useCopyFailureStore] =
  createStoreContext<CopyFailureStore>('useCopyFailureStore');
