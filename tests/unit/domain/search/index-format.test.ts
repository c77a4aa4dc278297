import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/domain/search/build-search-index.ts';
import {
  decodeIdsShard,
  decodeMetaShard,
  decodePostingsShard,
  encodePostingsShard,
  gramRoute,
  searchShardKeys,
} from '../../../../src/domain/search/index-format.ts';
import { prepareQuery } from '../../../../src/domain/search/prepare-query.ts';
import { SearchIndex, ShardsMissing } from '../../../../src/domain/search/search-index.ts';
import type { SearchDoc } from '../../../../src/domain/search/search-types.ts';

const docs: SearchDoc[] = Array.from({ length: 70 }, (_, i) => ({
  id: `id-${i}`,
  kind: i % 4 ? 'article' : 'teaser',
  title: `第${i}条 开州区教育新闻`,
  body: i % 4 ? ['重庆市开州区', `教育${i}`] : [],
  date: i % 10 ? `2024-01-${String((i % 28) + 1).padStart(2, '0')}` : null,
  regions: ['50', '500154'],
  topics: i % 2 ? ['party-building'] : [],
}));

describe('the index files', () => {
  const files = buildSearchIndex(docs, { chunkSize: 32, ownShardBytes: 20, bucketBytes: 200 });

  it('gives the same bytes for the same documents in any order', () => {
    const again = buildSearchIndex([...docs].reverse(), {
      chunkSize: 32,
      ownShardBytes: 20,
      bucketBytes: 200,
    });
    expect(again.manifest).toEqual(files.manifest);
    expect([...again.shards.keys()].sort()).toEqual([...files.shards.keys()].sort());
    for (const [key, bytes] of files.shards) expect(again.shards.get(key)).toEqual(bytes);
  });

  it('writes every shard the manifest implies, for every chunk', () => {
    const { manifest } = files;
    expect(manifest.chunks).toBe(3);
    for (let chunk = 0; chunk < manifest.chunks; chunk++) {
      expect(files.shards.has(searchShardKeys.ids(chunk))).toBe(true);
      for (let b = 0; b < manifest.buckets.body; b++) {
        expect(files.shards.has(searchShardKeys.body(`h${b}`, chunk))).toBe(true);
      }
      for (const gram of manifest.own.body) {
        const route = gramRoute(gram, 'body', manifest);
        expect(files.shards.has(searchShardKeys.body(route, chunk))).toBe(true);
      }
    }
    expect(manifest.own.body.length).toBeGreaterThan(0);
  });

  it('decodes what it encodes', () => {
    const postings = {
      docs: Uint32Array.from([3, 40, 41]),
      starts: Uint32Array.from([0, 2, 3, 5]),
      positions: Uint32Array.from([0, 7, 1, 2, 300]),
    };
    const shard = decodePostingsShard(
      encodePostingsShard([
        ['教', { docs: Uint32Array.from([1, 2]), starts: null, positions: null }],
        ['教育', postings],
      ]),
    );
    expect(shard.get('教育')).toEqual(postings);
    expect(shard.get('教')?.docs).toEqual(Uint32Array.from([1, 2]));
    expect(shard.get('育')).toBeNull();
    const ids = decodeIdsShard(files.shards.get(searchShardKeys.ids(0)) ?? new Uint8Array());
    expect(ids[0]).toBe('id-27');
    const meta = decodeMetaShard(files.shards.get(searchShardKeys.meta()) ?? new Uint8Array());
    expect(meta.days).toHaveLength(70);
  });

  it('refuses bytes of another kind', () => {
    const ids = files.shards.get(searchShardKeys.ids(0)) ?? new Uint8Array();
    expect(() => decodePostingsShard(ids)).toThrow(/Not a search postings shard/);
    expect(() => decodeIdsShard(ids.slice(0, 5))).toThrow(/Truncated/);
  });
});

describe('loading shards on demand', () => {
  const files = buildSearchIndex(docs, { chunkSize: 32 });

  it('says which shards a query needs before it can answer', () => {
    const index = new SearchIndex(files.manifest, () => new Uint8Array());
    expect(() => index.searchSync(prepareQuery('开州'))).toThrow(ShardsMissing);
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
  // 320 documents in 10 chunks of 32; only the oldest mention 巨野, so a first page of it walks
  // every chunk.
  const many: SearchDoc[] = Array.from({ length: 320 }, (_, i) => ({
    id: `d${String(i).padStart(3, '0')}`,
    kind: 'article',
    title: `第${i}条`,
    body: [i >= 300 ? '巨野县教育局' : '教育局'],
    date: `2024-01-01`,
    regions: [],
    topics: [],
  }));
  const files = buildSearchIndex(many, { chunkSize: 32 });
  const bodyChunks = (keys: readonly string[]) =>
    [
      ...new Set(keys.filter((k) => k.startsWith('body/')).map((k) => Number(k.split('/')[2]))),
    ].sort((a, b) => a - b);

  it('fetches the chunks after the one it needs, twice as many each round', async () => {
    // The loader answers only when the test says so: what was asked before is one round.
    let waiting: { key: string; answer: () => void }[] = [];
    const index = new SearchIndex(
      files.manifest,
      (key) =>
        new Promise<Uint8Array>((resolve) => {
          waiting.push({ key, answer: () => resolve(files.shards.get(key) ?? new Uint8Array()) });
        }),
    );
    const state = { done: false };
    const search = index.search(prepareQuery('巨野')).finally(() => (state.done = true));
    const rounds: string[][] = [];
    while (!state.done) {
      await new Promise((resolve) => setTimeout(resolve));
      const round = waiting;
      waiting = [];
      rounds.push(round.map((w) => w.key));
      for (const w of round) w.answer();
    }
    const result = await search;
    expect(result.hits.map((h) => h.id)).toHaveLength(20);
    const chunks = rounds.map(bodyChunks).filter((c) => c.length > 0);
    expect(chunks).toEqual([[0], [1, 2], [3, 4, 5, 6], [7, 8, 9]]);
  });

  it('starts no further round once the search is aborted', async () => {
    const asked: string[] = [];
    const controller = new AbortController();
    const index = new SearchIndex(files.manifest, async (key) => {
      asked.push(key);
      if (key.startsWith('body/')) controller.abort();
      await Promise.resolve();
      return files.shards.get(key) ?? new Uint8Array();
    });
    await expect(index.search(prepareQuery('巨野'), {}, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(bodyChunks(asked)).toEqual([0]);
  });
});
