import { tidyText } from './block-lines.ts';

/** What a page's head says about its article, read before anything is removed from the page. */
export interface HeadMetadata {
  /** `og:title`, else `<title>`, with the site's name cut off. */
  title: string | null;
  /** The page's own http(s) address: `<link rel="canonical">`, else `og:url`. */
  url: string | null;
  /** The publication date of a meta tag, as `YYYY-MM-DD`. */
  date: string | null;
  /** The publishing organisation of a meta tag (`ContentSource`, `source`). */
  source: string | null;
}

// Meta tags that carry the publication date, by name or property, most specific first. Chinese
// government sites' content systems write `PubDate` and `ContentSource`.
const DATE_META = [
  'article:published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'datepublished',
  'dc.date.issued',
  'dc.date',
  'og:release_date',
  'weibo:article:create_at',
];
const SOURCE_META = ['contentsource', 'source', 'article:source'];
// Sites end their <title> with the column and the site: `标题_新闻动态_某某教育网`.
// A separator takes the blanks around it. The look-around refuses to start a match inside a run
// of blanks (a blank after a blank): the match found from the run's first blank is the one
// `split` keeps anyway, and without it a long run of blanks in a hostile title is read once per
// blank, quadratic time.
const TITLE_SEPARATOR = /(?!(?<=\s)\s)\s*(?:[_|｜]|\s[-–—]\s|--|——)\s*/;
const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const SHORTEST_TITLE = 4;

/** `YYYY-MM-DD` of the first date written in `text`, or null. */
export function isoDateIn(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An absolute http(s) address, or null for anything else (relative, `javascript:`, junk). */
function webAddress(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || !URL.canParse(text)) return null;
  const url = new URL(text);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The longest part of a `<title>` split at the separators sites put before their name. */
function withoutSiteName(title: string): string {
  let longest = '';
  for (const part of title.split(TITLE_SEPARATOR)) if (part.length > longest.length) longest = part;
  return longest;
}

/** Reads the title, address, date and source that the page's head gives. */
export function readHeadMetadata(document: Document): HeadMetadata {
  const meta = new Map<string, string>();
  for (const tag of document.querySelectorAll('meta')) {
    const key =
      tag.getAttribute('name') ?? tag.getAttribute('property') ?? tag.getAttribute('itemprop');
    const content = tag.getAttribute('content');
    if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content);
  }
  const first = (keys: string[]) =>
    keys.map((key) => meta.get(key)).find((value) => value !== undefined && value.trim() !== '');

  const canonical = [...document.querySelectorAll('link[rel]')].find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const titleText = tidyText(
    first(['og:title']) ?? document.querySelector('title')?.textContent ?? '',
  );
  const date = first(DATE_META);
  const source = first(SOURCE_META);
  return {
    title: titleText ? withoutSiteName(titleText) : null,
    url: webAddress(canonical?.getAttribute('href')) ?? webAddress(first(['og:url'])),
    date: date ? isoDateIn(date) : null,
    source: source ? tidyText(source).slice(0, 40) || null : null,
  };
}

/**
 * The article's headline: the page's `<h1>` (else `<h2>`) that matches the head's title, since
 * the head's copy is often cut short or carries the site's name; else the head's title; else the
 * first heading. `headings` are the texts of the page's h1 then h2 elements, in page order.
 */
export function chooseTitle(headTitle: string | null, headings: readonly string[]): string | null {
  if (!headTitle) return headings[0] ?? null;
  const matching = headings.find(
    (heading) =>
      heading.length >= SHORTEST_TITLE &&
      (heading.includes(headTitle) ||
        (headTitle.includes(heading) && heading.length * 2 >= headTitle.length)),
  );
  return matching ?? headTitle;
}
