import { describe, expect, it, vi } from 'vitest';
import {
  bruteForceSearch,
  prepareBruteForceCorpus,
} from '../../../../support/reference/brute-force-search.ts';
import {
  buildSearchIndex,
  type SearchIndexOptions,
} from '../../../../../src/domain/search/build/build-search-index.ts';
import {
  prepareQuery,
  type QueryExpanders,
} from '../../../../../src/domain/search/query/prepare-query.ts';
import { SearchIndex } from '../../../../../src/domain/search/query/search-index.ts';
import { ShardStore } from '../../../../../src/domain/search/query/shard-store.ts';
import {
  gramRoute,
  searchShardKeys,
  type SearchManifest,
} from '../../../../../src/domain/search/format/index-format.ts';
import type {
  SearchDoc,
  SearchOptions,
} from '../../../../../src/domain/search/query/search-types.ts';

let serial = 0;
const buildDoc = (overrides: Partial<SearchDoc> = {}): SearchDoc => ({
  id: `doc-${String(++serial).padStart(3, '0')}`,
  kind: 'article',
  title: '',
  paragraphs: [],
  date: '2024-01-01',
  regions: [],
  topics: [],
  ...overrides,
});

const regions: QueryExpanders = {
  regionsNamed: (term) => (term === '重庆' ? ['50'] : term === '开州' ? ['500154'] : []),
};

/** Searches the docs through the index and checks the answer against brute force. */
async function search(
  docs: SearchDoc[],
  query: string,
  options: SearchOptions = {},
  expanders: QueryExpanders = regions,
) {
  const files = buildSearchIndex(docs, { chunkSize: 32 });
  const index = SearchIndex.fromFiles(files);
  const prepared = prepareQuery(query, expanders);
  const result = await index.search(prepared, options);
  expect(result).toEqual(bruteForceSearch(prepareBruteForceCorpus(docs), prepared, options));
  const byId = new Map(docs.map((d) => [d.id, d]));
  return { ...result, titles: result.hits.map((h) => byId.get(h.id)?.title) };
}

describe('matching', () => {
  it('finds any run of characters, whatever the word boundaries', async () => {
    const docs = [
      buildDoc({ title: '开州区聚焦“三力”抓牢中小学党建工作' }),
      buildDoc({ title: '永川区' }),
    ];
    expect((await search(docs, '州区聚')).titles).toEqual(['开州区聚焦“三力”抓牢中小学党建工作']);
    expect((await search(docs, '党')).titles).toHaveLength(1);
  });

  it('folds traditional characters, full-width forms and letter case on both sides', async () => {
    const docs = [
      buildDoc({ title: '开州区推进STEM教育' }),
      buildDoc({ title: '開州區　ｓｔｅｍ' }),
    ];
    expect((await search(docs, '開州區')).titles).toHaveLength(2);
    expect((await search(docs, 'Stem')).titles).toHaveLength(2);
    expect((await search(docs, 'ＳＴＥＭ教育')).titles).toEqual(['开州区推进STEM教育']);
  });

  it('requires every term, keeps a quoted phrase together and drops excluded terms', async () => {
    const docs = [
      buildDoc({ title: '重庆 近视防控', date: '2024-01-03' }),
      buildDoc({ title: '防控近视，重庆', date: '2024-01-02' }),
      buildDoc({ title: '重庆体育', date: '2024-01-01' }),
    ];
    expect((await search(docs, '重庆 防控')).titles).toEqual(['重庆 近视防控', '防控近视，重庆']);
    expect((await search(docs, '"近视防控"')).titles).toEqual(['重庆 近视防控']);
    expect((await search(docs, '重庆 -防控')).titles).toEqual(['重庆体育']);
  });

  it('never lets a match run from one paragraph into the next', async () => {
    const docs = [buildDoc({ title: 'a', paragraphs: ['开州', '区教委'] })];
    expect((await search(docs, '开州区')).hits).toEqual([]);
    expect((await search(docs, '开州')).hits).toHaveLength(1);
  });

  it('finds items tagged with a place inside the region named, though the text never says it', async () => {
    const docs = [
      buildDoc({ title: '聚焦三力抓牢党建', regions: ['50', '500154'] }),
      buildDoc({ title: '广西做好近视防控', regions: ['45'] }),
    ];
    const result = await search(docs, '重庆', { complete: true });
    expect(result.titles).toEqual(['聚焦三力抓牢党建']);
    expect(result.hits[0]?.tier).toBe('body-phrase');
  });
});

