import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../../src/client/app/paths.ts';
import { compileSeeds } from '../../../../src/compiler/compile-seeds.ts';
import { feedsLine } from '../../../../src/compiler/feeds/feeds-line.ts';
import { renderFeed, siteLinks } from '../../../../src/compiler/feeds/render-feed.ts';
import { parseSiteUrl, siteUrlOf } from '../../../../src/compiler/feeds/site-url.ts';
import {
  FEED_LIMIT,
  bundlePaths,
  type FeedFormat,
  type FeedIndex,
  type FeedRef,
} from '../../../../src/domain/bundle/bundle.ts';
import { readBundle } from '../../../support/read-bundle.ts';
import { seedSource, writeSeed, type SeedParts } from '../../../support/write-seed.ts';

const SITE = 'https://example.org/reader/';

/** The n-th day after 2024-01-01, as YYYY/MM/DD for a source address and YYYY-MM-DD. */
function day(n: number): { path: string; iso: string } {
  const iso = new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
  return { path: iso.replace(/-/g, '/'), iso };
}

/** An article about 开州区 and 近视 from a.example.cn, dated by its address (day n). */
const kaizhou = (n: number): SeedParts => ({
  title: `重庆市开州区第${n}次近视防控专题会议召开`,
  paragraphs: [`开州区教委召开近视防控工作会议，部署第${n}阶段学生视力保护工作。`],
  url: `https://a.example.cn/${day(n).path}/${n}.html`,
});

const chengdu: SeedParts = {
  title: '四川省成都市举办青年教师课堂教学比赛',
  paragraphs: ['成都市教育局组织全市青年教师参加课堂教学比赛。'],
  url: `https://b.example.cn/${day(100).path}/c.html`,
  latest: [{ title: '某地发布招生工作通知', date: '2024-05-01' }],
};

const compile = (seeds: SeedParts[], siteUrl: string | null = SITE) =>
  compileSeeds(
    seeds.map((parts, i) => seedSource(`s${String(i).padStart(3, '0')}.txt`, writeSeed(parts))),
    { today: '2024-12-31', siteUrl },
  );

const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => kaizhou(i));
const result = await compile([...many, chengdu]);
const bundle = readBundle(result.files);

const text = (name: string) => {
  const body = result.files.get(name);
  if (typeof body !== 'string') throw new Error(`No feed file ${name}`);
  return body;
};
const feedFile = (ref: FeedRef, format: FeedFormat) => text(bundlePaths.feed(ref, format));
const rss = (ref: FeedRef) => parseFeed(feedFile(ref, 'rss'));
const atom = (ref: FeedRef) => parseFeed(feedFile(ref, 'atom'));

interface JsonFeed {
  version: string;
  title: string;
  feed_url: string;
  items: { id: string; url: string; title: string; date_published: string; content_html: string }[];
}
const json = (ref: FeedRef) => JSON.parse(feedFile(ref, 'json')) as JsonFeed;

/** The item id an absolute article link opens in the reader, or null for any other address. */
const articleIdOf = (link: string | null) => {
  const prefix = `${SITE}#/article/`;
  return link?.startsWith(prefix) ? decodeURIComponent(link.slice(prefix.length)) : null;
};

const ALL: FeedRef = { kind: 'all' };

