import { useEffect, useMemo } from 'react';
import { bundleFileUrl } from '../../../lib/fetch-bundle-file';
import { useOfflineSupport } from '../../../lib/service-worker/offline-support';
import { itemFilePath } from '../../articles';
import { useBookmarkIds } from '../../bookmarks';
import { createOfflineCopies } from '../lib/offline-copies';
import { useOnlineStatus } from './use-online-status';

const fetchJson = (url: string) => fetch(url, { headers: { Accept: 'application/json' } });

/**
 * Keeps a copy of every bookmarked item's file in the cache the service worker falls back to, so
 * a bookmarked article reads offline even if it was never opened. Copies are fetched through the
 * worker, so an article opened earlier is copied from its cache even offline; copies that failed
 * are tried again when the network comes back.
 */
export function useBookmarksKeptOffline(): void {
  const { openBookmarkCache } = useOfflineSupport();
  const ids = useBookmarkIds();
  const online = useOnlineStatus();
  const copies = useMemo(
    () => (openBookmarkCache ? createOfflineCopies(openBookmarkCache, fetchJson) : null),
    [openBookmarkCache],
  );
  useEffect(() => {
    if (!copies) return;
    void copies.keep(ids.map((id) => bundleFileUrl(itemFilePath(id)).href));
    // `online` is here only to run again when the network returns.
  }, [copies, ids, online]);
}