describe('ranking', () => {
  it('puts title matches above body matches, then newer above older', async () => {
    const docs = [
      buildDoc({ title: 'body old', paragraphs: ['双减'], date: '2020-01-01' }),
      buildDoc({ title: 'body new', paragraphs: ['双减'], date: '2024-01-01' }),
      buildDoc({ title: '双减 title old', date: '2019-01-01' }),
      buildDoc({ title: '双减 title undated', date: null }),
    ];
    expect((await search(docs, '双减')).titles).toEqual([
      '双减 title old',
      '双减 title undated',
      'body new',
      'body old',
    ]);
  });

  it('puts the terms as a phrase above the same terms scattered (blanks do not count)', async () => {
    const docs = [
      buildDoc({ title: '教 x 开 scattered in title', date: '2024-02-01' }),
      buildDoc({ title: '教开 phrase in title', date: '2020-01-01' }),
      buildDoc({ title: 'none', paragraphs: ['教开'], date: '2024-03-01' }),
      buildDoc({ title: '教 only', paragraphs: ['开'], date: '2024-04-01' }),
      buildDoc({ title: 'scattered', paragraphs: ['开 and 教'], date: '2024-05-01' }),
      buildDoc({ title: '开 教 both', paragraphs: ['教开'], date: '2024-06-01' }),
      buildDoc({ title: '教 with phrase in body', paragraphs: ['教开'], date: '2024-07-01' }),
    ];
    const result = await search(docs, '教 开');
    expect(result.hits.map((h) => h.tier)).toEqual([
      'title-phrase',
      'title-all',
      'title-all',
      'body-phrase',
      'body-phrase',
      'title-some',
      'body',
    ]);
    expect(result.titles).toEqual([
      '教开 phrase in title',
      '开 教 both',
      '教 x 开 scattered in title',
      '教 with phrase in body',
      'none',
      '教 only',
      'scattered',
    ]);
  });
});

