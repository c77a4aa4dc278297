import { createHash } from 'node:crypto';

/**
 * A short id that depends only on `key`, so bookmarks survive recompiles and renamed seed files.
 * 64 bits keep collisions out of reach at millions of items; the catalog still checks.
 */
export function stableId(key: string): string {
  // The first 8 bytes in hex, not a slice of the whole digest's hex: V8 would keep all 64
  // characters behind each of the few hundred thousand ids a compile holds.
  return createHash('sha256').update(key).digest().subarray(0, 8).toString('hex');
}

/**
 * The identity of a source URL: scheme, `www.`, fragment and default port do not change which page
 * it is, so `http://a.cn/x#top` and `https://www.a.cn/x` name the same article.
 */
export function canonicalUrl(href: string): string {
  const url = new URL(href);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return `${host}${url.pathname}${url.search}`;
}

/** A title reduced to what identifies it: width forms folded, blanks removed. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}
