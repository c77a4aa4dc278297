import { useSyncExternalStore } from 'react';
import type { StorageStatus } from '../../../lib/storage/persisted-store';
import type { FollowedSearch } from '../lib/followed-search';
import { useFollowStore } from '../store/follow-store';

/** Every followed search, in the order followed; updates when this or another tab changes them. */
export function useFollows(): FollowedSearch[] {
  const store = useFollowStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot).value;
}

/** The followed search with this key, or undefined. */
export function useFollow(search: string): FollowedSearch | undefined {
  return useFollows().find((f) => f.search === search);
}

export function useFollowStorageStatus(): StorageStatus {
  const store = useFollowStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot).status;
}
