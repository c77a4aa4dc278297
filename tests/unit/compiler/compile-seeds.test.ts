import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import {
  BUNDLE_VERSION,
  bundlePaths,
  type Article,
  type LatestPage,
  type Teaser,
} from '../../../src/domain/bundle/bundle.ts';
import type { CompactRegionTable } from '../../../src/domain/bundle/region-table.ts';
import type { SearchManifest } from '../../../src/domain/search/format/index-format.ts';
import type { CompactPinyinLexicon } from '../../../src/domain/text/pinyin-lexicon.ts';
import { SearchClient } from '../../../src/domain/search/query/search-client.ts';
import { readBundle } from '../../support/read-bundle.ts';
import { REAL_SEED, REAL_SEED_FILE } from '../../support/real-seed.ts';
import { seedSource, writeSeed, type SeedParts } from '../../support/write-seed.ts';

const realSource = { file: REAL_SEED_FILE, bytes: readFileSync(REAL_SEED_FILE) };
const compileParts = (...seeds: [string, SeedParts][]) =>
  compileSeeds(seeds.map(([file, parts]) => seedSource(file, writeSeed(parts))));
const realResult = await compileSeeds([realSource]);

describe('compiling the real seed', () => {
  const result = realResult;
  const bundle = readBundle(result.files);
  const article = bundle.latest.find((i) => i.kind === 'article');

  it('gives one article and one teaser per list item and neighbour', () => {
    expect(result.summary).toEqual({ seeds: 1, articles: 1, teasers: 20, warnings: 0, errors: 0 });
    expect(bundle.manifest.version).toBe(BUNDLE_VERSION);
    expect(bundle.manifest.counts).toEqual({ articles: 1, teasers: 20 });
    expect(bundle.manifest.disclaimer).toBe(REAL_SEED.disclaimer);
  });

  it('writes the article with its text, source and previous article', () => {
    const item = bundle.item(article?.id ?? '') as Article;
    expect(item).toMatchObject({
      kind: 'article',
      title: REAL_SEED.title,
      publishedAt: '2022-10-21',
      url: REAL_SEED.url,
      host: REAL_SEED.host,
      paragraphs: REAL_SEED.paragraphs,
      next: null,
    });
    expect(item.prev).toMatchObject({ kind: 'teaser', title: REAL_SEED.prev, date: null });
  });

  it('lists the latest newest first: the 最新加入 items, the article, the hot items, then undated', () => {
    expect(bundle.latest.map(({ title, date }) => ({ title, date }))).toEqual([
      ...REAL_SEED.latest,
      { title: REAL_SEED.title, date: '2022-10-21' },
      ...REAL_SEED.hot,
      { title: REAL_SEED.prev, date: null },
    ]);
  });

  it('ranks the hot list in the order the seed lists it', () => {
    expect(
      bundle.manifest.hot.map(({ title, date, truncated }) => ({ title, date, truncated })),
    ).toEqual(REAL_SEED.hot.map((h) => ({ ...h, truncated: true })));
  });

  it('says where a teaser was seen', () => {
    const first = bundle.manifest.hot[0];
    const teaser = bundle.item(first?.id ?? '') as Teaser;
    expect(teaser.sightings).toEqual([
      { list: 'hot', on: { id: article?.id, title: REAL_SEED.title }, date: '2021-05-21' },
    ]);
  });

  it('gives the same bytes for the same seeds, whatever the file name', async () => {
    const again = await compileSeeds([{ ...realSource, file: 'seeds/renamed.txt' }]);
    expect(again.files).toEqual(result.files);
  });

  it('gives the article an id that survives edits to its text', async () => {
    const edited = new TextDecoder().decode(realSource.bytes).replace('第一,', '第一，');
    const again = readBundle((await compileSeeds([seedSource(REAL_SEED_FILE, edited)])).files);
    expect(again.latest.find((i) => i.kind === 'article')?.id).toBe(article?.id);
  });
});

