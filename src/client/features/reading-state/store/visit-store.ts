import type { SeenMark } from '../../../../domain/search/query/new-matches';
import {
  createPersistedStore,
  type PersistedStore,
  type StorageLike,
} from '../../../lib/storage/persisted-store';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';
import { createStoreContext } from '../../../lib/storage/store-context';
import { decodeLastVisit, NO_VISIT, startVisit, type LastVisit } from '../lib/last-visit';

export interface VisitStore extends PersistedStore<LastVisit> {
  /** What the latest list shows now: the next visit's 新 marks are measured against it. */
  look: (mark: SeenMark) => void;
  /** The reader is still here (the page is being left, say): the visit goes on until now. */
  touch: () => void;
}

/**
 * The reader's visits, for 新 in 最新加入. Made when the app starts, which is when a visit may
 * start: the marks of a page load never change under the reader's eyes.
 */
export function createVisitStore(
  storage: StorageLike | null,
  { now = Date.now }: { now?: () => number } = {},
): VisitStore {
  const store = createPersistedStore<LastVisit>(storage, {
    key: STORAGE_KEYS.visits,
    empty: NO_VISIT,
    decode: decodeLastVisit,
    encode: (state) => state,
    // Losing it costs one visit's 新 marks; nothing the reader made.
    keepUnreadable: false,
  });
  // A first visit has nothing to carry over: nothing is written until the list is looked at.
  const started = startVisit(store.getSnapshot().value, now());
  if (started.previous || started.current) store.update(() => started);
  return {
    ...store,
    look: (mark) => store.update((state) => ({ ...state, lastSeenAt: now(), current: mark })),
    touch: () => store.update((state) => ({ ...state, lastSeenAt: now() })),
  };
}

export const [VisitStoreProvider, useVisitStore] = createStoreContext<VisitStore>('useVisitStore');
