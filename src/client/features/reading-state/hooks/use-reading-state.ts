import { useEffect, useSyncExternalStore } from 'react';
import type { StorageStatus } from '../../../lib/storage/persisted-store';
import { useReadingStore } from '../store/reading-store';

/** Whether the reader has opened this item before, in this browser. */
export function useIsVisited(id: string): boolean {
  const store = useReadingStore();
  return useSyncExternalStore(store.subscribe, () => id in store.getSnapshot().value.visited);
}

/** Records that an item's page was opened, once it is on screen. */
export function useMarkVisited(id: string): void {
  const store = useReadingStore();
  useEffect(() => store.markVisited(id), [store, id]);
}

export function useReadingStorageStatus(): StorageStatus {
  const store = useReadingStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot).status;
}