describe('the feeds of a compile with a site address', () => {
  it('give everything as RSS, Atom and JSON Feed 1.1, newest first, capped at 50 items', () => {
    const newest = bundle.latestArticles.filter((a) => a.date !== null).slice(0, FEED_LIMIT);
    for (const feed of [rss(ALL), atom(ALL)]) {
      expect(feed.title).toBe('教育资讯阅读器 · 全部文章');
      expect(feed.items).toHaveLength(FEED_LIMIT);
      expect(feed.items.map((i) => articleIdOf(i.url))).toEqual(newest.map((a) => a.id));
      expect(feed.items.map((i) => i.title)).toEqual(newest.map((a) => a.title));
    }
    const j = json(ALL);
    expect(j.version).toBe('https://jsonfeed.org/version/1.1');
    expect(j.feed_url).toBe(`${SITE}data/feeds/all.json`);
    expect(j.items.map((i) => articleIdOf(i.url))).toEqual(newest.map((a) => a.id));
    // The newest is the Chengdu article (day 100), then 开州区 days 54, 53, …
    expect(newest[0]?.title).toBe(chengdu.title);
  });

  it('link each item to its article in the reader, dated the start of its day in China', () => {
    const item = rss(ALL).items[1];
    const id = articleIdOf(item?.url ?? null) ?? '';
    expect(bundle.item(id)).toMatchObject({
      kind: 'article',
      title: kaizhou(FEED_LIMIT + 4).title,
    });
    expect(item?.id).toBe(`${SITE}#/article/${id}`);
    expect(item?.published?.toISOString()).toBe(`${day(FEED_LIMIT + 3).iso}T16:00:00.000Z`);
    expect(atom(ALL).items[1]?.updated?.toISOString()).toBe(item?.published?.toISOString());
    expect(json(ALL).items[1]?.date_published).toBe(`${day(FEED_LIMIT + 3).iso}T16:00:00.000Z`);
    expect(item?.description).toContain('开州区教委召开近视防控工作会议');
    expect(item?.categories.map((c) => c.label ?? c.term)).toContain('近视防控');
  });

  it('give one feed per topic, province, prefecture and source host that has articles', () => {
    const index = JSON.parse(text(bundlePaths.feedIndex())) as FeedIndex;
    expect(index.topic.myopia).toBe('近视防控');
    expect(index.region).toMatchObject({
      '50': '重庆市',
      '51': '四川省',
      '5101': '四川省 › 成都市',
    });
    expect(Object.keys(index.region).some((code) => code.length > 4)).toBe(false);
    expect(index.host).toEqual({ 'a.example.cn': 'a.example.cn', 'b.example.cn': 'b.example.cn' });

    const ids = (ref: FeedRef) => rss(ref).items.map((i) => articleIdOf(i.url));
    const chengduId = bundle.latestArticles[0]?.id;
    expect(ids({ kind: 'region', key: '5101' })).toEqual([chengduId]);
    expect(ids({ kind: 'region', key: '51' })).toEqual([chengduId]);
    expect(ids({ kind: 'host', key: 'b.example.cn' })).toEqual([chengduId]);
    for (const ref of [
      { kind: 'region', key: '50' },
      { kind: 'topic', key: 'myopia' },
      { kind: 'host', key: 'a.example.cn' },
    ] as const) {
      const got = ids(ref);
      expect(got).toHaveLength(FEED_LIMIT);
      expect(got).not.toContain(chengduId);
    }
    expect(rss({ kind: 'region', key: '5101' }).title).toBe('教育资讯阅读器 · 四川省 › 成都市');
    expect(rss({ kind: 'topic', key: 'myopia' }).url).toBe(`${SITE}#/search?topic=myopia`);
  });

  it('leave out teasers: a title alone is nothing to read', () => {
    const teaser = bundle.latest.find((i) => i.kind === 'teaser');
    expect(teaser?.title).toBe('某地发布招生工作通知');
    expect(feedFile(ALL, 'rss')).not.toContain(teaser?.title);
  });

  it('list every feed once, by its RSS address, in an OPML file', () => {
    const opml = text(bundlePaths.feedList());
    const listed = [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]);
    const rssFiles = [...result.files.keys()].filter((name) => name.endsWith('.rss.xml'));
    expect(listed.sort()).toEqual(rssFiles.map((name) => `${SITE}data/${name}`).sort());
  });

  it('are in the manifest with the site address, and named in the compile line', () => {
    expect(bundle.manifest.feeds).toEqual({ siteUrl: SITE });
    expect(feedsLine(3, SITE)).toMatch(/^3 feeds written/);
  });
});

