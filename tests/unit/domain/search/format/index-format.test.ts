import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../../src/domain/search/build/build-search-index.ts';
import {
  gramRoute,
  regionBucket,
  searchShardKeys,
  shardFile,
  shardsOfFile,
} from '../../../../../src/domain/search/format/index-format.ts';
import {
  decodePostingsShard,
  encodePostingsShard,
} from '../../../../../src/domain/search/format/postings-shard.ts';
import {
  decodeIdsShard,
  decodeMetaShard,
  decodeTitlesShard,
  readIdsShard,
  readTitlesShard,
} from '../../../../../src/domain/search/format/doc-shards.ts';
import { prepareQuery } from '../../../../../src/domain/search/query/prepare-query.ts';
import { SearchIndex } from '../../../../../src/domain/search/query/search-index.ts';
import type { SearchDoc } from '../../../../../src/domain/search/query/search-types.ts';

const docs: SearchDoc[] = Array.from({ length: 70 }, (_, i) => ({
  id: `id-${i}`,
  kind: i % 4 ? 'article' : 'teaser',
  title: `第${i}条 开州区教育新闻`,
  paragraphs: i % 4 ? ['重庆市开州区', `教育${i}`] : [],
  date: i % 10 ? `2024-01-${String((i % 28) + 1).padStart(2, '0')}` : null,
  regions: ['50', '500154'],
  topics: i % 2 ? ['party-building'] : [],
}));

// A file per body chunk (`bodyFileBytes: 0`), so that what a query fetches names its chunks.
const shape = { chunkSize: 32, bodyFileBytes: 0 };

