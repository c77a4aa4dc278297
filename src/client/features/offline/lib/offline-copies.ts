import type { CacheLike } from '../../../lib/service-worker/offline-support';
import { FAILURES_PER_SYNC, type CopyOutcome } from './copy-failures';

export { FAILURES_PER_SYNC };

/** Requests at a time while copying; a reader may import thousands of bookmarks at once. */
const CONCURRENCY = 4;

export interface SyncResult {
  added: string[];
  removed: string[];
  /** Not on the server (HTTP 404 or 410): asked again only from another edition of the bundle. */
  missing: string[];
  /** Not copied this time (offline, a server error, no room); asked again after a wait. */
  failed: string[];
  /** Not asked this time: still waiting after an earlier failure, or past this sync's failures. */
  waiting: string[];
}

/** What earlier syncs learnt about URLs that failed; none by default (every URL is asked). */
export interface CopyMemory {
  /** Whether the URL is worth asking for now. */
  isDue: (url: string) => boolean;
  /** Notes how one round of requests went. */
  note: (outcomes: ReadonlyMap<string, CopyOutcome>) => void;
  /** Forgets every URL but these, when the sync prunes. */
  forgetAllBut: (urls: ReadonlySet<string>) => void;
}

export const NO_MEMORY: CopyMemory = {
  isDue: () => true,
  note: () => undefined,
  forgetAllBut: () => undefined,
};

interface SyncOptions {
  /** Fetches one file; in the browser this is `fetch`, through the service worker. */
  fetchFile: (url: string) => Promise<Response>;
  /** Also delete copies of URLs no longer wanted. */
  prune: boolean;
  memory?: CopyMemory;
}

/**
 * Makes `cache` hold a copy of every URL in `urls`, in their order: fetches the missing ones
 * that are due and, when pruning, deletes the ones no longer wanted. Only successful answers are
 * kept; failures are noted in `memory` and reported, not thrown, so one missing item never
 * stops the others.
 */
export async function syncOfflineCopies(
  cache: CacheLike,
  urls: readonly string[],
  { fetchFile, prune, memory = NO_MEMORY }: SyncOptions,
): Promise<SyncResult> {
  const wanted = new Set(urls);
  const held = new Set((await cache.keys()).map((request) => request.url));
  const removed = prune ? [...held].filter((url) => !wanted.has(url)) : [];
  await Promise.all(removed.map((url) => cache.delete(url)));
  if (prune) memory.forgetAllBut(wanted);

  const result: SyncResult = { added: [], removed, missing: [], failed: [], waiting: [] };
  const due: string[] = [];
  for (const url of wanted) {
    if (held.has(url)) continue;
    if (memory.isDue(url)) due.push(url);
    else result.waiting.push(url);
  }

  const copy = async (url: string): Promise<CopyOutcome> => {
    try {
      const response = await fetchFile(url);
      if (response.status === 404 || response.status === 410) return 'missing';
      if (!response.ok) return 'failed';
      await cache.put(url, response);
      return 'copied';
    } catch {
      return 'failed';
    }
  };

  for (let start = 0; start < due.length;) {
    // Never more requests at once than failures left, so a sync stops at exactly the limit.
    const room = FAILURES_PER_SYNC - result.missing.length - result.failed.length;
    if (room <= 0) {
      result.waiting.push(...due.slice(start));
      break;
    }
    const batch = due.slice(start, start + Math.min(CONCURRENCY, room));
    start += batch.length;
    const outcomes = new Map<string, CopyOutcome>();
    await Promise.all(batch.map(async (url) => outcomes.set(url, await copy(url))));
    for (const [url, outcome] of outcomes) {
      if (outcome === 'copied') result.added.push(url);
      else result[outcome].push(url);
    }
    memory.note(outcomes);
  }
  return result;
}

export interface OfflineCopies {
  /**
   * Asks for copies of exactly these URLs; runs one sync at a time, the latest request last.
   * `memory` is that request's view of earlier failures.
   */
  keep: (urls: readonly string[], memory?: CopyMemory) => Promise<void>;
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
  let next: { urls: readonly string[]; memory: CopyMemory | undefined } | null = null;
  let pruned = false;

  const drain = async () => {
    while (next) {
      const { urls, memory } = next;
      next = null;
      const prune = !pruned;
      pruned = true;
      try {
        await syncOfflineCopies(await openCache(), urls, { fetchFile, prune, memory });
      } catch {
        // The cache could not be opened or listed (storage full or cleared): reading goes on.
      }
    }
    running = null;
  };

  return {
    keep(urls, memory) {
      next = { urls, memory };
      running ??= drain();
      return running;
    },
  };
}
