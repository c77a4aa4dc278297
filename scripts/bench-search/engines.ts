import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import {
  bruteForceSearch,
  prepareBruteForceCorpus,
  type BruteForceDoc,
} from '../../tests/support/reference/brute-force-search.ts';
import { buildSearchIndex } from '../../src/domain/search/build/build-search-index.ts';
import { foldText } from '../../src/domain/text/fold-text.ts';
import { SearchIndex } from '../../src/domain/search/query/search-index.ts';
import type {
  SearchDoc,
  SearchOptions,
  SearchQuery,
  SearchResult,
} from '../../src/domain/search/query/search-types.ts';

/** A query as each engine takes it: the typed text, and our prepared form. */
export interface BenchQuery {
  text: string;
  prepared: SearchQuery;
}

/** What the bench asks of every engine. */
export interface BenchEngine {
  name: string;
  /** Builds the index; returns its serialised size. */
  build(docs: readonly SearchDoc[]): Promise<{ bytes: number; gzip: number }>;
  /** Ids of the first page (20), best first. */
  first(query: BenchQuery): string[];
  /** Everything a complete answer costs (all results, counts, facets where the engine has them). */
  complete(query: BenchQuery): number;
  /** Every matching id, for recall and precision (not timed). */
  all(query: BenchQuery): string[];
  /** Forgets per-query caches so that repeated runs measure work, not memory. */
  reset?(): void;
}

export const PAGE = 20;

/** This project's sharded index, every shard loaded (what the first integration ships). */
export function ours(): BenchEngine & { index(): SearchIndex; shards(): Map<string, Uint8Array> } {
  let index: SearchIndex | null = null;
  let shards = new Map<string, Uint8Array>();
  const get = () => {
    if (!index) throw new Error('not built');
    return index;
  };
  return {
    name: 'ours',
    async build(docs) {
      const files = buildSearchIndex(docs);
      shards = files.shards;
      index = SearchIndex.fromFiles(files);
      const manifest = JSON.stringify(files.manifest);
      let bytes = manifest.length;
      let gzip = gzipSync(manifest).length;
      for (const b of files.shards.values()) {
        bytes += b.length;
        gzip += gzipSync(b).length;
      }
      // Decode every shard now: the timed queries measure search, not first-use decoding.
      get().decodeAll();
      await Promise.resolve();
      return { bytes, gzip };
    },
    first: (q) => loaded(get(), q, { limit: PAGE }).hits.map((h) => h.id),
    complete: (q) => loaded(get(), q, { limit: PAGE, complete: true }).total ?? 0,
    all: (q) => loaded(get(), q, { limit: get().manifest.docCount }).hits.map((h) => h.id),
    reset: () => get().clearCache(),
    index: get,
    shards: () => shards,
  };
}

/** A search over an index with every file at hand: one step gives the result. */
function loaded(index: SearchIndex, q: BenchQuery, options: SearchOptions): SearchResult {
  const step = index.step(q.prepared, options);
  if (!step.result) throw new Error(`Search files missing: ${[...step.needed].join(', ')}`);
  return step.result;
}

/** Folding, `includes` and a sort over every document: the definition, and the baseline. */
export function bruteForce(): BenchEngine {
  let corpus: BruteForceDoc[] = [];
  return {
    name: 'brute force',
    async build(docs) {
      corpus = prepareBruteForceCorpus(docs);
      await Promise.resolve();
      const text = corpus.map((d) => `${d.title}\n${d.body}`).join('\n');
      return { bytes: Buffer.byteLength(text), gzip: gzipSync(text).length };
    },
    first: (q) => bruteForceSearch(corpus, q.prepared, { limit: PAGE }).hits.map((h) => h.id),
    complete: (q) => bruteForceSearch(corpus, q.prepared, { complete: true }).total ?? 0,
    all: (q) =>
      bruteForceSearch(corpus, q.prepared, { limit: corpus.length }).hits.map((h) => h.id),
  };
}

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** MiniSearch with an `Intl.Segmenter` word tokenizer and our folding, terms combined with AND. */
export function miniSearch(): BenchEngine {
  let ms: MiniSearch<{ id: string; title: string; body: string }> | null = null;
  const get = () => {
    if (!ms) throw new Error('not built');
    return ms;
  };
  const search = (q: BenchQuery) => get().search(q.text);
  return {
    name: 'MiniSearch',
    async build(docs) {
      ms = new MiniSearch({
        fields: ['title', 'body'],
        tokenize: (text) =>
          [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment),
        processTerm: (term) => foldText(term) || null,
        searchOptions: { combineWith: 'AND', boost: { title: 3 } },
      });
      await ms.addAllAsync(
        docs.map((d) => ({ id: d.id, title: d.title, body: d.paragraphs.join('\n') })),
      );
      const json = JSON.stringify(ms);
      return { bytes: Buffer.byteLength(json), gzip: gzipSync(json).length };
    },
    first: (q) =>
      search(q)
        .slice(0, PAGE)
        .map((r) => String(r.id)),
    complete: (q) => search(q).length,
    all: (q) => search(q).map((r) => String(r.id)),
  };
}

/** FlexSearch's CJK charset (one token per character); blanks removed from queries, as it wants. */
export function flexSearch(): BenchEngine {
  let index: Index | null = null;
  let ids: string[] = [];
  const get = () => {
    if (!index) throw new Error('not built');
    return index;
  };
  const search = (q: BenchQuery, limit: number) =>
    (get().search(q.text.replace(/\s+/g, ''), { limit }) as number[]).map((n) => ids[n] ?? '');
  return {
    name: 'FlexSearch',
    async build(docs) {
      index = new Index({ encoder: Charset.CJK });
      ids = docs.map((d) => d.id);
      docs.forEach((d, n) => index?.add(n, `${d.title}\n${d.paragraphs.join('\n')}`));
      let bytes = 0;
      let gzip = 0;
      const exported: unknown = index.export((_key, data) => {
        if (!data) return;
        bytes += Buffer.byteLength(data);
        gzip += gzipSync(data).length;
      });
      await exported;
      return { bytes, gzip };
    },
    first: (q) => search(q, PAGE),
    complete: (q) => search(q, ids.length).length,
    all: (q) => search(q, ids.length),
  };
}