describe('linking seeds together', () => {
  const full = { title: '某市召开全市教育工作会议部署新学期工作', paragraphs: ['会议指出。'] };

  it('resolves a truncated list title to the full article it starts', async () => {
    const bundle = readBundle(
      (
        await compileParts(
          ['a.txt', { ...full, url: 'https://a.example.cn/2024/01/05/x.html' }],
          [
            'b.txt',
            {
              title: '乙',
              paragraphs: ['正文'],
              url: 'https://b.example.cn/1.html',
              latest: [{ title: full.title, truncate: 8, date: '2024-02-01' }],
            },
          ],
        )
      ).files,
    );
    expect(bundle.manifest.counts).toEqual({ articles: 2, teasers: 0 });
    // Listed under 2024-02-01, but the article's own date (from its address) wins.
    expect(bundle.latest[0]).toMatchObject({
      kind: 'article',
      title: full.title,
      date: '2024-01-05',
    });
  });

  it('lists a teaser seen in several seeds once, ranked hot by how many seeds list it', async () => {
    const hot = (titles: string[]) =>
      titles.map((title) => ({ title, truncate: 4, date: '2023-01-01' }));
    const bundle = readBundle(
      (
        await compileParts(
          [
            '1.txt',
            {
              title: '一',
              paragraphs: ['文'],
              url: 'https://x.cn/1',
              hot: hot(['热点甲新闻标题', '热点乙新闻标题']),
            },
          ],
          [
            '2.txt',
            {
              title: '二',
              paragraphs: ['文'],
              url: 'https://x.cn/2',
              hot: hot(['热点乙新闻标题', '热点丙新闻标题']),
            },
          ],
        )
      ).files,
    );
    expect(bundle.manifest.hot.map((h) => h.title)).toEqual(['热点乙新', '热点甲新', '热点丙新']);
    expect(bundle.manifest.counts.teasers).toBe(3);
  });

  it('keeps one article for two seeds with the same source URL, and says so', async () => {
    const result = await compileParts(
      ['a.txt', { ...full, url: 'http://www.example.cn/x.html' }],
      ['b.txt', { ...full, url: 'https://example.cn/x.html#top' }],
    );
    expect(result.summary.articles).toBe(1);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'b.txt',
        line: 3,
        message: expect.stringContaining('a.txt'),
      }),
    ]);
  });

  it('removes a user name and password from a source link, names file and line, keeps the real host', async () => {
    const result = await compileParts(
      [
        'a.txt',
        { ...full, title: '甲县召开教育工作会议', url: 'https://user:secret@a.example.cn/1.html' },
      ],
      [
        'b.txt',
        { ...full, title: '乙县召开教育工作会议', url: 'http://a.gov.cn:pw@evil.example/2.html' },
      ],
    );
    const bundle = readBundle(result.files);
    const items = bundle.latest
      .filter((i) => i.kind === 'article')
      .map((i) => bundle.item(i.id) as Article);
    expect(items.map(({ url, host }) => ({ url, host }))).toEqual(
      expect.arrayContaining([
        { url: 'https://a.example.cn/1.html', host: 'a.example.cn' },
        { url: 'http://evil.example/2.html', host: 'evil.example' },
      ]),
    );
    expect(items).toHaveLength(2);
    for (const body of result.files.values()) {
      const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
      expect(text).not.toMatch(/secret|a\.gov\.cn|:pw@/);
    }
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'a.txt',
        line: 3,
        severity: 'warning',
        message: expect.stringContaining('user name or password'),
      }),
      expect.objectContaining({
        file: 'b.txt',
        line: 3,
        severity: 'warning',
        message: expect.stringContaining('http://evil.example/2.html'),
      }),
    ]);
    expect(result.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/secret|pw/);
  });

  it('compiles the other seeds when one is broken', async () => {
    const result = await compileSeeds([
      seedSource('bad.txt', '\n\n'),
      { file: 'binary.txt', bytes: new Uint8Array([0x89, 0x50, 0x00, 0x01]) },
      seedSource('good.txt', writeSeed(full)),
    ]);
    expect(result.summary).toMatchObject({ seeds: 3, articles: 1, errors: 2 });
    expect(result.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['bad.txt', 1, 'error'],
      ['binary.txt', 1, 'error'],
    ]);
  });

  it('reads seeds saved as GB18030 and UTF-16', async () => {
    const gb = new Uint8Array([0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4]); // 标题\n正文
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array(Array.from('标题\n正文', (c) => c.charCodeAt(0))).buffer),
    ]);
    for (const bytes of [gb, utf16]) {
      const bundle = readBundle((await compileSeeds([{ file: 'x.txt', bytes }])).files);
      expect(bundle.latest.map((i) => i.title)).toEqual(['标题']);
    }
  });

  it('writes the latest list by month, each month in pages of 30 from its oldest item', async () => {
    const latest = Array.from({ length: 70 }, (_, i) => ({
      title: `第${i}条消息`,
      date: '2024-03-01',
    }));
    const result = await compileParts(['a.txt', { ...full, latest }]);
    const bundle = readBundle(result.files);
    const titlesIn = (file: string) =>
      (JSON.parse(String(result.files.get(file))) as LatestPage).items.map((i) => i.title);
    const titles = bundle.latest.map((i) => i.title);

    // The article is older than the titles it lists: a month of its own.
    expect(bundle.manifest.latest).toEqual({
      pageSize: 30,
      pages: 3,
      total: 71,
      months: [
        ['2024-03', 70],
        ['2024-01', 1],
      ],
    });
    expect(titles.slice(0, 3)).toEqual(['第0条消息', '第1条消息', '第2条消息']);
    expect(titlesIn('latest/head.json')).toEqual(titles.slice(0, 30));
    expect(titlesIn('latest/2024-03/1.json')).toEqual(titles.slice(40, 70));
    expect(titlesIn('latest/2024-03/2.json')).toEqual(titles.slice(10, 40));
    expect(titlesIn('latest/2024-03/3.json')).toEqual(titles.slice(0, 10));
    expect(titlesIn('latest/2024-01/1.json')).toEqual([full.title]);
    expect(result.files.has('latest/2024-03/4.json')).toBe(false);
  });
});

