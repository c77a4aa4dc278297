import { describe, expect, it } from 'vitest';
import type { SearchSource } from '../../../../../src/domain/search/build/search-files.ts';
import { SearchClient } from '../../../../../src/domain/search/query/search-client.ts';
import { REAL_SEED } from '../../../../support/real-seed.ts';
import { searchFilesOf } from '../../../../support/search-files-of.ts';

// The real seed's article and the teasers of its lists, as the compiler would hand them over.
const sources: SearchSource[] = [
  {
    id: 'article',
    kind: 'article',
    title: REAL_SEED.title,
    paragraphs: REAL_SEED.paragraphs,
    date: REAL_SEED.publishedAt,
    host: REAL_SEED.host,
  },
  { id: 'prev', kind: 'teaser', title: REAL_SEED.prev, paragraphs: [], date: null, host: null },
  ...REAL_SEED.latest.map((t, i): SearchSource => ({
    id: `latest-${i}`,
    kind: 'teaser',
    title: t.title,
    paragraphs: [],
    date: t.date,
    host: null,
  })),
];

const files = await searchFilesOf(sources);
const client = new SearchClient(
  JSON.parse(
    JSON.stringify({ manifest: files.manifest, regions: files.regions, pinyin: files.pinyin }),
  ) as ConstructorParameters<typeof SearchClient>[0],
  (key) => files.shards.get(key) ?? new Uint8Array(),
);
/** A search for `text` alone, as the search box sends it: no filters, the first page. */
const request = (text: string) => ({ text, filters: {}, page: 1 });
const ids = async (text: string) => (await client.search(request(text))).hits.map((h) => h.id);

describe('search over the real seed', () => {
  it('tags the article with its county and its topics, and teasers from their titles', () => {
    const article = files.tags.get('article');
    expect(article?.regions[0]?.chain.map((r) => r.name)).toEqual(['重庆市', '开州区']);
    expect(article?.topics.map((t) => t.id)).toContain('party-building');
    expect(files.tags.get('latest-0')?.regions[0]?.code).toBe('45');
    expect(files.tags.get('latest-0')?.topics.map((t) => t.id)).toEqual(['myopia']);
    expect(files.tags.get('latest-5')?.regions[0]?.code).toBe('6530');
    expect(files.tags.get('prev')?.regions[0]?.code).toBe('500118');
  });

  it('ships only the regions in use, with their ancestors', () => {
    expect(files.regions.regions.map(([code]) => code)).toContain('50');
    expect(files.regions.regions.length).toBeLessThan(40);
  });

  it('finds the article by a substring, a region, pinyin and traditional characters', async () => {
    expect(await ids('三力')).toEqual(['article']);
    expect(await ids('重庆')).toEqual(['article', 'prev']);
    expect(await ids('kaizhou')).toEqual(['article']);
    expect(await ids('開州區 党建')).toEqual(['article']);
    expect(await ids('广西')).toEqual(['latest-0']);
  });

  it('marks what was found, including a place found through its region', () => {
    const marks = client
      .highlight(REAL_SEED.title, '重庆 党建')
      .map((r) => REAL_SEED.title.slice(r.start, r.end));
    expect(marks).toEqual(['开州区', '党建']);
  });

  it('counts facets and suggests a near query when nothing is found', async () => {
    const result = await client.search(request('党建'), { complete: true });
    expect(result.facets?.regions).toEqual({ '50': 1, '500154': 1 });
    expect(await client.search(request('开洲'))).toMatchObject({ hits: [] });
    expect(await client.suggest(request('开洲'))).toEqual([{ query: '开州', total: 1 }]);
  });

  it('answers queries in characters without the pinyin readings, and Latin ones once given them', async () => {
    const { manifest, regions, pinyin } = JSON.parse(
      JSON.stringify({ manifest: files.manifest, regions: files.regions, pinyin: files.pinyin }),
    ) as Required<ConstructorParameters<typeof SearchClient>[0]>;
    const late = new SearchClient(
      { manifest, regions },
      (key) => files.shards.get(key) ?? new Uint8Array(),
    );
    expect(late.hasPinyin).toBe(false);
    expect((await late.search(request('開州區 党建'))).hits.map((h) => h.id)).toEqual(['article']);
    expect(() => late.prepare('kaizhou')).toThrow(/pinyin/i);

    late.addPinyin(pinyin);
    expect((await late.search(request('kaizhou'))).hits.map((h) => h.id)).toEqual(['article']);
  });
});
