import { SITE_URL_ENV } from './site-url.ts';

/** The line a compile ends with about its feeds: how many, or why there are none. */
export function feedsLine(feeds: number | null, siteUrl: string | null): string {
  if (feeds === null || siteUrl === null) {
    return `No feeds written: they need the site's address, from --site-url URL or ${SITE_URL_ENV} (docs/feeds.md).`;
  }
  return `${feeds} feeds written (RSS, Atom and JSON each, and feeds/feeds.opml) with links to ${siteUrl}`;
}
