import { useEffect, useMemo } from 'react';
import { bundleFileUrl } from '../../../lib/fetch-bundle-file';
import { useOfflineSupport } from '../../../lib/service-worker/offline-support';
import { itemFilePath, useManifest } from '../../articles';
import { useBookmarkIdsNewestFirst } from '../../bookmarks';
import { bundleEdition } from '../lib/copy-failures';
import { createOfflineCopies } from '../lib/offline-copies';
import { useCopyFailureStore } from '../store/copy-failure-store';
import { useOnlineStatus } from './use-online-status';

const fetchJson = (url: string) => fetch(url, { headers: { Accept: 'application/json' } });

/**
 * Keeps a copy of every bookmarked item's file in the cache the service worker falls back to, so
 * a bookmarked article reads offline even if it was never opened. Copies are fetched through the
 * worker, so an article opened earlier is copied from its cache even offline. Failures are
 * remembered across visits: a file the server does not have is asked again only from a new
 * edition of the bundle, one that could not be fetched after a wait that doubles each time (and
 * the return of the network is a moment to look again). Newest bookmarks are copied first.
 */
export function useBookmarksKeptOffline(): void {
  const { openBookmarkCache } = useOfflineSupport();
  const ids = useBookmarkIdsNewestFirst();
  const online = useOnlineStatus();
  const failures = useCopyFailureStore();
  const manifest = useManifest();
  // A missing file is asked again only from another edition; until the manifest has answered
  // (or failed, offline), which one is current is not known.
  const edition = manifest.data ? bundleEdition(JSON.stringify(manifest.data)) : null;
  const settled = !manifest.isPending;
  const copies = useMemo(
    () => (openBookmarkCache ? createOfflineCopies(openBookmarkCache, fetchJson) : null),
    [openBookmarkCache],
  );
  useEffect(() => {
    if (!copies || !settled) return;
    const idOf = new Map(ids.map((id) => [bundleFileUrl(itemFilePath(id)).href, id]));
    void copies.keep([...idOf.keys()], failures.memoryFor(idOf, edition));
    // `online` is here only to run again when the network returns.
  }, [copies, ids, online, failures, edition, settled]);
}
