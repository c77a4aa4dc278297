// With its extension, as in the domain: vite.config.ts imports this file too.
import { BUNDLE_VERSION } from '../../../domain/bundle/bundle.ts';

/**
 * Names of the caches the service worker keeps bundle data in (vite.config.ts routes requests
 * to them; docs/offline.md says why each is kept as it is). The bundle version is part of every
 * name, so files of an incompatible bundle are never read from a cache of another version.
 */
export const OFFLINE_CACHES = {
  /** `manifest.json` and the latest pages (`latest/…`): what home and the latest list need. */
  lists: `edu-news-reader-lists-v${BUNDLE_VERSION}`,
  /** `items/<id>.json` of the articles the reader opened (the latest 2,000). */
  items: `edu-news-reader-items-v${BUNDLE_VERSION}`,
  /** `search/…`: the search manifest, region and pinyin tables, and the shards queries used. */
  search: `edu-news-reader-search-v${BUNDLE_VERSION}`,
  /** Copies of bookmarked items, kept by the page for as long as they are bookmarked. */
  bookmarked: `edu-news-reader-bookmarked-v${BUNDLE_VERSION}`,
} as const;

const OUR_PREFIX = 'edu-news-reader-';

/**
 * A cache of ours from another bundle version: its files could never be read again (the client
 * refuses other versions), so it is only taking space.
 */
export function isOutdatedOfflineCache(name: string): boolean {
  return name.startsWith(OUR_PREFIX) && !(Object.values(OFFLINE_CACHES) as string[]).includes(name);
}

/** How long a data request may take before a cached copy is shown instead. */
export const NETWORK_TIMEOUT_SECONDS = 3;
