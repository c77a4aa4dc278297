import type { CacheLike } from '../../../lib/service-worker/offline-support';

/** Requests at a time while copying; a reader may import hundreds of bookmarks at once. */
const CONCURRENCY = 4;

export interface SyncResult {
  added: string[];
  removed: string[];
  /** Not copied this time (offline, a server error, an item that is gone); tried again later. */
  failed: string[];
}

interface SyncOptions {
  /** Fetches one file; in the browser this is `fetch`, through the service worker. */
  fetchFile: (url: string) => Promise<Response>;
  /** Also delete copies of URLs no longer wanted. */
  prune: boolean;
}

/**
 * Makes `cache` hold a copy of every URL in `urls`: fetches the missing ones and, when pruning,
 * deletes the ones no longer wanted. Only successful answers are kept; failures are reported, not
 * thrown, so one missing item never stops the others.
 */
export async function syncOfflineCopies(
  cache: CacheLike,
  urls: readonly string[],
  { fetchFile, prune }: SyncOptions,
): Promise<SyncResult> {
  const wanted = new Set(urls);
  const held = new Set((await cache.keys()).map((request) => request.url));
  const removed = prune ? [...held].filter((url) => !wanted.has(url)) : [];
  await Promise.all(removed.map((url) => cache.delete(url)));

  const missing = [...wanted].filter((url) => !held.has(url));
  const added: string[] = [];
  const failed: string[] = [];
  for (let start = 0; start < missing.length; start += CONCURRENCY) {
    await Promise.all(
      missing.slice(start, start + CONCURRENCY).map(async (url) => {
        try {
          const response = await fetchFile(url);
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          await cache.put(url, response);
          added.push(url);
        } catch {
          failed.push(url);
        }
      }),
    );
  }
  return { added, removed, failed };
}

export interface OfflineCopies {
  /** Asks for copies of exactly these URLs; runs one sync at a time, the latest request last. */
  keep: (urls: readonly string[]) => Promise<void>;
}

/**
 * Serialises syncs of one cache: a change while a sync runs is applied after it, and only the
 * latest wanted set is synced. The first sync of a page prunes copies nobody wants any more;
 * later ones only add, so a bookmark removed and then restored (undo) keeps its copy even offline.
 */
export function createOfflineCopies(
  openCache: () => Promise<CacheLike>,
  fetchFile: (url: string) => Promise<Response>,
): OfflineCopies {
  let running: Promise<void> | null = null;
  let next: readonly string[] | null = null;
  let pruned = false;

  const drain = async () => {
    while (next) {
      const urls = next;
      next = null;
      const prune = !pruned;
      pruned = true;
      try {
        await syncOfflineCopies(await openCache(), urls, { fetchFile, prune });
      } catch {
        // The cache could not be opened or listed (storage full or cleared): reading goes on.
      }
    }
    running = null;
  };

  return {
    keep(urls) {
      next = urls;
      running ??= drain();
      return running;
    },
  };
}
