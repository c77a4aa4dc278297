import {
  SITE_DATA_DIR,
  bundlePaths,
  type FeedFormat,
  type FeedRef,
} from '../../../../domain/bundle/bundle';

/** A feed the reader can offer: what it follows, its name and its three addresses. */
export interface OfferedFeed {
  ref: FeedRef;
  name: string;
  addresses: Record<FeedFormat, string>;
}

/** The MIME type of each format, for `<link rel="alternate">`. */
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/**
 * A feed's addresses under the site address the compile was given (the manifest's
 * `feeds.siteUrl`), not this page's: the address a reader subscribes to is the one the feeds
 * themselves name, whichever mirror or preview the page was opened from.
 */
export function feedAddresses(siteUrl: string, ref: FeedRef): Record<FeedFormat, string> {
  const at = (format: FeedFormat) => `${siteUrl}${SITE_DATA_DIR}${bundlePaths.feed(ref, format)}`;
  return { rss: at('rss'), atom: at('atom'), json: at('json') };
}
