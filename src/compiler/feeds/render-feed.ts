import { Feed } from 'feed';
import {
  FEED_LIMIT,
  SITE_DATA_DIR,
  bundlePaths,
  type FeedFormat,
  type FeedRef,
  type IsoDate,
} from '../../domain/bundle/bundle.ts';
import type { FeedArticle, FeedContents } from './feed-contents.ts';
import { linesOf, type Lines } from '../spilled-lines.ts';

/** The reader's name, which every feed's title starts with. */
export const SITE_NAME = '教育资讯阅读器';

/** Characters of the lead a feed item carries: enough to choose by, and 50 items stay small. */
export const LEAD_LENGTH = 140;

/**
 * Links into the reader: the routes docs/routing.md describes, spelled as
 * `src/client/app/paths.ts` spells them (tests/unit/compiler/feeds.test.ts holds them equal).
 */
export const siteLinks = {
  article: (siteUrl: string, id: string) => `${siteUrl}#/article/${encodeURIComponent(id)}`,
  /** The search a topic or region feed follows; the home page for the others. */
  page: (siteUrl: string, ref: FeedRef) =>
    ref.kind === 'topic' || ref.kind === 'region'
      ? `${siteUrl}#/search?${ref.kind}=${encodeURIComponent(ref.key)}`
      : siteUrl,
  /** A feed file's address: the bundle's folder in the site, then its path in the bundle. */
  feed: (siteUrl: string, ref: FeedRef, format: FeedFormat) =>
    `${siteUrl}${SITE_DATA_DIR}${bundlePaths.feed(ref, format)}`,
};

// Characters XML 1.0 does not allow, and lone surrogates: seed text is untrusted.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text fit for an XML document. */
export const xmlSafe = (text: string) => text.replace(NOT_XML, '');

/** Text as HTML: feed readers read titles (Atom's `type="html"`) and summaries as HTML. */
export const escapeHtml = (text: string) =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** An item's date: the start of its day in China (UTC+8 all year), where the sites publish. */
export const feedDate = (day: IsoDate) => new Date(`${day}T00:00:00+08:00`);

/** The article's first `LEAD_LENGTH` characters, cut with `…`. */
function lead(paragraphs: Lines): string {
  const chars = Array.from(linesOf(paragraphs).join(' '));
  return chars.length > LEAD_LENGTH ? `${chars.slice(0, LEAD_LENGTH).join('')}…` : chars.join('');
}

/** An item's summary as HTML: the lead, then the original page, every piece escaped. */
function summaryHtml(article: FeedArticle): string {
  const parts = [`<p>${escapeHtml(lead(article.paragraphs))}</p>`];
  if (article.url) {
    const host = escapeHtml(article.host ?? article.url);
    parts.push(`<p>原文：<a href="${escapeHtml(article.url)}">${host}</a></p>`);
  }
  return parts.join('');
}

/** What a feed is about, for its description. */
function about({ ref, name }: FeedContents): string {
  switch (ref.kind) {
    case 'all':
      return '全部';
    case 'topic':
      return `主题“${name}”的`;
    case 'region':
      return `关于${name}的`;
    case 'host':
      return `来自 ${name} 的`;
  }
}

/** A feed in its three formats, its dates and links fixed by its items and the site's address. */
export type RenderedFeed = Record<FeedFormat, string>;

/**
 * Writes one feed as RSS 2.0, Atom 1.0 and JSON Feed 1.1 with the `feed` package. Nothing in it
 * comes from the clock: a feed is as new as its newest item, and an empty feed (of everything,
 * from seeds without a dated article) as the build day.
 */
export function renderFeed(contents: FeedContents, siteUrl: string, today: IsoDate): RenderedFeed {
  const { ref, items } = contents;
  const links = {
    rss: siteLinks.feed(siteUrl, ref, 'rss'),
    atom: siteLinks.feed(siteUrl, ref, 'atom'),
    json: siteLinks.feed(siteUrl, ref, 'json'),
  };
  const title = xmlSafe(`${SITE_NAME} · ${contents.name}`);
  const feed = new Feed({
    id: links.atom,
    // Feed titles and descriptions are XML text, which the package escapes; item titles are
    // HTML inside CDATA (escaped below).
    title,
    description: `${about(contents)}最新文章（最多 ${FEED_LIMIT} 篇）`,
    link: siteLinks.page(siteUrl, ref),
    language: 'zh-CN',
    updated: feedDate(items[0]?.date ?? today),
    generator: false,
    feedLinks: links,
  });
  for (const article of items) {
    const link = siteLinks.article(siteUrl, article.id);
    const date = feedDate(article.date);
    feed.addItem({
      title: escapeHtml(article.title),
      id: link,
      link,
      date,
      published: date,
      description: summaryHtml(article),
      category: article.topics.map((t) => ({ name: xmlSafe(t.name), term: t.id })),
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1(), json: jsonFeed11(feed.json1(), items) };
}

/**
 * The package writes JSON Feed 1.0's version; the fields used here mean the same in 1.1, which
 * adds `language` and the item's `external_url`. JSON is no HTML, so item titles go back to plain text.
 */
function jsonFeed11(json: string, items: readonly FeedArticle[]): string {
  const feed = JSON.parse(json) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  const upgraded = {
    ...feed,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'zh-CN',
    items: feed.items.map((item, i) => {
      const article = items[i];
      return {
        ...item,
        title: article?.title ?? item.title,
        ...(article?.url ? { external_url: article.url } : {}),
      };
    }),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}
