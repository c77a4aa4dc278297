// Tag pages, search results, feeds and headline lists are scraped as often as articles. Two
// things give them away: an address that names a listing, and text made of teasers, each cut
// short with an ellipsis or a "read more" link.
const LISTING_SEGMENT = /^(?:tags?|search|so|list|lists|itemlist|category|categories)$/i;
const LISTING_PREFIX = /^(?:tag|list|search)[_-]/i;
const FEED = /rss|atom\.xml|feed/i;
// `(?:\s*[|｜])?\s*$` rather than `\s*[|｜]?\s*$`: two blank runs side by side would split a long
// run of blanks every possible way.
const TEASER_END = /(?:…|\.\.\.|查看全文|阅读全文|閱讀全文|详细>>|更多>>|>>)(?:\s*[|｜])?\s*$/;

/** How many of the page's lines are teasers cut short; 0 for article prose. */
function teaserLines(lines: readonly string[]): number {
  return lines.filter((l) => l.length >= 12 && TEASER_END.test(l)).length;
}

/** Why the address is a listing's, or null. */
function listingAddress(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  const named = segments.find((s) => LISTING_SEGMENT.test(s) || LISTING_PREFIX.test(s));
  if (named) return `its address is a listing (/${named}/)`;
  if (FEED.test(url.pathname)) return 'its address is a feed';
  return null;
}

/** Distinct dates that make a page a list of dated items rather than one dated article. */
const DATED_ITEMS = 3;

/**
 * Why a page is a list of other pages rather than an article, or null for an article: an
 * address that names a listing with little prose under it, mostly teasers cut short, or a run
 * of items each under its own date line (`dates`: the distinct dates of the page's date lines).
 */
export function listPageReason(
  url: URL | null,
  lines: readonly string[],
  dates = 0,
): string | null {
  if (dates >= DATED_ITEMS) return `it lists ${dates} items under dates of their own`;
  const teasers = teaserLines(lines);
  if (teasers >= 3 && teasers * 3 >= lines.length) {
    return `${teasers} of its ${lines.length} lines are teasers cut short`;
  }
  const address = url && listingAddress(url);
  if (address && (teasers >= 2 || lines.every((l) => l.length < 40))) return address;
  return null;
}
