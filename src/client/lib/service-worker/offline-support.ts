import { useCallback } from 'react';
import { createStoreContext } from '../storage/store-context';
import { NO_UPDATES, type ServiceWorkerUpdates } from './service-worker-updates';

/** The part of the Cache API that keeping copies needs; tests pass an in-memory one. */
export interface CacheLike {
  keys: () => Promise<readonly Request[]>;
  put: (url: string, response: Response) => Promise<void>;
  delete: (url: string) => Promise<boolean>;
}

/** What the service worker gives the page; made once per app by `main.tsx`. */
export interface OfflineSupport {
  updates: ServiceWorkerUpdates;
  /**
   * Opens the cache the service worker falls back to for bookmarked items; null where nothing is
   * served offline (dev, tests, browsers without service workers).
   */
  openBookmarkCache: (() => Promise<CacheLike>) | null;
}

export const NO_OFFLINE_SUPPORT: OfflineSupport = { updates: NO_UPDATES, openBookmarkCache: null };

export const [OfflineSupportProvider, useOfflineSupport] =
  createStoreContext<OfflineSupport>('useOfflineSupport');

/**
 * Reloads the page, into the new build when one is waiting: a plain reload would be answered by
 * the old service worker again, with the same old code (a version mismatch would never end).
 */
export function useReloadPage(): () => void {
  const { updates } = useOfflineSupport();
  return useCallback(() => {
    if (updates.getSnapshot().ready) updates.apply();
    else window.location.reload();
  }, [updates]);
}
