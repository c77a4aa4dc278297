import type { FeedContents } from './feed-contents.ts';
import { SITE_NAME, siteLinks, xmlSafe } from './render-feed.ts';

const escapeXml = (text: string) =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const GROUPS = [
  { kind: 'topic', name: '主题' },
  { kind: 'region', name: '地区' },
  { kind: 'host', name: '来源网站' },
] as const;

/** One feed as an OPML outline: its RSS address, and the reader's page it follows. */
function outline(feed: FeedContents, siteUrl: string, indent: string): string {
  const attributes = [
    ['type', 'rss'],
    ['text', feed.name],
    ['title', `${SITE_NAME} · ${feed.name}`],
    ['xmlUrl', siteLinks.feed(siteUrl, feed.ref, 'rss')],
    ['htmlUrl', siteLinks.page(siteUrl, feed.ref)],
  ];
  return `${indent}<outline ${attributes.map(([k, v]) => `${k}="${escapeXml(v ?? '')}"`).join(' ')}/>`;
}

/**
 * Every feed in an OPML 2.0 file, for a feed reader's import: the feed of everything, then the
 * topics, places and sites in folders. Each feed is listed once, by its RSS address, so an
 * import subscribes once; its Atom and JSON files sit beside it (docs/feeds.md). No date: the
 * file changes only when the feeds do.
 */
export function feedListOpml(feeds: readonly FeedContents[], siteUrl: string): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(`${SITE_NAME}：全部订阅源`)}</title>`,
    '  </head>',
    '  <body>',
  ];
  for (const feed of feeds) {
    if (feed.ref.kind === 'all') lines.push(outline(feed, siteUrl, '    '));
  }
  for (const group of GROUPS) {
    const members = feeds.filter((f) => f.ref.kind === group.kind);
    if (members.length === 0) continue;
    lines.push(`    <outline text="${group.name}">`);
    for (const feed of members) lines.push(outline(feed, siteUrl, '      '));
    lines.push('    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