describe('pages and counts', () => {
  const docs = Array.from({ length: 100 }, (_, i) =>
    buildDoc({
      title: i % 2 ? `教育新闻 ${i}` : `新闻 ${i}`,
      paragraphs: ['教育'],
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      kind: i % 5 ? 'article' : 'teaser',
      regions: i % 3 ? ['50', '500154'] : ['45'],
      topics: i % 4 ? ['party'] : [],
    }),
  );

  it('pages through the same order the complete results have', async () => {
    const all = await search(docs, '教育', { limit: 100 });
    const second = await search(docs, '教育', { offset: 20, limit: 20 });
    expect(second.hits).toEqual(all.hits.slice(20, 40));
  });

  it('counts each facet value without that facet’s own filter', async () => {
    const result = await search(docs, '教育', {
      complete: true,
      filters: { regions: ['45'], kind: 'article' },
    });
    expect(result.total).toBe(27);
    expect(result.facets?.regions).toEqual({ '45': 27, '50': 53, '500154': 53 });
    expect(result.facets?.kinds).toEqual({ article: 27, teaser: 7 });
  });

  it('counts in steps of a shard each when out of time, with the same answer', async () => {
    const files = buildSearchIndex(docs, { chunkSize: 32 });
    const prepared = prepareQuery('教育 重庆', regions);
    const options = { complete: true, filters: { kind: 'article' as const } };
    const expected = bruteForceSearch(prepareBruteForceCorpus(docs), prepared, options);
    // Every file at hand: without a time limit the count takes one step.
    expect(SearchIndex.fromFiles(files).step(prepared, options).result).toEqual(expected);
    const stepped = SearchIndex.fromFiles(files, { countStepMs: 0 });
    let steps = 1;
    let step = stepped.step(prepared, options);
    for (; !step.result; steps++) {
      expect(step.needed.size).toBe(0);
      step = stepped.step(prepared, options);
    }
    expect(step.result).toEqual(expected);
    expect(steps).toBeGreaterThan(3);
    // `search` waits a task between such steps, and gets there too.
    const again = SearchIndex.fromFiles(files, { countStepMs: 0 });
    expect(await again.search(prepared, options)).toEqual(expected);
  });

  it('decodes the meta shard a section a step when steps have a budget, to the same facts', () => {
    const files = buildSearchIndex(docs, { chunkSize: 32 });
    const bytes = files.shards.get(searchShardKeys.meta()) ?? new Uint8Array();
    const stepped = new ShardStore(files.manifest);
    stepped.addFile(searchShardKeys.meta(), bytes);
    let steps = 0;
    let meta = null;
    while (!meta) {
      stepped.beginStep(0);
      meta = stepped.meta();
      steps++;
      // Out of time, with nothing to fetch.
      if (!meta) expect(stepped.filesToLoad().needed.size).toBe(0);
    }
    expect(steps).toBeGreaterThan(4);
    const whole = new ShardStore(files.manifest);
    whole.addFile(searchShardKeys.meta(), bytes);
    whole.beginStep(0);
    whole.decodeAll();
    expect(whole.meta()).toEqual(meta);
  });

  it('counts everything from the compiler’s summary when there are no terms and no filters', async () => {
    const mixed = docs.map((doc, i) => ({
      ...doc,
      host: i % 7 ? 'jw.cq.gov.cn' : 'news.example.com',
      date: i % 9 ? doc.date : null,
      copy: i % 11 === 3,
    }));
    const files = buildSearchIndex(mixed, { chunkSize: 32 });
    const bookmarks = new Set([mixed[0]?.id ?? '', mixed[3]?.id ?? '', 'gone']);
    const loaded: string[] = [];
    const index = new SearchIndex(files.manifest, (key) => {
      loaded.push(key);
      return files.shards.get(key) ?? new Uint8Array();
    });
    const prepared = prepareQuery('', regions);
    const options = { complete: true, limit: 5, bookmarks };
    const result = await index.search(prepared, options);
    expect(result).toEqual(bruteForceSearch(prepareBruteForceCorpus(mixed), prepared, options));
    expect(result.total).toBe(91);
    expect(result.facets?.bookmarked).toBe(1);
    expect(loaded).toContain(searchShardKeys.summary());
    expect(loaded).not.toContain(searchShardKeys.meta());
    // One round: the summary comes with the copies and the newest titles.
    expect(new Set(loaded).size).toBe(loaded.length);
    const filtered = await index.search(prepared, { ...options, filters: { kind: 'teaser' } });
    expect(filtered.total).toBe(18);
    expect(loaded).toContain(searchShardKeys.meta());
  });

  it('maps bookmarks to documents through their ids’ buckets, not every id', async () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      buildDoc({ title: `教育 ${i}`, copy: i === 7 }),
    );
    const files = buildSearchIndex(many, { chunkSize: 32, idsChunkSize: 16 });
    expect(files.manifest.idBuckets).toBe(16);
    const loaded: string[] = [];
    const index = new SearchIndex(files.manifest, (key) => {
      loaded.push(key);
      return files.shards.get(key) ?? new Uint8Array();
    });
    // A copy is never counted, and an id no document has is no bookmark of this corpus.
    const bookmarks = new Set([many[3]?.id ?? '', many[7]?.id ?? '', many[150]?.id ?? '', 'gone']);
    const prepared = prepareQuery('教育');
    for (const options of [
      { complete: true, bookmarks },
      { filters: { bookmarkedOnly: true }, bookmarks },
    ]) {
      const result = await index.search(prepared, options);
      expect(result).toEqual(bruteForceSearch(prepareBruteForceCorpus(many), prepared, options));
    }
    expect(loaded.filter((key) => key.startsWith('ids/'))).toEqual([]);
    expect(loaded.filter((key) => key.startsWith('idmap/')).length).toBeLessThanOrEqual(4);
  });

  it('counts results per month for the timeline, without the date filter, undated left out', async () => {
    const monthDocs = ['2023-12-31', '2024-01-01', '2024-01-31', '2024-03-15', null].map((date) =>
      buildDoc({ title: '月份', date }),
    );
    const result = await search(monthDocs, '月份', {
      complete: true,
      filters: { from: '2024-01-01', to: '2024-01-31' },
    });
    expect(result.total).toBe(2);
    expect(Object.entries(result.facets?.months ?? {})).toEqual([
      ['2023-12', 1],
      ['2024-01', 2],
      ['2024-03', 1],
    ]);
  });

  it('fills a first page of title hits without loading any body shard', async () => {
    const files = buildSearchIndex(docs, { chunkSize: 32 });
    const loaded: string[] = [];
    const index = new SearchIndex(files.manifest, (key) => {
      loaded.push(key);
      return files.shards.get(key) ?? new Uint8Array();
    });
    const result = await index.search(prepareQuery('教育'), { limit: 10 });
    expect(result.total).toBeNull();
    expect(result.hits).toHaveLength(10);
    expect(loaded.filter((k) => k.startsWith('body/'))).toEqual([]);
    // Ids come with the titles: a hit costs one file, and the ids shards are left for bookmarks.
    // The newest documents' titles, which the files number last.
    const { docCount, titlesChunkSize } = files.manifest;
    expect(loaded).toContain(`titles/${Math.floor((docCount - 1) / titlesChunkSize)}`);
    expect(loaded.filter((k) => k.startsWith('ids/'))).toEqual([]);
  });
});