describe('the index files', () => {
  const sizes = {
    ...shape,
    ownShardBytes: 20,
    titleChunkBytes: 60,
    bucketBytes: 200,
    titleBucketBytes: 200,
  };
  const files = buildSearchIndex(docs, sizes);

  it('gives the same bytes for the same documents in any order', () => {
    const again = buildSearchIndex([...docs].reverse(), sizes);
    expect(again.manifest).toEqual(files.manifest);
    expect([...again.shards.keys()].sort()).toEqual([...files.shards.keys()].sort());
    for (const [key, bytes] of files.shards) expect(again.shards.get(key)).toEqual(bytes);
  });

  it('writes every shard the manifest implies, for every chunk', () => {
    const { manifest } = files;
    expect(manifest.chunks).toBe(3);
    for (let chunk = 0; chunk < manifest.chunks; chunk++) {
      for (let b = 0; b < manifest.buckets.body; b++) {
        expect(files.shards.has(searchShardKeys.body(`h${b}`, chunk))).toBe(true);
      }
      for (const gram of manifest.own.body) {
        const route = gramRoute(gram, 'body', manifest);
        expect(files.shards.has(searchShardKeys.body(route, chunk))).toBe(true);
      }
    }
    expect(manifest.own.body.length).toBeGreaterThan(0);
    for (let block = 0; block * manifest.idsChunkSize < manifest.docCount; block++) {
      expect(files.shards.has(searchShardKeys.ids(block))).toBe(true);
    }
    for (let bucket = 0; bucket < manifest.regionBuckets; bucket++) {
      expect(files.shards.has(searchShardKeys.regions(bucket))).toBe(true);
    }
  });

  it("lists each region's documents in its bucket, as the meta shard tags them", () => {
    const { manifest, shards } = files;
    const meta = decodeMetaShard(shards.get(searchShardKeys.meta()) ?? new Uint8Array());
    for (const [index, code] of manifest.regions.entries()) {
      const tagged = Array.from(meta.days, (_, doc) => doc).filter((doc) =>
        Array.from(
          meta.regionList.subarray(meta.regionStarts[doc], meta.regionStarts[doc + 1]),
        ).includes(index),
      );
      const bucket = shards.get(searchShardKeys.regions(regionBucket(code, manifest)));
      const docs = decodePostingsShard(bucket ?? new Uint8Array()).get(code)?.docs;
      expect([...(docs ?? [])]).toEqual(tagged);
    }
    expect(manifest.regions).toEqual(['50', '500154']);
  });

  it('cuts the ids into shards of idsChunkSize documents, independent of the body chunks', () => {
    const small = buildSearchIndex(docs, { chunkSize: 32, idsChunkSize: 16 });
    expect(small.manifest.idsChunkSize).toBe(16);
    const blocks = [0, 1, 2, 3, 4].map((b) =>
      decodeIdsShard(small.shards.get(searchShardKeys.ids(b)) ?? new Uint8Array()),
    );
    expect(blocks.map((b) => b.length)).toEqual([16, 16, 16, 16, 6]);
    expect(small.shards.has(searchShardKeys.ids(5))).toBe(false);
    const all = decodeIdsShard(files.shards.get(searchShardKeys.ids(0)) ?? new Uint8Array());
    expect(blocks.flat()).toEqual(all);
  });

  it('keeps each document’s id, title, kind, truncation and date in titles shards, in order', () => {
    const small = buildSearchIndex(docs, { chunkSize: 32, idsChunkSize: 16, titlesChunkSize: 24 });
    expect(small.manifest.titlesChunkSize).toBe(24);
    const blocks = [0, 1, 2].map((b) =>
      decodeTitlesShard(small.shards.get(searchShardKeys.titles(b)) ?? new Uint8Array()),
    );
    expect(blocks.map((b) => b.length)).toEqual([24, 24, 22]);
    expect(small.shards.has(searchShardKeys.titles(3))).toBe(false);
    const ids = decodeIdsShard(files.shards.get(searchShardKeys.ids(0)) ?? new Uint8Array());
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(blocks.flat()).toEqual(
      ids.map((id) => {
        const d = byId.get(id);
        return { id, title: d?.title, truncated: false, kind: d?.kind, date: d?.date };
      }),
    );
    const cut = buildSearchIndex([{ ...docs[0], truncated: true } as SearchDoc]);
    const [only] = decodeTitlesShard(cut.shards.get(searchShardKeys.titles(0)) ?? new Uint8Array());
    expect(only).toEqual({
      id: 'id-0',
      title: '第0条 开州区教育新闻',
      truncated: true,
      kind: 'teaser',
      date: null,
    });
    const titles = small.shards.get(searchShardKeys.titles(0)) ?? new Uint8Array();
    expect(() => decodeIdsShard(titles)).toThrow(/Not a search ids shard/);
    expect(() => decodeTitlesShard(titles.slice(0, 40))).toThrow(/Truncated/);
  });

  it('reads one id or title of a shard without decoding the others, and checks the shard whole', () => {
    const small = buildSearchIndex(
      [...docs, { ...(docs[1] as SearchDoc), id: 'id-ünï', title: '标题 “引号” 😀' }],
      { chunkSize: 32, idsChunkSize: 16, titlesChunkSize: 24 },
    );
    for (let b = 0; b * 16 < small.manifest.docCount; b++) {
      const bytes = small.shards.get(searchShardKeys.ids(b)) ?? new Uint8Array();
      const lazy = readIdsShard(bytes);
      const all = decodeIdsShard(bytes);
      expect(lazy.length).toBe(all.length);
      // Asked out of order and twice: each record stands alone.
      for (const i of [...all.keys()].reverse()) expect(lazy.at(i)).toBe(all[i]);
      expect(lazy.at(0)).toBe(all[0]);
      expect(lazy.at(all.length)).toBeUndefined();
      expect(lazy.at(-1)).toBeUndefined();
    }
    const titleBlocks = Math.ceil(small.manifest.docCount / 24);
    const everyTitle: string[] = [];
    for (let b = 0; b < titleBlocks; b++) {
      const bytes = small.shards.get(searchShardKeys.titles(b)) ?? new Uint8Array();
      const lazy = readTitlesShard(bytes);
      const all = decodeTitlesShard(bytes);
      expect(Array.from({ length: lazy.length }, (_, i) => lazy.at(lazy.length - 1 - i))).toEqual(
        [...all].reverse(),
      );
      expect(lazy.at(lazy.length)).toBeUndefined();
      everyTitle.push(...all.map((t) => t.title));
    }
    expect(everyTitle).toContain('标题 “引号” 😀');
    const ids = small.shards.get(searchShardKeys.ids(0)) ?? new Uint8Array();
    const titles = small.shards.get(searchShardKeys.titles(0)) ?? new Uint8Array();
    expect(() => readIdsShard(ids.slice(0, ids.length - 3))).toThrow(/Truncated/);
    expect(() => readTitlesShard(titles.slice(0, titles.length - 3))).toThrow(/Truncated/);
    expect(() => readTitlesShard(ids)).toThrow(/Not a search titles shard/);
  });

  it('packs the shards of consecutive chunks of a body route into files of a given size', () => {
    const grouped = buildSearchIndex(docs, { ...sizes, bodyFileBytes: 120 });
    const { manifest } = grouped;
    expect(Object.keys(manifest.bodyFiles).length).toBeGreaterThan(0);
    // The shards a file holds are the ones a file per chunk holds, byte for byte.
    const unpacked = new Map<string, Uint8Array>();
    for (const [file, bytes] of grouped.shards) {
      for (const [key, shard] of shardsOfFile(file, bytes)) {
        expect(shardFile(key, manifest)).toBe(file);
        unpacked.set(key, shard);
      }
    }
    expect(new Map([...unpacked].sort())).toEqual(new Map([...files.shards].sort()));
    for (const [route, firsts] of Object.entries(manifest.bodyFiles)) {
      expect(firsts[0]).toBe(0);
      expect(firsts.length).toBeLessThan(manifest.chunks);
      // A file is closed once it holds the size asked for: every one but the last reaches it.
      firsts.forEach((first, i) => {
        const last = (firsts[i + 1] ?? manifest.chunks) - 1;
        const size = (chunk: number) =>
          files.shards.get(searchShardKeys.body(route, chunk))?.length ?? 0;
        let held = 0;
        for (let chunk = first; chunk <= last; chunk++) held += size(chunk);
        if (i < firsts.length - 1) expect(held).toBeGreaterThanOrEqual(120);
        expect(held - size(last)).toBeLessThan(120);
      });
    }
    // Keys other than grouped body chunks name their own file.
    expect(shardFile('titles/2', manifest)).toBe('titles/2');
    expect(shardFile(searchShardKeys.body('gffff', 1), manifest)).toBe('body/gffff/1');
    const title = grouped.shards.get(searchShardKeys.meta()) ?? new Uint8Array();
    expect(shardsOfFile('meta', title)).toEqual([['meta', title]]);
  });

  it('says in the title shards which chunks hold a gram in a body, and how many documents', () => {
    const { manifest } = files;
    const titleShard = (gram: string) =>
      decodePostingsShard(
        files.shards.get(searchShardKeys.title(gramRoute(gram, 'title', manifest))) ??
          new Uint8Array(),
      );
    // Bodies of articles (3 in 4 documents) hold 重庆市开州区; 重庆 is in no title.
    const counts = titleShard('重庆').bodyDocs('重庆');
    expect(titleShard('重庆').get('重庆')).toBeNull();
    expect(counts?.reduce((a, b) => a + b, 0)).toBe(docs.filter((d) => d.paragraphs.length).length);
    for (let chunk = 0; chunk < manifest.chunks; chunk++) {
      const body = decodePostingsShard(
        files.shards.get(searchShardKeys.body(gramRoute('重庆', 'body', manifest), chunk)) ??
          new Uint8Array(),
      );
      expect(counts?.[chunk] ?? 0).toBe(body.get('重庆')?.docs.length ?? 0);
    }
    // In titles only: no body presence.
    expect(titleShard('第').bodyDocs('第')).toBeNull();
  });

  it("cuts the commonest grams' title postings into the body's chunks", () => {
    const { manifest } = files;
    // 第 is in every title: cut into chunks, its shard keeps where bodies hold it (nowhere).
    expect(manifest.chunkedTitles).toContain('第');
    const titleShard = (gram: string) =>
      decodePostingsShard(
        files.shards.get(searchShardKeys.title(gramRoute(gram, 'title', manifest))) ??
          new Uint8Array(),
      );
    const route = gramRoute('第', 'title', manifest);
    const head = decodePostingsShard(
      files.shards.get(searchShardKeys.title(route)) ?? new Uint8Array(),
    );
    expect(head.get('第')).toBeNull();
    const byChunk = Array.from({ length: manifest.chunks }, (_, chunk) => {
      const key = searchShardKeys.titleChunk(route, chunk);
      expect(shardFile(key, manifest)).toBe(key);
      return [
        ...(decodePostingsShard(files.shards.get(key) ?? new Uint8Array()).get('第')?.docs ?? []),
      ];
    });
    expect(byChunk).toEqual([
      Array.from({ length: 32 }, (_, i) => i),
      Array.from({ length: 32 }, (_, i) => 32 + i),
      Array.from({ length: 6 }, (_, i) => 64 + i),
    ]);
    // Rarer grams keep their title postings over the whole corpus, in a shard of their own or
    // in a bucket.
    const whole = manifest.own.title.find((gram) => !manifest.chunkedTitles.includes(gram)) ?? '';
    expect(titleShard(whole).get(whole)?.docs.length).toBeGreaterThan(0);
    expect(manifest.own.title).not.toContain('9条');
    expect(titleShard('9条').get('9条')?.docs.length).toBe(7);
  });

  it('decodes what it encodes', () => {
    const postings = {
      docs: Uint32Array.from([3, 40, 41]),
      starts: Uint32Array.from([0, 2, 3, 5]),
      positions: Uint32Array.from([0, 7, 1, 2, 300]),
    };
    const shard = decodePostingsShard(
      encodePostingsShard([
        ['教', { docs: Uint32Array.from([1, 2]), starts: null, positions: null }, [[2, 5]]],
        ['教育', postings],
        [
          '育',
          null,
          [
            [0, 1],
            [3, 300],
          ],
        ],
      ]),
    );
    expect(shard.get('教育')).toEqual(postings);
    expect(shard.get('教')?.docs).toEqual(Uint32Array.from([1, 2]));
    // A literal of one gram reads no positions: left undecoded, unless decoded already.
    expect(shard.docs('教育')).toBe(shard.get('教育'));
    const fresh = decodePostingsShard(encodePostingsShard([['教育', postings]]));
    expect(fresh.docs('教育')).toEqual({ docs: postings.docs, starts: null, positions: null });
    expect(fresh.get('教育')).toEqual(postings);
    expect(fresh.docs('育')).toBeNull();
    expect(shard.get('育')).toBeNull();
    expect(shard.bodyDocs('教')).toEqual([0, 0, 5]);
    expect(shard.bodyDocs('教育')).toBeNull();
    expect(shard.bodyDocs('育')).toEqual([1, 0, 0, 300]);
    expect(shard.bodyDocs('开')).toBeNull();
    const ids = decodeIdsShard(files.shards.get(searchShardKeys.ids(0)) ?? new Uint8Array());
    // The oldest: files number documents from the oldest, and undated ones come last in recency.
    expect(ids[0]).toBe('id-60');
    const meta = decodeMetaShard(files.shards.get(searchShardKeys.meta()) ?? new Uint8Array());
    expect(meta.days).toHaveLength(70);
  });

  it('refuses bytes of another kind', () => {
    const ids = files.shards.get(searchShardKeys.ids(0)) ?? new Uint8Array();
    expect(() => decodePostingsShard(ids)).toThrow(/Not a search postings shard/);
    expect(() => decodeIdsShard(ids.slice(0, 5))).toThrow(/Truncated/);
  });
});

