import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bruteForceSearch,
  prepareBruteForceCorpus,
} from '../../../../support/reference/brute-force-search.ts';
import { buildSearchIndex } from '../../../../../src/domain/search/build/build-search-index.ts';
import { foldText } from '../../../../../src/domain/text/fold-text.ts';
import { SearchIndex } from '../../../../../src/domain/search/query/search-index.ts';
import type {
  SearchDoc,
  SearchOptions,
  SearchQuery,
  SearchTerm,
} from '../../../../../src/domain/search/query/search-types.ts';

// A tiny alphabet makes matches, near misses and overlaps frequent; it mixes traditional,
// full-width and upper-case forms so that folding is exercised on both sides.
const alphabet = ['教', '育', '開', '开', 'A', 'ａ', ' '];
const text = (max: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((cs) => cs.join(''));
const regionCodes = ['50', '5001', '500154', '45'];

const docArb = fc.record({
  title: text(8),
  paragraphs: fc.array(text(14), { maxLength: 3 }),
  date: fc.option(fc.constantFrom('2021-03-01', '2022-10-21', '2024-11-23', '2024-01-05'), {
    nil: null,
  }),
  kind: fc.constantFrom('article' as const, 'teaser' as const),
  truncated: fc.boolean(),
  regions: fc.subarray(regionCodes),
  topics: fc.subarray(['party', 'sport']),
  host: fc.option(fc.constantFrom('jw.cq.gov.cn', 'news.example.com', 'a.example.cn'), {
    nil: null,
  }),
  // A story's copy now and then: indexed, never shown, counted nowhere.
  copy: fc.constantFrom(false, false, false, true),
});

const corpusArb = fc
  .array(docArb, { maxLength: 90 })
  .map((docs) => docs.map((d, i): SearchDoc => ({ ...d, id: `d${String(i).padStart(3, '0')}` })));

const literal = fc
  .array(fc.constantFrom('教', '育', '开', 'a'), { minLength: 1, maxLength: 3 })
  .map((cs) => foldText(cs.join('')));
const termArb: fc.Arbitrary<SearchTerm> = fc
  .record({
    text: literal,
    more: fc.array(literal, { maxLength: 1 }),
    regions: fc.subarray(regionCodes, { maxLength: 1 }),
  })
  .map(({ text: t, more, regions }) => ({
    text: t,
    literals: [...new Set([t, ...more])],
    regions,
  }));
const queryArb: fc.Arbitrary<SearchQuery> = fc.record({
  must: fc.array(termArb, { maxLength: 3 }),
  phrases: fc.array(
    literal.map((t) => ({ text: t, literals: [t], regions: [] })),
    { maxLength: 1 },
  ),
  not: fc.array(termArb, { maxLength: 1 }),
});
const optionsArb: fc.Arbitrary<SearchOptions> = fc.record({
  offset: fc.integer({ min: 0, max: 6 }),
  limit: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(200)),
  complete: fc.boolean(),
  bookmarks: fc.constant(new Set(['d001', 'd004', 'd010', 'd033', 'd050'])),
  filters: fc.record(
    {
      regions: fc.subarray(regionCodes, { minLength: 1, maxLength: 2 }),
      topics: fc.subarray(['party', 'sport'], { minLength: 1 }),
      hosts: fc.subarray(['jw.cq.gov.cn', 'news.example.com', 'absent.example'], {
        minLength: 1,
        maxLength: 2,
      }),
      from: fc.constantFrom('2022-01-01', '2024-11-23'),
      to: fc.constantFrom('2022-12-31', '2024-06-30'),
      kind: fc.constantFrom('article' as const, 'teaser' as const),
      bookmarkedOnly: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
});

describe('the sharded index', () => {
  it('returns exactly what brute-force substring matching returns, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        queryArb,
        optionsArb,
        fc.constantFrom(0, 256),
        fc.constantFrom(8, 32, 1024),
        fc.constantFrom(4, 128),
        fc.constantFrom(0, 60, 100_000),
        fc.constantFrom(0, 60, 100_000),
        async (
          docs,
          query,
          options,
          verifyLimit,
          idsChunkSize,
          titlesChunkSize,
          bodyFileBytes,
          titleChunkBytes,
        ) => {
          // Body presence in the title shards, ids and titles shards unlike the chunks too, and
          // body chunks and the commonest grams' title chunks (all own grams', some, none) in
          // files of their own, some together, or all in one.
          const files = buildSearchIndex(docs, {
            chunkSize: 32,
            idsChunkSize,
            titlesChunkSize,
            bodyFileBytes,
            ownShardBytes: 24,
            titleChunkBytes,
            bucketBytes: 40,
            titleBucketBytes: 40,
          });
          const index = new SearchIndex(
            files.manifest,
            (key) => {
              const bytes = files.shards.get(key);
              if (!bytes) throw new Error(`missing ${key}`);
              return bytes;
            },
            // At the extreme, a count also stops after every shard it decodes.
            {
              verifyLimit,
              aheadDocs: verifyLimit === 0 ? 0 : 64,
              countStepMs: verifyLimit === 0 ? 0 : 30,
            },
          );
          const expected = bruteForceSearch(prepareBruteForceCorpus(docs), query, options);
          expect(await index.search(query, options)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with brute force on dense multi-term queries, where every tier is populated', async () => {
    // Three letters and one-letter terms: titles and bodies hold the terms, together and apart.
    const dense = fc
      .array(fc.constantFrom('教', '开', '育'), { maxLength: 6 })
      .map((c) => c.join(''));
    const docs = fc.array(
      fc.record({ title: dense, paragraphs: fc.array(dense, { maxLength: 2 }) }),
      {
        maxLength: 80,
      },
    );
    const term = fc
      .constantFrom('教', '开', '育')
      .map((t) => ({ text: t, literals: [t], regions: [] }));
    await fc.assert(
      fc.asyncProperty(
        docs,
        fc.array(term, { minLength: 2, maxLength: 3 }),
        fc.constantFrom(0, 256),
        async (raw, must, verifyLimit) => {
          const corpus = raw.map((d, i): SearchDoc => ({
            ...d,
            id: `d${String(i).padStart(3, '0')}`,
            kind: 'article',
            date: null,
            regions: [],
            topics: [],
          }));
          const query = { must, phrases: [], not: [] };
          const files = buildSearchIndex(corpus, { chunkSize: 32 });
          const index = SearchIndex.fromFiles(files, { verifyLimit });
          const options = { limit: 200, complete: true };
          const expected = bruteForceSearch(prepareBruteForceCorpus(corpus), query, options);
          expect(await index.search(query, options)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with brute force where common title words come by chunk and rare ones whole', async () => {
    // 开 is rare, so some chunks' titles lack it: the common words' chunks there are read only
    // if a page reaches title-some.
    const word = fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom('教', '育', '教育', '教育', '育教') },
      { weight: 1, arbitrary: fc.constant('开') },
    );
    const line = (max: number) => fc.array(word, { maxLength: max }).map((words) => words.join(''));
    const docs = fc.array(
      fc.record({
        title: line(4),
        paragraphs: fc.array(line(6), { maxLength: 2 }),
        date: fc.constantFrom('2021-03-01', '2024-01-05', null),
      }),
      { minLength: 40, maxLength: 160 },
    );
    const term = fc
      .constantFrom('教', '育', '开', '教育')
      .map((t) => ({ text: t, literals: [t], regions: [] }));
    await fc.assert(
      fc.asyncProperty(
        docs,
        fc.array(term, { minLength: 2, maxLength: 3 }),
        fc.constantFrom(16, 48, 96),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        async (raw, must, titleChunkBytes, limit, complete) => {
          const corpus = raw.map((d, i): SearchDoc => ({
            ...d,
            id: `d${String(i).padStart(3, '0')}`,
            kind: 'article',
            regions: [],
            topics: [],
          }));
          const query = { must, phrases: [], not: [] };
          const files = buildSearchIndex(corpus, {
            chunkSize: 32,
            ownShardBytes: 8,
            titleChunkBytes,
            bodyFileBytes: 0,
          });
          const index = new SearchIndex(files.manifest, (key) => {
            const bytes = files.shards.get(key);
            if (!bytes) throw new Error(`missing ${key}`);
            return bytes;
          });
          const options = { limit, complete };
          const expected = bruteForceSearch(prepareBruteForceCorpus(corpus), query, options);
          expect(await index.search(query, options)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