describe('rounds of requests', () => {
  /**
   * The files each step of a search asks for (needed and ahead, as the page fetches them in one
   * round), until the result; checked against brute force as every search here is.
   */
  function rounds(
    docs: SearchDoc[],
    query: string,
    verifyLimit?: number,
    shape: SearchIndexOptions = {},
    afterStep: () => void = () => undefined,
    manifestOf: (built: SearchManifest) => SearchManifest = (built) => built,
  ): string[][] {
    // Small buckets and a file per body shard: the grams land in files of their own, as in a
    // large index.
    const files = buildSearchIndex(docs, {
      chunkSize: 32,
      bucketBytes: 32,
      titleBucketBytes: 32,
      bodyFileBytes: 0,
      ...shape,
    });
    const index = new SearchIndex(
      manifestOf(files.manifest),
      () => {
        throw new Error('Files are handed over between steps.');
      },
      { verifyLimit },
    );
    const prepared = prepareQuery(query);
    const asked: string[][] = [];
    for (;;) {
      const step = index.step(prepared);
      afterStep();
      if (step.result) {
        expect(step.result).toEqual(bruteForceSearch(prepareBruteForceCorpus(docs), prepared, {}));
        return asked;
      }
      const round = [...step.needed, ...step.ahead].sort();
      asked.push(round);
      for (const file of round) index.addFile(file, files.shards.get(file) ?? new Uint8Array());
    }
  }
  const bodyRounds = (asked: string[][]) =>
    asked.filter((round) => round.some((file) => file.startsWith('body/'))).length;

  it('asks for the bodies of every term of a chunk in one round', () => {
    // Each title holds one of the two terms, and its body the other: narrowing the candidates
    // needs both terms' bodies, whichever it starts with.
    const docs = [
      ...Array.from({ length: 12 }, (_, i) =>
        buildDoc({ title: `教育新闻 ${i}`, paragraphs: [`本周考试安排 ${i}`] }),
      ),
      ...Array.from({ length: 12 }, (_, i) =>
        buildDoc({ title: `考试通知 ${i}`, paragraphs: [`关于教育的说明 ${i}`] }),
      ),
    ];
    // Whole-chunk sets, one term after the other, however few the candidates.
    expect(bodyRounds(rounds(docs, '教育 考试', 0))).toBe(1);
  });

  it('asks for every chunk a sparse tier will walk through in one round', () => {
    // Six chunks of 32; in each, one title names 教育 and every body holds both terms apart.
    // The title tier has one candidate a chunk, so a page of 20 walks all six.
    const docs = Array.from({ length: 6 * 32 }, (_, i) =>
      buildDoc({
        title: i % 32 === 0 ? `教育新闻 ${i}` : `天气预报 ${i}`,
        paragraphs: [`教育部门 ${i} 安排了考试`],
        date: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    expect(bodyRounds(rounds(docs, '教育 考试'))).toBe(1);
  });

  it("reads the copies' numbers in the first round, and only when there are copies", () => {
    const docs = Array.from({ length: 40 }, (_, i) =>
      buildDoc({ title: `教育新闻 ${i}`, copy: i % 10 === 3 }),
    );
    const withCopies = rounds(docs, '教育');
    expect(withCopies[0]).toContain('copies');
    expect(withCopies.flat().filter((file) => file === 'copies')).toHaveLength(1);
    const none = rounds(
      docs.map((d) => ({ ...d, copy: false })),
      '教育',
    );
    expect(none.flat()).not.toContain('copies');
  });

  it("never shows a story's copy on the page of a search with no terms", async () => {
    const docs = Array.from({ length: 100 }, (_, i) =>
      buildDoc({ title: `新闻 ${i}`, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }),
    ).map((doc, i) => ({ ...doc, copy: i % 11 === 3 }));
    const files = buildSearchIndex(docs, { chunkSize: 32 });
    // Files as they are fetched: the copies' numbers arrive with the first round's titles.
    const index = new SearchIndex(
      files.manifest,
      (key) => files.shards.get(key) ?? new Uint8Array(),
    );
    const prepared = prepareQuery('');
    const result = await index.search(prepared, { limit: 8 });
    const expected = bruteForceSearch(prepareBruteForceCorpus(docs), prepared, { limit: 8 });
    expect(result.hits.map((hit) => hit.id)).toEqual(expected.hits.map((hit) => hit.id));
  });

  it('shows a page of the newest titles after one round', () => {
    // A word in every title: its page is the 20 newest documents, whose titles come with the
    // first round; a word only in old titles waits a round more for them.
    const docs = Array.from({ length: 300 }, (_, i) =>
      buildDoc({
        title: i < 30 ? `近视防控 ${i}` : `教育新闻 ${i}`,
        date: `2024-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    expect(rounds(docs, '教育')).toHaveLength(1);
    expect(rounds(docs, '近视')).toHaveLength(2);
  });

  it('looks up each shard a few times a step, however many chunks a sparse tier walks', () => {
    // Forty chunks of 32; 教育 is in every title (its title postings come by chunk), 考试 in one
    // body a chunk: a page of 20 walks most chunks in title-some, whose shards are asked ahead.
    const chunks = 40;
    const docs = Array.from({ length: chunks * 32 }, (_, i) =>
      buildDoc({
        title: `教育新闻 ${i}`,
        paragraphs: [i % 32 === 7 ? `本周考试安排 ${i}` : `天气晴 ${i}`],
        date: `2024-${String(1 + Math.floor(i / 110)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    const lookups = vi.spyOn(ShardStore.prototype, 'postings');
    const perStep: number[] = [];
    const countSteps = () => {
      perStep.push(lookups.mock.calls.length);
      lookups.mockClear();
    };
    try {
      rounds(docs, '教育 考试', undefined, { ownShardBytes: 64, titleChunkBytes: 64 }, countSteps);
    } finally {
      lookups.mockRestore();
    }
    expect(perStep.length).toBeGreaterThan(2);
    // Walking the chunks asks for a later chunk's shards once, not again for every chunk before
    // it: the lookups grow with the chunks, not with their square (chunks² / 2 = 800).
    expect(Math.max(...perStep)).toBeLessThan(10 * chunks);
  });

  it("asks for a common title word's older chunks in the first round when they are few files", () => {
    // 教育 is in every title, 考试 in one title a chunk: past the newest chunk, 教育's titles are
    // read where 考试's are, which its title shard says only after the first round. Six files of
    // them (a file a chunk here) come with that round rather than a round later.
    const docs = (chunks: number) =>
      Array.from({ length: chunks * 32 }, (_, i) =>
        buildDoc({
          title: i % 32 === 9 ? `考试教育通知 ${i}` : `教育新闻 ${i}`,
          date: `2024-${String(1 + Math.floor(i / 32)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      );
    const titleChunks = (asked: string[][]) =>
      asked.map((round) => round.filter((file) => /^title\/[^/]+\/\d+$/.test(file)));
    const shape = { ownShardBytes: 64, titleChunkBytes: 64 };
    const few = rounds(docs(6), '教育 考试', undefined, shape);
    const files = (n: number) => Array.from({ length: n }, (_, c) => `title/g655980b2/${c}`);
    expect(titleChunks(few)).toEqual([files(6), []]);
    // Nine files or more wait for the round that knows which of them are needed.
    const many = titleChunks(rounds(docs(9), '教育 考试', undefined, shape));
    expect(many[0]).toEqual(['title/g655980b2/8']);
    expect(many[1]).toEqual(files(8));
  });

  it('reads no body shard of a term that every candidate left has in its title', () => {
    // Every title names 教育, none 考试. Title-some needs 考试's bodies only, whichever term
    // narrowing starts with: 教育 when it is the rarer in bodies (in a few), else 考试 (in half,
    // 教育 in every one), whose missing body asked for 教育's in the same round.
    const docs = (body: (i: number) => string) =>
      Array.from({ length: 3 * 32 }, (_, i) =>
        buildDoc({
          title: `教育新闻 ${i}`,
          paragraphs: [body(i)],
          date: `2024-${String(1 + Math.floor(i / 32)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      );
    const fewer = docs((i) => (i % 8 === 0 ? `考试安排 ${i}，教育局` : `考试安排 ${i}`));
    const more = docs((i) => (i % 2 === 0 ? `考试安排 ${i}，教育局` : `教育局 ${i}`));
    const shape = { chunkSize: 32, bucketBytes: 32, titleBucketBytes: 32, bodyFileBytes: 0 };
    // Whole-chunk sets, and candidates checked one by one.
    for (const corpus of [fewer, more]) {
      const { manifest } = buildSearchIndex(corpus, shape);
      const bodyOf = (gram: string) => `body/${gramRoute(gram, 'body', manifest)}/`;
      expect(bodyOf('教育')).not.toBe(bodyOf('考试'));
      for (const verifyLimit of [0, 256]) {
        const asked = rounds(corpus, '教育 考试', verifyLimit).flat();
        expect(asked.some((file) => file.startsWith(bodyOf('考试')))).toBe(true);
        expect(asked.some((file) => file.startsWith(bodyOf('教育')))).toBe(false);
      }
    }
  });

  it('reads no body shard of a chunk whose trigram filter rules the phrase out', () => {
    // Six chunks of 32. Every title names 教育 and every body holds 教育 and 育重 (体育重点), so
    // the bigrams say 教育重, the phrase of 教育 重, may be in any chunk's bodies; it is in none.
    const docs = Array.from({ length: 6 * 32 }, (_, i) =>
      buildDoc({
        title: `教育新闻 ${i}`,
        paragraphs: [`体育重点 ${i}，教育局安排`],
        date: `2024-${String(1 + Math.floor(i / 32)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    const bodyChunks = (asked: string[][]) =>
      new Set(asked.flat().flatMap((file) => /^body\/[^/]+\/(\d+)$/.exec(file)?.[1] ?? []));
    const filtered = rounds(docs, '教育 重');
    // The filters come with the title shards.
    expect(filtered[0]?.some((file) => file.startsWith('trigrams/'))).toBe(true);
    // Only what the page of title-some (教育 in the title, 重 in the body) reads: the newest
    // chunk (the files count from the oldest), and the next one ahead.
    expect(bodyChunks(filtered)).toEqual(new Set(['4', '5']));
    const unfiltered = rounds(docs, '教育 重', undefined, {}, undefined, (built) => ({
      ...built,
      trigrams: { blocks: 0, chunks: 0 },
    }));
    expect(bodyChunks(unfiltered)).toEqual(new Set(['0', '1', '2', '3', '4', '5']));
  });

  it('asks for the trigram filters of what was typed, not of the words its pinyin spells', () => {
    const docs = Array.from({ length: 2 * 32 }, (_, i) =>
      buildDoc({ title: `开州区新闻 ${i}`, paragraphs: [`开州区教育 ${i}`] }),
    );
    const files = buildSearchIndex(docs, { chunkSize: 32 });
    expect(files.manifest.trigrams.blocks).toBeGreaterThan(0);
    const firstRound = (...literals: string[]) => {
      const index = new SearchIndex(files.manifest, () => {
        throw new Error('Files are handed over between steps.');
      });
      const term = { text: literals[0] ?? '', literals, regions: [] };
      const step = index.step({ must: [term], phrases: [], not: [] });
      return step.result ? [] : [...step.needed, ...step.ahead];
    };
    const trigrams = (files: string[]) => files.filter((file) => file.startsWith('trigrams/'));
    expect(trigrams(firstRound('开州区'))).not.toEqual([]);
    // Letters and the words they spell: 24 words for `ka`, each a filter file.
    expect(trigrams(firstRound('kzq', '开州区'))).toEqual([]);
  });

  it("reads a common title word's newest chunk, and older ones only where a rarer word is", () => {
    // Six chunks of 32; 教育 is in every title, 近视教育 in two of the oldest chunk's.
    const docs = Array.from({ length: 6 * 32 }, (_, i) =>
      buildDoc({
        title: i === 3 || i === 5 ? `近视教育 ${i}` : `教育新闻 ${i}`,
        date: `2024-${String(1 + Math.floor(i / 32)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    const titleChunks = (asked: string[][]) =>
      asked.map((round) => round.filter((file) => /^title\/[^/]+\/\d+$/.test(file)));
    const shape = { ownShardBytes: 64, titleChunkBytes: 64 };
    const common = rounds(docs, '教育', undefined, shape);
    // The newest of six chunks (the files count from the oldest), with the word's title shard.
    expect(titleChunks(common)).toEqual([['title/g655980b2/5']]);
    expect(common[0]).toContain('title/g655980b2');
    expect(common).toHaveLength(1);
    const rare = rounds(docs, '近视教育', undefined, shape);
    // The newest chunk with the title shards, then the oldest, then the hits' titles.
    expect(titleChunks(rare)).toEqual([['title/g655980b2/5'], ['title/g655980b2/0'], []]);
  });
});
