import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../../src/domain/search/build/build-search-index.ts';
import {
  countNewSince,
  dayOf,
  isNewSince,
  NEW_COUNT_CAP,
  NEWEST_SCAN,
  SEEN_LIMIT,
  seenKey,
  seenMarkOf,
  type DatedMatch,
} from '../../../../../src/domain/search/query/new-matches.ts';
import { prepareQuery } from '../../../../../src/domain/search/query/prepare-query.ts';
import { SearchIndex } from '../../../../../src/domain/search/query/search-index.ts';
import type { SearchDoc } from '../../../../../src/domain/search/query/search-types.ts';

const hexId = (n: number) => n.toString(16).padStart(16, '0');

const buildDoc = (n: number, overrides: Partial<SearchDoc> = {}): SearchDoc => ({
  id: hexId(n),
  kind: 'article',
  title: `重庆教育新闻第${n}条`,
  paragraphs: [],
  date: '2024-01-01',
  regions: [],
  topics: [],
  ...overrides,
});

/** `n` matches, newest first, one a day going back from day 20,000. */
const matchesOf = (n: number, from = 0): DatedMatch[] =>
  Array.from({ length: n }, (_, i) => ({ id: hexId(from + i), day: 20_000 - i }));

describe('what a mark keeps', () => {
  it('keeps every match of a small search, with no horizon', () => {
    const mark = seenMarkOf(
      ['0a2241cdcdeec69d', '1b2241cdcdeec69d'].map((id) => ({ id, day: 1 })),
      2,
    );
    expect(mark).toEqual({ keys: ['0a2241cd', '1b2241cd'], horizon: null });
  });

  it('keeps the newest SEEN_LIMIT of a larger one and the day of the oldest kept', () => {
    const matches = matchesOf(SEEN_LIMIT + 50);
    const mark = seenMarkOf(matches, matches.length);
    expect(mark.keys).toHaveLength(SEEN_LIMIT);
    expect(mark.horizon).toBe(20_000 - (SEEN_LIMIT - 1));
  });
});

describe('counting new matches', () => {
  // Ids that differ in their first eight characters, as real (hash) ids do.
  const id = (n: number) => `${n.toString(16).padStart(8, '0')}aaaaaaaa`;
  const dated = (ns: number[], day = 20_000) => ns.map((n) => ({ id: id(n), day }));

  it('counts the matches whose ids the mark does not hold, whatever their order', () => {
    const mark = seenMarkOf(dated([1, 2, 3]), 3);
    expect(countNewSince(mark, dated([4, 1, 5, 2, 3]))).toBe(2);
    expect(countNewSince(mark, dated([1, 2, 3]))).toBe(0);
    // A match gone from a later build takes nothing away from the count.
    expect(countNewSince(mark, dated([1, 6]))).toBe(1);
  });

  it('beyond a horizon counts only matches dated after it', () => {
    const mark = { keys: [seenKey(id(1))], horizon: 19_990 };
    expect(isNewSince(mark, id(2), 19_991)).toBe(true);
    expect(isNewSince(mark, id(2), 19_990)).toBe(false);
    expect(isNewSince(mark, id(1), 19_999)).toBe(false);
    expect(countNewSince(mark, [...dated([1, 2], 19_995), ...dated([3, 4], 19_980)])).toBe(1);
  });

  it('stops at one past the cap', () => {
    const mark = seenMarkOf([], 0);
    const many = dated(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(countNewSince(mark, many)).toBe(NEW_COUNT_CAP + 1);
  });

  it('reads dates as the index does: days since 1970, -1 for none', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf(null)).toBe(-1);
    expect(dayOf('not a date')).toBe(-1);
  });
});

describe('the engine’s newest matches', () => {
  it('gives matches newest first whatever their rank, with ids, days and the total', async () => {
    const docs = [
      buildDoc(1, { date: '2024-01-03', title: '体育课', paragraphs: ['重庆'] }),
      buildDoc(2, { date: '2024-01-02', title: '重庆中考' }),
      buildDoc(3, { date: '2024-01-01', title: '北京中考' }),
      buildDoc(4, { date: null, title: '重庆高考' }),
    ];
    const index = SearchIndex.fromFiles(buildSearchIndex(docs, { chunkSize: 32 }));
    const query = prepareQuery('重庆', { regionsNamed: () => [] });
    const { matches, total } = await index.newest(query, {}, 10);
    expect(matches).toEqual([
      { id: hexId(1), day: dayOf('2024-01-03') },
      { id: hexId(2), day: dayOf('2024-01-02') },
      { id: hexId(4), day: -1 },
    ]);
    expect(total).toBe(3);
    expect((await index.newest(query, { filters: { kind: 'teaser' } }, 10)).total).toBe(0);
    expect((await index.newest(query, {}, 1)).matches).toHaveLength(1);
  });

  it('fetches the files it needs in rounds, as a search does', async () => {
    const docs = Array.from({ length: 100 }, (_, i) => buildDoc(i + 1));
    const files = buildSearchIndex(docs, { chunkSize: 32, idsChunkSize: 16 });
    const fetched: string[] = [];
    const index = new SearchIndex(files.manifest, (file) => {
      fetched.push(file);
      const bytes = files.shards.get(file);
      if (!bytes) throw new Error(`no ${file}`);
      return bytes;
    });
    const query = prepareQuery('教育', { regionsNamed: () => [] });
    const { matches, total } = await index.newest(query, {}, NEWEST_SCAN);
    expect(total).toBe(100);
    expect(new Set(matches.map((m) => m.id)).size).toBe(100);
    expect(fetched).toContain('meta');
    expect(fetched.filter((f) => f.startsWith('ids/'))).toHaveLength(7);
  });
});