describe('feed text and links', () => {
  it('keep a title with markup and CDATA ends as the same text in every format', () => {
    const title = '重庆市<b>开州区</b> & ]]> 近视 ]]> 防控\u0001';
    const article = {
      id: 'abc',
      title,
      date: '2024-03-01',
      url: 'https://a.example.cn/x?a=1&b=2',
      host: 'a.example.cn',
      paragraphs: ['<script>alert(1)</script>正文'],
      topics: [],
      places: [],
    };
    const rendered = renderFeed(
      { ref: ALL, name: '全部文章', items: [article] },
      SITE,
      '2024-12-31',
    );
    const plain = title.replace('\u0001', '');
    expect(parseFeed(rendered.rss).items[0]?.title).toBe(plain);
    expect(parseFeed(rendered.atom).items[0]?.title).toBe(plain);
    expect((JSON.parse(rendered.json) as JsonFeed).items[0]?.title).toBe(title);
    // The summary is HTML: the text's markup arrives escaped, as text, never as tags.
    for (const format of ['rss', 'atom'] as const) {
      expect(rendered[format]).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;正文</p>');
      expect(rendered[format]).toContain('href="https://a.example.cn/x?a=1&amp;b=2"');
    }
  });

  it('spell the reader routes as the client does', () => {
    expect(siteLinks.article(SITE, 'abc')).toBe(`${SITE}#${paths.article.getHref('abc')}`);
    expect(siteLinks.page(SITE, { kind: 'topic', key: 'myopia' })).toBe(
      `${SITE}#${paths.search.getHref({ filters: { topics: ['myopia'] } })}`,
    );
    expect(siteLinks.page(SITE, { kind: 'region', key: '5001' })).toBe(
      `${SITE}#${paths.search.getHref({ filters: { regions: ['5001'] } })}`,
    );
  });

  it('give an empty feed of everything the build day, not the clock, when no article is dated', async () => {
    const undated = {
      title: '某校召开近视防控家长会',
      paragraphs: ['家长会讨论视力。'],
      url: null,
    };
    const { files } = await compile([undated]);
    const feed = parseFeed(files.get(bundlePaths.feed(ALL, 'atom')) as string);
    expect(feed.items).toHaveLength(0);
    expect(feed.updated?.toISOString()).toBe('2024-12-30T16:00:00.000Z');
  });

  it('give the same bytes for the same seeds', async () => {
    const again = await compile([...many, chengdu]);
    const feedNames = [...result.files.keys()].filter((n) => n.startsWith('feeds/'));
    expect(feedNames.length).toBeGreaterThan(10);
    for (const name of feedNames) expect(again.files.get(name)).toBe(result.files.get(name));
  });
});

describe('without a site address', () => {
  it('writes no feeds and says so in one line', async () => {
    const { files } = await compile([kaizhou(1)], null);
    expect([...files.keys()].filter((n) => n.startsWith('feeds/'))).toEqual([]);
    expect(readBundle(files).manifest.feeds).toBeUndefined();
    expect(feedsLine(null, null)).toBe(
      "No feeds written: they need the site's address, from --site-url URL or READER_SITE_URL (docs/feeds.md).",
    );
  });
});

describe('the site address', () => {
  it('is an absolute http(s) folder address, with its final slash added', () => {
    expect(parseSiteUrl('https://example.org/reader')).toBe(SITE);
    expect(parseSiteUrl(' https://example.org ')).toBe('https://example.org/');
    expect(() => parseSiteUrl('/reader/')).toThrow(/full address/);
    expect(() => parseSiteUrl('ftp://example.org/')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => parseSiteUrl('https://example.org/?a=1')).toThrow(/without a query/);
  });

  it('comes from --site-url, else READER_SITE_URL, else is absent', () => {
    expect(siteUrlOf('https://a.example/', { READER_SITE_URL: 'https://b.example/' })).toBe(
      'https://a.example/',
    );
    expect(siteUrlOf(undefined, { READER_SITE_URL: 'https://b.example/x' })).toBe(
      'https://b.example/x/',
    );
    expect(siteUrlOf(undefined, {})).toBeNull();
    expect(() => siteUrlOf(undefined, { READER_SITE_URL: 'nope' })).toThrow(/READER_SITE_URL/);
  });
});