describe('a day of new documents', () => {
  // 200 documents of 2024, then 10 of 2025 added: what a daily scrape does.
  const place = ['重庆市开州区', '广西南宁', '山东菏泽', '四川成都'];
  const day = (i: number, year: number) =>
    `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const doc = (i: number, year: number): SearchDoc => ({
    id: `${year}-${String(i).padStart(3, '0')}`,
    kind: i % 5 ? 'article' : 'teaser',
    title: `第${i}条 ${place[i % 4] ?? ''}教育新闻`,
    paragraphs: i % 5 ? [`${place[(i * 7) % 4] ?? ''}第${i % 17}中学`, `近视防控${i % 3}`] : [],
    date: day(i, year),
    regions: i % 2 ? ['50', '500154'] : ['45'],
    topics: i % 3 ? ['party-building'] : [],
    host: `h${i % 3}.example.com`,
  });
  const before = Array.from({ length: 200 }, (_, i) => doc(i, 2024));
  const after = [...before, ...Array.from({ length: 10 }, (_, i) => doc(i, 2025))];
  const sizes = {
    chunkSize: 32,
    idsChunkSize: 64,
    titlesChunkSize: 16,
    bodyFileBytes: 0,
    ownShardBytes: 400,
    titleChunkBytes: 400,
  };

  it('leaves the files of the older chunks and blocks as they were', () => {
    const old = buildSearchIndex(before, sizes);
    const now = buildSearchIndex(after, sizes);
    expect(now.manifest.buckets).toEqual(old.manifest.buckets);
    // The files count from the oldest: chunks 0–5 and the blocks before document 192 are full
    // and hold none of the new documents.
    const older = (key: string) => {
      const [kind, a, b] = key.split('/');
      if (kind === 'body' || (kind === 'title' && b !== undefined)) return Number(b) < 6;
      if (kind === 'ids') return Number(a) < 3;
      if (kind === 'titles') return Number(a) < 12;
      // The bodies' trigram filters are those of the full chunks: the newest, filling, has none.
      if (kind === 'trigrams') return true;
      return false;
    };
    const kept = [...old.shards.keys()].filter(older);
    expect(kept.filter((key) => key.startsWith('body/')).length).toBe(
      6 * (old.manifest.buckets.body + old.manifest.own.body.length),
    );
    // The title postings of common grams go by chunk too.
    expect(kept.filter((key) => key.startsWith('title/')).length).toBe(
      6 * old.manifest.chunkedTitles.length,
    );
    expect(old.manifest.chunkedTitles.length).toBeGreaterThan(0);
    expect(now.manifest.trigrams).toEqual({ blocks: old.manifest.trigrams.blocks, chunks: 6 });
    expect(kept.filter((key) => key.startsWith('trigrams/')).length).toBe(
      old.manifest.trigrams.blocks,
    );
    expect(old.manifest.trigrams.blocks).toBeGreaterThan(0);
    for (const key of kept) expect(now.shards.get(key), key).toEqual(old.shards.get(key));
  });

  it('rounds the number of hash buckets up to a power of two', () => {
    const { buckets, regionBuckets } = buildSearchIndex(after, {
      ...sizes,
      bucketBytes: 100,
      titleBucketBytes: 100,
    }).manifest;
    for (const count of [buckets.title, buckets.body, regionBuckets]) {
      expect(count).toBeGreaterThan(1);
      expect(Math.log2(count) % 1).toBe(0);
    }
  });
});

describe('loading shards on demand', () => {
  const files = buildSearchIndex(docs, shape);

  it('says which files a query needs before it can answer', () => {
    const index = new SearchIndex(files.manifest, () => new Uint8Array());
    const step = index.step(prepareQuery('开州'));
    expect(step.result).toBeUndefined();
    const needed = step.result ? [] : [...step.needed];
    // The title postings come first: they say which chunks' bodies are worth fetching.
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.every((file) => file.startsWith('title/'))).toBe(true);
  });

  it('asks for what a region term needs in the same round as the title shards', () => {
    const index = new SearchIndex(files.manifest, () => new Uint8Array());
    const step = index.step(prepareQuery('开州', { regionsNamed: () => ['500154'] }));
    const needed = step.result ? [] : [...step.needed];
    // One round for both, not the region's documents first and the titles once they have come;
    // and the region's bucket of documents, not the meta shard of every document.
    expect(needed).toContain(searchShardKeys.regions(regionBucket('500154', files.manifest)));
    expect(needed.some((file) => file.startsWith('title/'))).toBe(true);
    expect(needed).not.toContain(searchShardKeys.meta());
  });

  it("finds a region's documents from its bucket as from the meta shard", async () => {
    // A name the text never holds: every hit comes from the region's tags.
    const query = prepareQuery('渝东北', { regionsNamed: () => ['50'] });
    const asked: string[] = [];
    const lazy = new SearchIndex(files.manifest, (file) => {
      asked.push(file);
      return files.shards.get(file) ?? new Uint8Array();
    });
    const fromBucket = await lazy.search(query, { limit: 100 });
    const fromMeta = await SearchIndex.fromFiles(files).search(query, { limit: 100 });

    expect(asked).not.toContain(searchShardKeys.meta());
    expect(fromBucket.hits).toHaveLength(70);
    expect(fromBucket.hits).toEqual(fromMeta.hits);
  });

  it('loads them through the callback and answers', async () => {
    const asked: string[] = [];
    const index = new SearchIndex(files.manifest, async (key) => {
      asked.push(key);
      await Promise.resolve();
      return files.shards.get(key) ?? new Uint8Array();
    });
    const result = await index.search(prepareQuery('开州'), { complete: true });
    expect(result.total).toBe(70);
    expect(new Set(asked).size).toBe(asked.length);
  });
});

describe('loading shards a round at a time', () => {
  // 320 documents in 10 chunks of 32; one in each chunk mentions 巨野 (a first page of it walks
  // every chunk), only the oldest ones mention 菏泽 (in the last chunk alone).
  const many: SearchDoc[] = Array.from({ length: 320 }, (_, i) => ({
    id: `d${String(i).padStart(3, '0')}`,
    kind: 'article',
    title: `第${i}条`,
    paragraphs: [i % 32 === 5 ? '巨野县教育局' : i >= 300 ? '菏泽市教育局' : '教育局'],
    date: `2024-01-01`,
    regions: [],
    topics: [],
  }));
  const files = buildSearchIndex(many, shape);
  // Counted from the newest, as the engine walks them: the files count chunks from the oldest.
  const newestFirst = (fileChunk: number) => files.manifest.chunks - 1 - fileChunk;
  const bodyChunks = (keys: readonly string[]) =>
    [
      ...new Set(
        keys.filter((k) => k.startsWith('body/')).map((k) => newestFirst(Number(k.split('/')[2]))),
      ),
    ].sort((a, b) => a - b);

  /** The body chunks fetched in each round of a search for `text`, and its hits. */
  async function roundsOf(text: string, aheadDocs?: number, built = files) {
    // The loader answers only when the test says so: what was asked before is one round.
    let waiting: { key: string; answer: () => void }[] = [];
    const index = new SearchIndex(
      built.manifest,
      (key) =>
        new Promise<Uint8Array>((resolve) => {
          waiting.push({ key, answer: () => resolve(built.shards.get(key) ?? new Uint8Array()) });
        }),
      aheadDocs === undefined ? {} : { aheadDocs },
    );
    const state = { done: false };
    const search = index.search(prepareQuery(text)).finally(() => (state.done = true));
    const rounds: string[][] = [];
    while (!state.done) {
      await new Promise((resolve) => setTimeout(resolve));
      const round = waiting;
      waiting = [];
      rounds.push(round.map((w) => w.key));
      for (const w of round) w.answer();
    }
    const result = await search;
    return { hits: result.hits, chunks: rounds.map(bodyChunks).filter((c) => c.length > 0) };
  }

  it('fetches the chunks after the one it needs, twice as many each round', async () => {
    const { hits, chunks } = await roundsOf('巨野', 0);
    expect(hits).toHaveLength(10);
    expect(chunks).toEqual([[0], [1, 2], [3, 4, 5, 6], [7, 8, 9]]);
  });

  it('counts the chunks walked by their candidates, not their number', async () => {
    // The newest three chunks hold 巨野 once each, the others ten times: past the third, as
    // many candidates as walked so far come in one chunk, not in as many chunks as walked
    // (at a million documents, 85 chunks of teasers before the first of many articles).
    const sparseThenDense = many.map((doc, i) => {
      const fromNewest = Math.floor(i / 32);
      const holds = fromNewest < 3 ? i % 32 === 5 : i % 32 < 10;
      return { ...doc, paragraphs: [holds ? '巨野县教育局' : '教育局'] };
    });
    const built = buildSearchIndex(sparseThenDense, shape);
    const { hits, chunks } = await roundsOf('巨野', 0, built);
    expect(hits).toHaveLength(20);
    expect(chunks).toEqual([[0], [1, 2], [3, 4]]);
  });

  it('fetches at once the chunks that together hold few candidates', async () => {
    // One document a chunk: a page of 20 cannot fill from a few chunks, so all come in one round.
    const { hits, chunks } = await roundsOf('巨野');
    expect(hits).toHaveLength(10);
    expect(chunks).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]);
  });

  it('fetches no body shard of a chunk whose bodies lack the query', async () => {
    const asked: string[] = [];
    const index = new SearchIndex(files.manifest, (key) => {
      asked.push(key);
      return files.shards.get(key) ?? new Uint8Array();
    });
    const result = await index.search(prepareQuery('菏泽'));
    expect(result.hits.map((h) => h.id)).toHaveLength(20);
    expect(bodyChunks(asked)).toEqual([9]);
    // A phrase of two grams found together nowhere: title shards alone say so.
    asked.length = 0;
    const none = await index.search(prepareQuery('菏泽巨野'), { complete: true });
    expect(none.total).toBe(0);
    expect(bodyChunks(asked)).toEqual([]);
  });

  it('fetches a file for chunks whose shards share one, once for all of them', async () => {
    // Files of 400 bytes: the chunks of a rare gram's bucket travel together.
    const grouped = buildSearchIndex(many, { chunkSize: 32, bodyFileBytes: 400 });
    const asked: string[] = [];
    const index = new SearchIndex(grouped.manifest, (file) => {
      asked.push(file);
      const bytes = grouped.shards.get(file);
      if (!bytes) throw new Error(`No file ${file}.`);
      return bytes;
    });
    const result = await index.search(prepareQuery('巨野'), { complete: true });
    const expected = await SearchIndex.fromFiles(files).search(prepareQuery('巨野'), {
      complete: true,
    });
    expect(result).toEqual(expected);
    const body = asked.filter((k) => k.startsWith('body/'));
    expect(new Set(body).size).toBe(body.length);
    // 巨野's two grams, 巨野 and 野县, each in every chunk: 20 shards in fewer files.
    expect(body.length).toBeGreaterThan(0);
    expect(body.length).toBeLessThan(20);
  });

  it('starts no further round once the search is aborted', async () => {
    const asked: string[] = [];
    const controller = new AbortController();
    const index = new SearchIndex(
      files.manifest,
      async (key) => {
        asked.push(key);
        if (key.startsWith('body/')) controller.abort();
        await Promise.resolve();
        return files.shards.get(key) ?? new Uint8Array();
      },
      { aheadDocs: 0 },
    );
    await expect(index.search(prepareQuery('巨野'), {}, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(bodyChunks(asked)).toEqual([0]);
  });
});

describe('the meta shard', () => {
  const metaOf = (lists: string[][]) => {
    const many = lists.map((regions, i) => ({ ...docs[0], id: `m-${i}`, regions }) as SearchDoc);
    const files = buildSearchIndex(many, shape);
    const bytes = files.shards.get(searchShardKeys.meta()) ?? new Uint8Array();
    const meta = decodeMetaShard(bytes);
    const { regions } = files.manifest;
    // Each document's regions as decoded, by code, in the files' order (oldest first).
    const decoded = Array.from({ length: meta.days.length }, (_, doc) =>
      [...meta.regionList.subarray(meta.regionStarts[doc], meta.regionStarts[doc + 1])].map(
        (r) => regions[r],
      ),
    );
    return { decoded, bytes, ids: files.shards };
  };

  it('gives back every region of every document, those the others imply too', () => {
    const lists = [
      ['45', '4501', '450102'],
      ['45', '4501'],
      ['45'],
      ['45', '4501', '450102', '50', '500154'],
      // 重庆 only ever with 开州: each implies the other, and one of them must stay.
      ['50', '500154'],
      ['50', '500154'],
      ['45', '4502', '450203'],
      [],
      ['4501'],
    ];
    const { decoded } = metaOf(lists);
    // Same dates: the files keep the documents in id order, m-0 … m-8.
    expect(decoded.map((d) => [...d].sort())).toEqual(lists.map((l) => [...l].sort()).reverse());
  });

  it("writes a county-level document's province and prefecture only where nothing implies them", () => {
    const counties = Array.from({ length: 300 }, (_, i) => [
      '45',
      `45${String((i % 9) + 1).padStart(2, '0')}`,
      `45${String((i % 9) + 1).padStart(2, '0')}${String(i % 7).padStart(2, '0')}`,
    ]);
    const withAncestors = metaOf(counties);
    const countiesOnly = metaOf(counties.map((l) => l.slice(2)));
    expect(withAncestors.decoded.map((d) => d.length)).toEqual(counties.map(() => 3));
    // The ancestors cost the table of what implies what, not a code in every document.
    expect(withAncestors.bytes.length - countiesOnly.bytes.length).toBeLessThan(300);
  });
});