describe('what the real seed is about, and finding it', () => {
  const result = realResult;
  const bundle = readBundle(result.files);
  const byTitle = (title: string) => {
    const summary = bundle.latest.find((i) => i.title === title);
    return bundle.item(summary?.id ?? '');
  };

  it('tags the article with its county inside its province, and its topic', () => {
    const article = byTitle(REAL_SEED.title);
    expect(article.regions).toEqual([
      { code: '500154', name: '开州区', chain: ['重庆市', '开州区'] },
    ]);
    expect(article.topics.map((t) => t.name)).toContain('党建');
  });

  it('tags teasers from their truncated titles, short forms included', () => {
    expect(byTitle('广西：做好近视防控工').regions.map((r) => r.chain)).toEqual([
      ['广西壮族自治区'],
    ]);
    expect(byTitle('广西：做好近视防控工').topics.map((t) => t.name)).toEqual(['近视防控']);
    expect(byTitle('克州教育系统多措并举').regions.map((r) => r.name)).toEqual([
      '克孜勒苏柯尔克孜自治州',
    ]);
  });

  it('offers the most common regions and topics as quick filters, with counts', () => {
    expect(bundle.manifest.facets.regions).toContainEqual({
      code: '50',
      name: '重庆市',
      chain: ['重庆市'],
      count: 2,
    });
    expect(bundle.manifest.facets.topics[0]).toEqual({
      id: 'epidemic',
      name: '疫情防控',
      count: 4,
    });
  });

  it('writes a search index in which the province, pinyin and traditional forms find the article', async () => {
    const json = (name: string): unknown => JSON.parse(result.files.get(name) as string);
    const client = new SearchClient(
      {
        manifest: json(bundlePaths.searchManifest()) as SearchManifest,
        regions: json(bundlePaths.searchRegions()) as CompactRegionTable,
        pinyin: json(bundlePaths.searchPinyin()) as CompactPinyinLexicon,
      },
      (key) => {
        const bytes = result.files.get(bundlePaths.searchFile(key));
        if (!(bytes instanceof Uint8Array)) throw new Error(`No shard ${key}`);
        return bytes;
      },
    );
    const articleId = byTitle(REAL_SEED.title).id;
    const request = (text: string) => ({ text, filters: {}, page: 1 });
    for (const query of ['重庆', '開州區', 'kaizhou', '党建 校长负责制', '"三力"']) {
      const { hits } = await client.search(request(query));
      expect(
        hits.map((h) => h.id),
        query,
      ).toContain(articleId);
    }
    expect((await client.search(request('党建 -开州'))).hits.map((h) => h.id)).not.toContain(
      articleId,
    );
  });
});

describe('compiling pages scraped from other sites', () => {
  const lead = '3月5日上午，枫林县第一中学举办青年教师课堂教学比赛，全县四十余名青年教师参赛。';

  it('marks a headline made from the lead, in the item and in the lists', async () => {
    const result = await compileSeeds([
      seedSource('a.txt', `(资料图)\n${lead}\n原文链接:http://a.example.cn/1.html`),
    ]);
    const bundle = readBundle(result.files);
    const [summary] = bundle.latest;
    expect(summary).toMatchObject({ kind: 'article', titleDerived: true });
    expect(bundle.item(summary?.id ?? '')).toMatchObject({
      title: '3月5日上午，枫林县第一中学举办青年教师课堂教学比赛…',
      titleDerived: true,
      paragraphs: [lead],
    });
  });

  it('keeps a subtitle, and writes no derived mark for a printed headline', async () => {
    const result = await compileSeeds([
      seedSource(
        'a.txt',
        `枫林县教育工作会议召开\n2024-03-06 来源:枫林县教育局\n——局长在会上作工作报告\n${lead}\n原文链接:http://a.example.cn/1.html`,
      ),
    ]);
    const bundle = readBundle(result.files);
    const item = bundle.item(bundle.latest[0]?.id ?? '') as Article;
    expect(item).toMatchObject({
      title: '枫林县教育工作会议召开',
      subtitle: '局长在会上作工作报告',
    });
    expect(item).not.toHaveProperty('titleDerived');
    expect(bundle.latest[0]).not.toHaveProperty('titleDerived');
  });

  it('reports a list page with its file and why, and publishes nothing from it', async () => {
    const teasers = [
      '甲地推广午餐补助，符合资格者可申请...',
      '乙地少子化冲击持续扩大...',
      '丙地新建校舍陆续完工...',
    ];
    const result = await compileSeeds([
      seedSource('list.txt', ['最新消息', ...teasers].join('\n')),
    ]);
    expect(result.summary).toMatchObject({ articles: 0 });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'list.txt',
        line: 1,
        message: expect.stringContaining('not an article'),
      }),
    );
  });
});
