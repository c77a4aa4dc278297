import { countBits, hasBit, popcount, setBits, setBitsBetween, wordCount } from './bitset.ts';
import {
  decodeMetaShard,
  decodePostingsShard,
  gramRoute,
  readIdsShard,
  readTitlesShard,
  searchShardKeys,
  shardFile,
  shardsOfFile,
  type DocMeta,
  type DocTitle,
  type Postings,
  type PostingsShard,
  type SearchField,
  type SearchManifest,
  type ShardRecords,
} from '../format/index-format.ts';
import { LiteralProbe, matchBigrams } from './match-grams.ts';
import { rankPhrase, rankTerms } from './query-ranking.ts';
import {
  RANK_TIERS,
  type SearchFacets,
  type SearchFilters,
  type SearchHit,
  type SearchOptions,
  type SearchQuery,
  type SearchResult,
  type SearchTerm,
} from './search-types.ts';

/** Knobs that change speed, never results (tests turn them to reach every code path). */
export interface SearchIndexTuning {
  verifyLimit?: number;
  /** Body shards are fetched ahead until the chunks fetched hold this many candidates. */
  aheadDocs?: number;
}

/** Fetches one shard's bytes by key (`search/<key>.bin` in the bundle). */
export type ShardLoader = (key: string) => Uint8Array | Promise<Uint8Array>;

/** Thrown by `searchSync` when it needs shards that are not loaded yet; `search` loads them. */
export class ShardsMissing extends Error {
  constructor(readonly keys: readonly string[]) {
    super(`Search shards not loaded: ${keys.join(', ')}`);
  }
}

interface Bits {
  /** Taken when first asked for; filled chunk by chunk, like the body. */
  title: Uint32Array | null;
  /** Per chunk: title words computed. */
  titleDone: Uint8Array;
  /** Allocated when a body chunk is first asked for: most literals only ever need the title. */
  body: Uint32Array | null;
  /** Per chunk: body words computed. */
  bodyDone: Uint8Array;
}

interface Meta extends DocMeta {
  years: Int16Array;
  /** The teasers as a set, for counting kinds by popcount. */
  teasers: Uint32Array;
  regionDocs: Uint32Array[];
  topicDocs: Uint32Array[];
}

type Dimension = 'regions' | 'topics' | 'dates' | 'kind' | 'bookmarks';
const DIMENSIONS: Dimension[] = ['regions', 'topics', 'dates', 'kind', 'bookmarks'];

const CACHE_LIMIT = 256;
const LOOKUP_LIMIT = 4096;

/** A literal's grams and, once looked up, their postings per field and chunk. */
interface Lookup {
  grams: string[];
  title: (Postings | null)[] | undefined;
  body: (readonly (Postings | null)[] | undefined)[];
}
/**
 * Document sets kept for reuse. Every query needs a dozen sets of 12.5 KB (at 100,000 items);
 * allocating them afresh made typed-array memory the engine's main garbage, and the collections
 * it triggered (scanning the whole decoded index) cost more than the queries.
 */
const SPARE_LIMIT = 96;
const A = 0;
const B = 1;
const C = 2;
const D = 3;
const E = 4;

/**
 * The query engine over a sharded index. It asks `load` for the shards a query needs and keeps
 * them; everything else is synchronous bit arithmetic, so it runs equally on the main thread or in
 * a Web Worker. Results are exactly `bruteForceSearch`'s, in the same order.
 */
export class SearchIndex {
  private readonly words: number;
  private readonly chunkWords: number;
  private readonly own: Record<SearchField, Set<string>>;
  private readonly raw = new Map<string, Uint8Array>();
  private readonly decoded = new Map<string, PostingsShard>();
  /** Ids by ids shard (`manifest.idsChunkSize` documents each), for the bookmark filter. */
  private readonly ids = new Map<number, ShardRecords<string>>();
  /** Ids, titles, kinds and dates by titles shard (`manifest.titlesChunkSize` documents each). */
  private readonly titles = new Map<number, ShardRecords<DocTitle>>();
  private meta: Meta | null = null;
  private readonly missing = new Set<string>();
  /** Body shards a search will likely need after the missing ones (`literalPostings`). */
  private readonly wantedAhead = new Set<string>();
  private readonly literals = new Map<string, Bits>();
  private readonly terms = new Map<string, Bits>();
  private readonly regionBits = new Map<string, Uint32Array>();
  private readonly topicBits = new Map<string, Uint32Array>();
  private readonly allDocs: Uint32Array;
  private idIndex: Map<string, number> | null = null;
  private readonly lookups = new Map<string, Lookup>();
  private readonly spare: Uint32Array[] = [];
  /** Sets given back during a search: reused only after it, as the search may still read them. */
  private readonly released: Uint32Array[] = [];

  /** Up to this many candidates in a chunk, tier D checks documents one by one. */
  readonly verifyLimit: number;
  /** Body shards are fetched ahead until the chunks fetched hold this many candidates of a literal. */
  readonly aheadDocs: number;

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: ShardLoader,
    options: SearchIndexTuning = {},
  ) {
    this.verifyLimit = options.verifyLimit ?? 256;
    this.aheadDocs = options.aheadDocs ?? 64;
    this.words = wordCount(manifest.docCount);
    this.chunkWords = manifest.chunkSize >>> 5;
    this.own = { title: new Set(manifest.own.title), body: new Set(manifest.own.body) };
    this.allDocs = new Uint32Array(this.words).fill(0xffffffff);
    const tail = manifest.docCount & 31;
    if (tail !== 0) this.allDocs[this.words - 1] = (1 << tail) - 1;
  }

  /** An engine with every shard of a freshly built index at hand (build time, tests, a worker). */
  static fromFiles(
    files: { manifest: SearchManifest; shards: ReadonlyMap<string, Uint8Array> },
    tuning: SearchIndexTuning = {},
  ) {
    const index = new SearchIndex(
      files.manifest,
      (key) => {
        const bytes = files.shards.get(key);
        if (!bytes) throw new Error(`No search shard ${key}.`);
        return bytes;
      },
      tuning,
    );
    for (const [file, bytes] of files.shards) index.addFile(file, bytes);
    return index;
  }

  /** Hands over a file fetched elsewhere (`shardFile`), e.g. all of them at once for a small corpus. */
  addFile(file: string, bytes: Uint8Array): void {
    for (const [key, shard] of shardsOfFile(file, bytes)) {
      if (!this.decoded.has(key)) this.raw.set(key, shard);
    }
  }

  /** Decodes every shard handed over so far, so that no later query pays for decoding. */
  decodeAll(): void {
    for (const key of [...this.raw.keys()]) {
      if (key === searchShardKeys.meta()) this.requireMeta();
      else if (key.startsWith('ids/')) this.idsOf(Number(key.slice(4)));
      else if (key.startsWith('titles/')) this.titlesOf(Number(key.slice(7)));
      else this.shard(key);
    }
  }

  /** Forgets computed matches (not loaded shards): for benchmarks, and to bound memory. */
  clearCache(): void {
    for (const cache of [this.literals, this.terms]) {
      for (const bits of cache.values()) this.releaseBits(bits);
      cache.clear();
    }
    for (const cache of [this.regionBits, this.topicBits]) {
      for (const set of cache.values()) this.release(set);
      cache.clear();
    }
    this.recycle();
  }

  /** An empty document set, reused when one is spare. */
  take(): Uint32Array {
    const set = this.spare.pop();
    if (!set) return new Uint32Array(this.words);
    set.fill(0);
    return set;
  }

  /** An empty set for the current search only: it is reused once the search is over. */
  temp(): Uint32Array {
    const set = this.take();
    this.released.push(set);
    return set;
  }

  /** Gives a set from `take` back; it is reused once the current search is over. */
  release(set: Uint32Array | null): void {
    if (set && set.length === this.words && set !== this.allDocs) this.released.push(set);
  }

  private releaseBits(bits: Bits): void {
    this.release(bits.title);
    this.release(bits.body);
  }

  private recycle(): void {
    for (const set of this.released) if (this.spare.length < SPARE_LIMIT) this.spare.push(set);
    this.released.length = 0;
  }

  /**
   * Searches, loading whatever shards the query needs first, a round of fetches at a time. Once
   * `signal` aborts it starts no further round and rejects with the signal's reason: a search
   * nobody waits for must not keep the connections busy.
   */
  async search(
    query: SearchQuery,
    options: SearchOptions = {},
    signal?: AbortSignal,
  ): Promise<SearchResult> {
    for (;;) {
      signal?.throwIfAborted();
      try {
        return this.searchSync(query, options);
      } catch (error) {
        if (!(error instanceof ShardsMissing)) throw error;
        const load = async (file: string) => this.addFile(file, await this.load(file));
        const needed = this.filesOf(error.keys);
        const ahead = this.filesOf([...this.wantedAhead].filter((key) => !this.hasShard(key)));
        // Ahead of need: a failure there is only a shard to ask for again when it is needed.
        for (const file of ahead) if (!needed.has(file)) void load(file).catch(() => undefined);
        await Promise.all([...needed].map(load));
      }
    }
  }

  /** The files that hold these shards, each once. */
  private filesOf(keys: readonly string[]): Set<string> {
    return new Set(keys.map((key) => shardFile(key, this.manifest)));
  }

  /** Whether a shard's bytes are at hand (decoded or not). */
  hasShard(key: string): boolean {
    if (key === searchShardKeys.meta() && this.meta) return true;
    return (
      this.raw.has(key) ||
      this.decoded.has(key) ||
      this.ids.has(blockOf(key, 'ids/')) ||
      this.titles.has(blockOf(key, 'titles/'))
    );
  }

  /** Searches with the shards already loaded; throws `ShardsMissing` naming what else it needs. */
  searchSync(query: SearchQuery, options: SearchOptions = {}): SearchResult {
    this.wantedAhead.clear();
    try {
      return this.run(query, options);
    } finally {
      this.recycle();
    }
  }

  private run(query: SearchQuery, options: SearchOptions): SearchResult {
    const filters = options.filters ?? {};
    const bookmarks = options.bookmarks ?? new Set<string>();
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 20);
    const complete = options.complete ?? false;
    const masks = this.filterMasks(filters, bookmarks);
    const filter = this.combine(DIMENSIONS.map((d) => masks[d]));
    const plan = new TierPlan(this, query, complete ? null : filter);

    const picked: { doc: number; tier: number }[] = [];
    const wanted = offset + limit;
    // Region terms match through the meta shard's tags: asked for with the title shards, in the
    // same round, rather than in a round of its own once the titles are known.
    if (hasRegions(query)) this.requireMeta();
    // Nearly every first page shows some of the newest items: their ids and titles come with the
    // first round, so a result shows its title, kind and date without waiting for its item file.
    if (limit > 0 && !this.hasShard(searchShardKeys.titles(0))) {
      this.wantedAhead.add(searchShardKeys.titles(0));
    }
    try {
      if (complete) plan.computeAll();
      collect: for (let tier = A; tier <= E; tier++) {
        if (!plan.possible(tier)) continue;
        for (let chunk = 0; chunk < this.manifest.chunks; chunk++) {
          if (picked.length >= wanted) break collect;
          const bits = plan.tier(tier, chunk);
          const [from, to] = this.chunkRange(chunk);
          for (let w = from; w < to && picked.length < wanted; w++) {
            let word = (bits[w] ?? 0) & (filter ? (filter[w] ?? 0) : ~0);
            while (word !== 0 && picked.length < wanted) {
              const low = word & -word;
              picked.push({ doc: (w << 5) + 31 - Math.clz32(low), tier });
              word ^= low;
            }
          }
        }
      }
    } catch (error) {
      // Hits picked before the page needed a missing shard stay on the page (tiers and chunks are
      // taken in order): their titles are fetched in the same round, not in one more at the end.
      if (error instanceof ShardsMissing) {
        for (const { doc } of picked.slice(offset)) {
          const key = this.titlesKey(doc);
          if (!this.hasShard(key)) this.wantedAhead.add(key);
        }
      }
      throw error;
    }
    const page = picked.slice(offset);
    for (const { doc } of page) this.titlesOf(Math.floor(doc / this.manifest.titlesChunkSize));
    this.check();
    const hits: SearchHit[] = page.map(({ doc, tier }) => ({
      doc,
      tier: RANK_TIERS[tier] ?? 'body',
      ...this.titleOf(doc),
    }));
    if (!complete) return { hits, total: null, facets: null };

    const matched = plan.union();
    const results = filter ? this.and(matched, filter) : matched;
    return {
      hits,
      total: countBits(results),
      facets: this.facets(matched, masks, bookmarks),
    };
  }

  /** The id of document number `doc`; its ids shard must be loaded. */
  private idOf(doc: number): string {
    const size = this.manifest.idsChunkSize;
    return this.ids.get(Math.floor(doc / size))?.at(doc % size) ?? '';
  }

  /** Id, title, kind and date of document number `doc`; its titles shard must be loaded. */
  private titleOf(doc: number): DocTitle {
    const size = this.manifest.titlesChunkSize;
    return (
      this.titles.get(Math.floor(doc / size))?.at(doc % size) ?? {
        id: '',
        title: '',
        truncated: false,
        kind: 'article',
        date: null,
      }
    );
  }

  /** The shard a hit on the page needs: its id and title. */
  private titlesKey(doc: number): string {
    return searchShardKeys.titles(Math.floor(doc / this.manifest.titlesChunkSize));
  }

  /** Word range [from, to) of a chunk. */
  chunkRange(chunk: number): [number, number] {
    const from = chunk * this.chunkWords;
    return [from, Math.min(this.words, from + this.chunkWords)];
  }

  /** Throws `ShardsMissing` if anything asked for since the last check was not loaded. */
  check(): void {
    if (this.missing.size === 0) return;
    const keys = [...this.missing];
    this.missing.clear();
    throw new ShardsMissing(keys);
  }

  get wordsPerSet(): number {
    return this.words;
  }

  get everyDoc(): Uint32Array {
    return this.allDocs;
  }

  private shard(key: string): PostingsShard | undefined {
    let grams = this.decoded.get(key);
    if (grams) return grams;
    const bytes = this.raw.get(key);
    if (!bytes) {
      this.missing.add(key);
      return undefined;
    }
    grams = decodePostingsShard(bytes);
    this.decoded.set(key, grams);
    this.raw.delete(key);
    return grams;
  }

  private postings(field: SearchField, gram: string, chunk: number): Postings | null | undefined {
    const grams = this.shard(this.shardKey(field, gram, chunk));
    return grams === undefined ? undefined : grams.get(gram);
  }

  private shardKey(field: SearchField, gram: string, chunk: number): string {
    const route = gramRoute(gram, field, this.manifest, this.own[field]);
    return field === 'title' ? searchShardKeys.title(route) : searchShardKeys.body(route, chunk);
  }

  /**
   * How many documents of a chunk hold a gram in their body, from the gram's title shard (which
   * says so without any body shard); undefined while that shard is missing.
   */
  private bodyDocs(gram: string, chunk: number): number | undefined {
    const shard = this.shard(this.shardKey('title', gram, 0));
    return shard === undefined ? undefined : (shard.bodyDocs(gram)?.[chunk] ?? 0);
  }

  /** Whether every gram occurs in the chunk's bodies; undefined while title shards are missing. */
  private bodyHasAll(grams: readonly string[], chunk: number): boolean | undefined {
    let all: boolean | undefined = true;
    for (const gram of grams) {
      const docs = this.bodyDocs(gram, chunk);
      if (docs === undefined) all = undefined;
      else if (docs === 0) return false;
    }
    return all;
  }

  /**
   * Body shards to fetch along with a missing one of chunk n, among the later chunks whose bodies
   * hold all the literal's grams (the title shards say which, and how many documents):
   *
   * - chunks n+1 … 2n: the query has gone past n chunks without filling its page, so it will
   *   likely need the next ones too. That turns a walk through 31 chunks into about 5 rounds of
   *   requests instead of 31, downloading at most about twice what is needed;
   * - and on, while the chunks so far hold fewer than `aheadDocs` (64) candidates: a literal found in
   *   a few documents here and there cannot fill a page from them, so the chunks it is sparse in
   *   are fetched in one round rather than one round each.
   */
  private wantAhead(grams: readonly string[], chunk: number): void {
    let candidates = this.leastBodyDocs(grams, chunk);
    for (let next = chunk + 1; next < this.manifest.chunks; next++) {
      if (next > 2 * chunk && candidates >= this.aheadDocs) break;
      const docs = this.leastBodyDocs(grams, next);
      if (docs === 0) continue;
      candidates += docs;
      for (const gram of grams) {
        const key = this.shardKey('body', gram, next);
        if (!this.hasShard(key)) this.wantedAhead.add(key);
      }
    }
  }

  /** The fewest documents of a chunk holding one of the grams in their body: an upper bound on
   * the literal's matches there (0 too while a title shard is missing). */
  private leastBodyDocs(grams: readonly string[], chunk: number): number {
    let least = Infinity;
    for (const gram of grams) least = Math.min(least, this.bodyDocs(gram, chunk) ?? 0);
    return least === Infinity ? 0 : least;
  }

  /**
   * The postings of a literal's grams (its one unit, or each bigram in order) in one field and
   * chunk, null for a gram that occurs nowhere there; undefined while a shard is missing. Kept
   * per literal, since verifying documents one by one asks for the same lists again and again.
   */
  private literalPostings(
    field: SearchField,
    literal: string,
    chunk: number,
  ): readonly (Postings | null)[] | undefined {
    let entry = this.lookups.get(literal);
    if (!entry) {
      if (this.lookups.size >= LOOKUP_LIMIT) this.lookups.clear();
      entry = { grams: gramsOf(literal), title: undefined, body: [] };
      this.lookups.set(literal, entry);
    }
    const known = field === 'title' ? entry.title : entry.body[chunk];
    if (known) return known;
    if (field === 'body') {
      // A chunk whose bodies lack one of the grams cannot match: no body shard is fetched for it.
      const present = this.bodyHasAll(entry.grams, chunk);
      if (present === undefined) return undefined;
      if (!present) return (entry.body[chunk] = ABSENT);
    }
    const list: (Postings | null)[] = [];
    let loaded = true;
    for (const gram of entry.grams) {
      const p = this.postings(field, gram, chunk);
      if (p === undefined) loaded = false;
      else list.push(p);
    }
    if (!loaded) {
      if (field === 'body') this.wantAhead(entry.grams, chunk);
      return undefined;
    }
    if (field === 'title') entry.title = list;
    else entry.body[chunk] = list;
    return list;
  }

  /**
   * Marks a literal's matches among one chunk's documents in `out`; false if a shard is missing.
   * Title postings cover the whole corpus, so only the chunk's stretch of them is read.
   */
  private fill(
    field: SearchField,
    literal: string,
    chunk: number,
    out: Uint32Array,
    until = chunk + 1,
  ): boolean {
    const grams = this.literalPostings(field, literal, chunk);
    if (!grams) return false;
    if (!allPresent(grams)) return true;
    const { chunkSize, docCount } = this.manifest;
    const from = chunk * chunkSize;
    const to = Math.min(docCount, until * chunkSize);
    if (literal.length === 1) setBitsBetween(out, (grams[0] as Postings).docs, from, to);
    else matchBigrams(grams, out, from, to);
    return true;
  }

  private cached(cache: Map<string, Bits>, key: string): Bits {
    let bits = cache.get(key);
    if (bits) {
      cache.delete(key);
    } else {
      const chunks = this.manifest.chunks;
      bits = {
        title: null,
        titleDone: new Uint8Array(chunks),
        body: null,
        bodyDone: new Uint8Array(chunks),
      };
      if (cache.size >= CACHE_LIMIT) {
        const oldest = cache.keys().next().value as string;
        const evicted = cache.get(oldest);
        if (evicted) this.releaseBits(evicted);
        cache.delete(oldest);
      }
    }
    cache.set(key, bits);
    return bits;
  }

  /**
   * Title matches of a literal with the given chunk filled in, or null while shards are missing.
   * Chunk by chunk, as for the body: a first page of a common title word (措并举抓 is in a
   * quarter of the titles) needs only the newest chunk of it.
   */
  literalTitle(literal: string, chunk: number, until = chunk + 1): Uint32Array | null {
    const bits = this.cached(this.literals, literal);
    const title = (bits.title ??= this.take());
    const [first, last] = pending(bits.titleDone, chunk, until);
    if (first > last) return title;
    // Chunks in between that are done already are filled again: the same bits, set again.
    if (!this.fill('title', literal, first, title, last + 1)) return null;
    bits.titleDone.fill(1, first, last + 1);
    return title;
  }

  /** Body matches of a literal with the given chunk filled in, or null while shards are missing. */
  literalBody(literal: string, chunk: number): Uint32Array | null {
    const bits = this.cached(this.literals, literal);
    const body = (bits.body ??= this.take());
    if (bits.bodyDone[chunk]) return body;
    if (!this.fill('body', literal, chunk, body)) return null;
    bits.bodyDone[chunk] = 1;
    return body;
  }

  /**
   * A test of a chunk's documents, asked in increasing order, for a literal in the body: instead
   * of `literalBody` when only a few documents of the chunk are in question. Null when the literal
   * occurs nowhere in the chunk; undefined while shards are missing (recorded for `check`).
   */
  literalBodyProbe(literal: string, chunk: number): DocTest | null | undefined {
    const cached = this.literals.get(literal);
    const body = cached?.body;
    if (body && cached.bodyDone[chunk]) return (doc) => hasBit(body, doc);
    const grams = this.literalPostings('body', literal, chunk);
    if (!grams) return undefined;
    if (!allPresent(grams)) return null;
    const probe = new LiteralProbe(grams);
    return (doc) => probe.has(doc);
  }

  /**
   * Roughly how many documents of a chunk a term's body postings list (the rarest bigram of each
   * literal, plus region tags): what orders the terms of a query. The title shards' body counts
   * give it without any body shard; records missing shards.
   */
  termBodyEstimate(term: SearchTerm, chunk: number): number {
    let total = 0;
    for (const literal of term.literals) total += this.leastBodyDocs(gramsOf(literal), chunk);
    const [from, to] = this.chunkRange(chunk);
    for (const code of term.regions) {
      const r = this.regionSet(code);
      if (r) total += countBits(r, from, to);
    }
    return total;
  }

  /**
   * A test of a chunk's documents, asked in increasing order, for a term in the body (a literal,
   * or a tag of a region it names); null while shards are missing (recorded for `check`).
   */
  termBodyProbe(term: SearchTerm, chunk: number): DocTest | null {
    const tests: DocTest[] = [];
    const sets: Uint32Array[] = [];
    let missing = false;
    for (const code of term.regions) {
      const r = this.regionSet(code);
      if (r) sets.push(r);
      else missing = true;
    }
    for (const literal of term.literals) {
      const test = this.literalBodyProbe(literal, chunk);
      if (test === undefined) missing = true;
      else if (test) tests.push(test);
    }
    if (missing) return null;
    // Tags first: a bit test is cheaper than any postings lookup. Plain loops: this runs for
    // every candidate document, and a callback per call would be garbage per document.
    return (doc) => {
      for (const set of sets) if (hasBit(set, doc)) return true;
      for (const test of tests) if (test(doc)) return true;
      return false;
    };
  }

  /** Title matches of a term (any of its literals) with the given chunk filled in. */
  termTitle(term: SearchTerm, chunk: number, until = chunk + 1): Uint32Array | null {
    if (term.literals.length === 1 && term.regions.length === 0) {
      return this.literalTitle(term.literals[0] ?? '', chunk, until);
    }
    const bits = this.cached(this.terms, termKey(term));
    const title = (bits.title ??= this.take());
    const [first, last] = pending(bits.titleDone, chunk, until);
    if (first > last) return title;
    const from = this.chunkRange(first)[0];
    const to = this.chunkRange(last)[1];
    let loaded = true;
    for (const literal of term.literals) {
      const t = this.literalTitle(literal, first, last + 1);
      if (t) orInto(title, t, from, to);
      else loaded = false;
    }
    if (!loaded) return null;
    bits.titleDone.fill(1, first, last + 1);
    return title;
  }

  /**
   * Body matches of a term for one chunk: any literal in the body, or a tag of a region it names
   * (tags count as body: the title tiers are for what the title actually says).
   */
  termBody(term: SearchTerm, chunk: number): Uint32Array | null {
    if (term.literals.length === 1 && term.regions.length === 0) {
      return this.literalBody(term.literals[0] ?? '', chunk);
    }
    const bits = this.cached(this.terms, termKey(term));
    const body = (bits.body ??= this.take());
    if (bits.bodyDone[chunk]) return body;
    const [from, to] = this.chunkRange(chunk);
    const parts: Uint32Array[] = [];
    let loaded = true;
    for (const literal of term.literals) {
      const b = this.literalBody(literal, chunk);
      if (b) parts.push(b);
      else loaded = false;
    }
    for (const code of term.regions) {
      const r = this.regionSet(code);
      if (r) parts.push(r);
      else loaded = false;
    }
    if (!loaded) return null;
    for (const part of parts) orInto(body, part, from, to);
    bits.bodyDone[chunk] = 1;
    return body;
  }

  private requireMeta(): Meta | null {
    if (this.meta) return this.meta;
    const key = searchShardKeys.meta();
    const bytes = this.raw.get(key);
    if (!bytes) {
      this.missing.add(key);
      return null;
    }
    this.raw.delete(key);
    const meta = decodeMetaShard(bytes);
    const invert = (starts: Uint32Array, list: Uint16Array, size: number) => {
      const docs: number[][] = Array.from({ length: size }, () => []);
      for (let doc = 0; doc + 1 < starts.length; doc++) {
        for (let j = starts[doc] ?? 0; j < (starts[doc + 1] ?? 0); j++)
          docs[list[j] ?? 0]?.push(doc);
      }
      return docs.map((d) => Uint32Array.from(d));
    };
    const years = Int16Array.from(meta.days, (day) =>
      day < 0 ? -1 : new Date(day * 86_400_000).getUTCFullYear(),
    );
    const teasers = new Uint32Array(this.words);
    meta.kinds.forEach((kind, doc) => {
      if (kind === 1) teasers[doc >>> 5] = (teasers[doc >>> 5] ?? 0) | (1 << (doc & 31));
    });
    this.meta = {
      ...meta,
      years,
      teasers,
      regionDocs: invert(meta.regionStarts, meta.regionList, this.manifest.regions.length),
      topicDocs: invert(meta.topicStarts, meta.topicList, this.manifest.topics.length),
    };
    return this.meta;
  }

  private facetSet(
    cache: Map<string, Uint32Array>,
    values: readonly string[],
    docs: (meta: Meta) => Uint32Array[],
    value: string,
  ): Uint32Array | null {
    const hit = cache.get(value);
    if (hit) return hit;
    const meta = this.requireMeta();
    if (!meta) return null;
    const bits = this.take();
    const index = values.indexOf(value);
    if (index >= 0) setBits(bits, docs(meta)[index] ?? []);
    cache.set(value, bits);
    return bits;
  }

  /** Documents tagged with a region (codes carry their ancestors, so a province finds all). */
  regionSet(code: string): Uint32Array | null {
    return this.facetSet(this.regionBits, this.manifest.regions, (m) => m.regionDocs, code);
  }

  private topicSet(id: string): Uint32Array | null {
    return this.facetSet(this.topicBits, this.manifest.topics, (m) => m.topicDocs, id);
  }

  private idsOf(block: number): ShardRecords<string> | null {
    return this.recordsOf(this.ids, searchShardKeys.ids(block), block, readIdsShard);
  }

  private titlesOf(block: number): ShardRecords<DocTitle> | null {
    return this.recordsOf(this.titles, searchShardKeys.titles(block), block, readTitlesShard);
  }

  /** A per-document shard's reader, made from its fetched bytes once; null while not fetched. */
  private recordsOf<T>(
    cache: Map<number, ShardRecords<T>>,
    key: string,
    block: number,
    read: (bytes: Uint8Array) => ShardRecords<T>,
  ): ShardRecords<T> | null {
    const have = cache.get(block);
    if (have) return have;
    const bytes = this.raw.get(key);
    if (!bytes) {
      this.missing.add(key);
      return null;
    }
    this.raw.delete(key);
    const records = read(bytes);
    cache.set(block, records);
    return records;
  }

  /** A AND B, as a set for the current search. */
  and(a: Uint32Array, b: Uint32Array): Uint32Array {
    const out = this.temp();
    for (let w = 0; w < out.length; w++) out[w] = (a[w] ?? 0) & (b[w] ?? 0);
    return out;
  }

  /** AND of the given sets, ignoring nulls, as a set for the current search; null for none. */
  combine(sets: readonly (Uint32Array | null)[]): Uint32Array | null {
    const present = sets.filter((s): s is Uint32Array => s !== null);
    const [first, ...rest] = present;
    if (!first) return null;
    const out = this.temp();
    out.set(first);
    for (const s of rest) for (let w = 0; w < out.length; w++) out[w] = (out[w] ?? 0) & (s[w] ?? 0);
    return out;
  }

  private bookmarkSet(bookmarks: ReadonlySet<string>): Uint32Array {
    const bits = this.temp();
    if (bookmarks.size === 0) return bits;
    if (!this.idIndex) {
      const { docCount, idsChunkSize } = this.manifest;
      for (let block = 0; block * idsChunkSize < docCount; block++) this.idsOf(block);
      this.check();
      const index = new Map<string, number>();
      for (let doc = 0; doc < this.manifest.docCount; doc++) index.set(this.idOf(doc), doc);
      this.idIndex = index;
    }
    for (const id of bookmarks) {
      const doc = this.idIndex.get(id);
      if (doc !== undefined) bits[doc >>> 5] = (bits[doc >>> 5] ?? 0) | (1 << (doc & 31));
    }
    return bits;
  }

  private filterMasks(
    filters: SearchFilters,
    bookmarks: ReadonlySet<string>,
  ): Record<Dimension, Uint32Array | null> {
    const masks: Record<Dimension, Uint32Array | null> = {
      regions: null,
      topics: null,
      dates: null,
      kind: null,
      bookmarks: null,
    };
    const anyOf = (values: readonly string[], set: (v: string) => Uint32Array | null) => {
      const bits = this.temp();
      for (const value of values) {
        const s = set(value);
        if (s) orInto(bits, s, 0, this.words);
      }
      return bits;
    };
    if (filters.regions) masks.regions = anyOf(filters.regions, (c) => this.regionSet(c));
    if (filters.topics) masks.topics = anyOf(filters.topics, (t) => this.topicSet(t));
    const { from, to, kind } = filters;
    if (from !== undefined || to !== undefined || kind !== undefined) {
      const meta = this.requireMeta();
      if (meta) {
        const low = from === undefined ? -Infinity : dayNumber(from);
        const high = to === undefined ? Infinity : dayNumber(to);
        if (from !== undefined || to !== undefined) {
          const dates = (masks.dates = this.temp());
          for (let doc = 0; doc < meta.days.length; doc++) {
            const day = meta.days[doc] ?? -1;
            if (day >= 0 && day >= low && day <= high)
              dates[doc >>> 5] = (dates[doc >>> 5] ?? 0) | (1 << (doc & 31));
          }
        }
        if (kind !== undefined) {
          const want = kind === 'teaser' ? 1 : 0;
          const kinds = (masks.kind = this.temp());
          for (let doc = 0; doc < meta.kinds.length; doc++) {
            if (meta.kinds[doc] === want)
              kinds[doc >>> 5] = (kinds[doc >>> 5] ?? 0) | (1 << (doc & 31));
          }
        }
      }
    }
    this.check();
    if (filters.bookmarkedOnly) masks.bookmarks = this.bookmarkSet(bookmarks);
    return masks;
  }

  private facets(
    matched: Uint32Array,
    masks: Record<Dimension, Uint32Array | null>,
    bookmarks: ReadonlySet<string>,
  ): SearchFacets {
    const meta = this.requireMeta();
    this.check();
    if (!meta) throw new ShardsMissing([searchShardKeys.meta()]);
    const over = (skip: Dimension) =>
      this.combine([matched, ...DIMENSIONS.filter((d) => d !== skip).map((d) => masks[d])]) ??
      matched;
    const counted = (starts: Uint32Array, list: Uint16Array, names: string[], set: Uint32Array) => {
      const counts = new Uint32Array(names.length);
      for (let w = 0; w < set.length; w++) {
        let word = set[w] ?? 0;
        while (word !== 0) {
          const low = word & -word;
          const doc = (w << 5) + 31 - Math.clz32(low);
          word ^= low;
          for (let j = starts[doc] ?? 0, end = starts[doc + 1] ?? 0; j < end; j++) {
            const v = list[j] ?? 0;
            counts[v] = (counts[v] ?? 0) + 1;
          }
        }
      }
      const out: Record<string, number> = {};
      for (let i = 0; i < counts.length; i++) {
        const n = counts[i] ?? 0;
        if (n > 0) out[names[i] ?? ''] = n;
      }
      return out;
    };
    const ofKinds = over('kind');
    const teasers = countBits(this.and(ofKinds, meta.teasers));
    const kinds = { article: countBits(ofKinds) - teasers, teaser: teasers };
    const yearCounts = new Map<number, number>();
    const dated = over('dates');
    for (let w = 0; w < dated.length; w++) {
      let word = dated[w] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        const year = meta.years[(w << 5) + 31 - Math.clz32(low)] ?? -1;
        word ^= low;
        yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
      }
    }
    const years: Record<string, number> = {};
    for (const [year, n] of [...yearCounts].sort((a, b) => b[0] - a[0])) {
      years[year < 0 ? 'undated' : String(year)] = n;
    }
    let bookmarked = 0;
    if (bookmarks.size > 0) {
      const marked = this.bookmarkSet(bookmarks);
      const set = over('bookmarks');
      for (let w = 0; w < this.words; w++) bookmarked += popcount((set[w] ?? 0) & (marked[w] ?? 0));
    }
    return {
      regions: counted(meta.regionStarts, meta.regionList, this.manifest.regions, over('regions')),
      topics: counted(meta.topicStarts, meta.topicList, this.manifest.topics, over('topics')),
      kinds,
      years,
      bookmarked,
    };
  }
}

/** The grams whose postings find a literal: its one unit, or each of its bigrams in order. */
const gramsOf = (literal: string): string[] =>
  literal.length === 1
    ? [literal]
    : Array.from({ length: literal.length - 1 }, (_, j) => literal.slice(j, j + 2));

const hasRegions = (query: SearchQuery) =>
  [query.must, query.phrases, query.not].some((terms) => terms.some((t) => t.regions.length > 0));

/** The block an `ids/<n>` or `titles/<n>` key (by `prefix`) names, or -1 for any other key. */
const blockOf = (key: string, prefix: string) =>
  key.startsWith(prefix) ? Number(key.slice(prefix.length)) : -1;

const termKeys = new WeakMap<SearchTerm, string>();
function termKey(term: SearchTerm): string {
  let key = termKeys.get(term);
  if (key === undefined) termKeys.set(term, (key = JSON.stringify([term.literals, term.regions])));
  return key;
}

/** The first and last chunk in [chunk, until) not done yet; first > last when all are. */
function pending(done: Uint8Array, chunk: number, until: number): [number, number] {
  let first = chunk;
  let last = until - 1;
  while (first <= last && done[first]) first++;
  while (last >= first && done[last]) last--;
  return [first, last];
}

/** Whether a document (of the chunk a test was made for) passes it. */
type DocTest = (doc: number) => boolean;

const NEVER = null;

/** A literal's grams in a chunk whose bodies lack one of them. */
const ABSENT: readonly (Postings | null)[] = [null];

const allPresent = (grams: readonly (Postings | null)[]): grams is readonly Postings[] =>
  grams.every((g) => g !== null);

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

function orInto(target: Uint32Array, source: Uint32Array, from: number, to: number): void {
  for (let w = from; w < to; w++) target[w] = (target[w] ?? 0) | (source[w] ?? 0);
}

/**
 * The five rank tiers of one query as lazily computed bit sets: a tier's words for a chunk are
 * computed when the page needs them, and body shards are touched only for chunks where a title
 * tier has candidates or a body tier is reached. That is the early stop of a first page.
 */
class TierPlan {
  private readonly n: number;
  /** Each tier's set, taken when the page first reaches the tier. */
  private readonly tiers: (Uint32Array | null)[];
  private readonly done: Uint8Array[];
  private requirement: Uint32Array | null = null;
  private readonly requirementDone: Uint8Array;
  // Title matches, copied in chunk by chunk (`prepareTitles`): the plan's own sets, so that a
  // cache entry dropped during a long query cannot take words from under it.
  private readonly titlesDone: Uint8Array;
  private readonly titlePhrase: Uint32Array;
  private readonly titleAll: Uint32Array;
  private readonly titleSome: Uint32Array;
  private readonly rankTitles: Uint32Array[];
  private readonly phraseTitles: Uint32Array[];
  private readonly notTitles: Uint32Array[];
  private readonly rank: readonly SearchTerm[];
  private readonly phrase: string | null;

  constructor(
    private readonly index: SearchIndex,
    private readonly query: SearchQuery,
    private readonly prefilter: Uint32Array | null,
  ) {
    const chunks = index.manifest.chunks;
    this.rank = rankTerms(query);
    this.phrase = rankPhrase(query);
    this.n = this.rank.length;
    this.tiers = RANK_TIERS.map(() => null);
    this.done = RANK_TIERS.map(() => new Uint8Array(chunks));
    this.requirementDone = new Uint8Array(chunks);
    this.titlesDone = new Uint8Array(chunks);
    this.rankTitles = this.rank.map(() => index.temp());
    this.phraseTitles = query.phrases.map(() => index.temp());
    this.notTitles = query.not.map(() => index.temp());
    this.titlePhrase =
      this.phrase === null && this.n > 0 ? (this.rankTitles[0] as Uint32Array) : index.temp();
    this.titleAll = this.n === 1 ? (this.rankTitles[0] as Uint32Array) : index.temp();
    this.titleSome = this.n === 1 ? this.titleAll : index.temp();
  }

  /**
   * Copies (and combines) the title matches of a chunk into the plan's sets. The newest chunk
   * alone, since a first page often ends there; past it, every chunk left at once, since one
   * pass over the title postings costs less than a pass per chunk.
   */
  private prepareTitles(chunk: number): void {
    if (this.titlesDone[chunk]) return;
    const index = this.index;
    const until = chunk === 0 ? 1 : index.manifest.chunks;
    const rank = this.rank.map((t) => index.termTitle(t, chunk, until));
    const phrase = this.phrase === null ? null : index.literalTitle(this.phrase, chunk, until);
    const phrases = this.query.phrases.map((t) => index.termTitle(t, chunk, until));
    const nots = this.query.not.map((t) => index.termTitle(t, chunk, until));
    index.check();
    const from = index.chunkRange(chunk)[0];
    const to = index.chunkRange(until - 1)[1];
    const copy = (into: Uint32Array[], from_: (Uint32Array | null)[]) =>
      from_.forEach((source, i) => {
        const target = into[i];
        if (source && target) for (let w = from; w < to; w++) target[w] = source[w] ?? 0;
      });
    copy(this.rankTitles, rank);
    copy(this.phraseTitles, phrases);
    copy(this.notTitles, nots);
    if (phrase) for (let w = from; w < to; w++) this.titlePhrase[w] = phrase[w] ?? 0;
    if (this.n > 1) {
      const { titleAll, titleSome, rankTitles } = this;
      for (let w = from; w < to; w++) {
        let all = ~0;
        let some = 0;
        for (const t of rankTitles) {
          const v = t[w] ?? 0;
          all &= v;
          some |= v;
        }
        titleAll[w] = all;
        titleSome[w] = some;
      }
    }
    this.titlesDone.fill(1, chunk, until);
  }

  /** Whether a tier can hold anything for this query's shape. */
  possible(tier: number): boolean {
    if (this.n === 0) return tier === E;
    if (this.n === 1) return tier === A || tier === C;
    return true;
  }

  /** Every tier for every chunk: what counting needs. */
  computeAll(): void {
    for (let tier = A; tier <= E; tier++) {
      if (!this.possible(tier)) continue;
      for (let chunk = 0; chunk < this.index.manifest.chunks; chunk++) this.tier(tier, chunk);
    }
  }

  /** All matches (union of the tiers); call after `computeAll`. */
  union(): Uint32Array {
    const out = this.index.temp();
    for (const t of this.tiers) if (t) orInto(out, t, 0, out.length);
    return out;
  }

  /** The tier's set with `chunk`'s words computed. */
  tier(tier: number, chunk: number): Uint32Array {
    const bits = (this.tiers[tier] ??= this.index.temp());
    if (this.done[tier]?.[chunk]) return bits;
    this.prepareTitles(chunk);
    const [from, to] = this.index.chunkRange(chunk);
    const mask = this.prefilter ?? this.index.everyDoc;
    const tP = this.titlePhrase;
    const tAll = this.titleAll;
    const tSome = this.titleSome;

    // Title-only candidates first (written straight into the tier's words): they decide whether
    // this chunk's body shards are needed at all.
    let any = 0;
    if (tier === A) {
      for (let w = from; w < to; w++) any |= bits[w] = (mask[w] ?? 0) & (tP[w] ?? 0);
    } else if (tier === B) {
      for (let w = from; w < to; w++)
        any |= bits[w] = (mask[w] ?? 0) & (tAll[w] ?? 0) & ~(tP[w] ?? 0);
    } else if (tier === C) {
      for (let w = from; w < to; w++) any |= bits[w] = (mask[w] ?? 0) & ~(tAll[w] ?? 0);
    } else if (tier === D) {
      for (let w = from; w < to; w++)
        any |= bits[w] = (mask[w] ?? 0) & (tSome[w] ?? 0) & ~(tAll[w] ?? 0);
    } else if (this.n > 0) {
      for (let w = from; w < to; w++) any |= bits[w] = (mask[w] ?? 0) & ~(tSome[w] ?? 0);
    } else {
      for (let w = from; w < to; w++) any |= bits[w] = mask[w] ?? 0;
    }
    if (any !== 0) {
      const requirement = this.requirementFor(chunk);
      const phraseBody =
        tier === C
          ? this.phrase === null
            ? this.index.termBody(this.rank[0] as SearchTerm, chunk)
            : this.index.literalBody(this.phrase, chunk)
          : null;
      this.index.check();
      if (requirement) {
        for (let w = from; w < to; w++) bits[w] = (bits[w] ?? 0) & (requirement[w] ?? 0);
      }
      if (phraseBody) {
        for (let w = from; w < to; w++) bits[w] = (bits[w] ?? 0) & (phraseBody[w] ?? 0);
      }
      if (tier >= D && this.n > 0) this.narrow(bits, from, to, chunk);
    }
    (this.done[tier] as Uint8Array)[chunk] = 1;
    return bits;
  }

  /**
   * Tiers D and E of one chunk: keeps the candidates in which every term occurs and the phrase
   * does not. Terms are applied rarest first, as whole-chunk bit sets while many candidates remain
   * and document by document once few do, so a rare term (巨野) spares computing common ones
   * (培训) over the whole chunk. This is what keeps a first page fast when the better tiers are
   * nearly empty.
   */
  private narrow(bits: Uint32Array, from: number, to: number, chunk: number): void {
    const index = this.index;
    const costs = this.rank.map((term) => index.termBodyEstimate(term, chunk));
    index.check();
    const order = this.rank
      .map((term, i) => ({ term, title: this.rankTitles[i] as Uint32Array, cost: costs[i] ?? 0 }))
      .sort((a, b) => a.cost - b.cost);
    let next = 0;
    while (next < order.length && countBits(bits, from, to) > index.verifyLimit) {
      const { term, title } = order[next++] as (typeof order)[number];
      const body = index.termBody(term, chunk);
      index.check();
      if (!body) return;
      for (let w = from; w < to; w++) {
        bits[w] = (bits[w] ?? 0) & ((title[w] ?? 0) | (body[w] ?? 0));
      }
    }
    const phrase = this.phrase;
    if (countBits(bits, from, to) > index.verifyLimit && phrase !== null) {
      const body = index.literalBody(phrase, chunk);
      index.check();
      if (!body) return;
      for (let w = from; w < to; w++) bits[w] = (bits[w] ?? 0) & ~(body[w] ?? 0);
      return;
    }
    // Few candidates left: check the remaining terms (rarest first, the likeliest to fail) and
    // the phrase in each document, in order, so that each probe's cursors only move forward.
    if (next === order.length && phrase === null) return;
    if (countBits(bits, from, to) === 0) return;
    const checks = order.slice(next).map(({ term, title }) => ({
      title,
      has: index.termBodyProbe(term, chunk),
    }));
    const phraseHas = phrase === null ? NEVER : index.literalBodyProbe(phrase, chunk);
    index.check();
    for (let w = from; w < to; w++) {
      let word = bits[w] ?? 0;
      let kept = word;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const doc = (w << 5) + 31 - Math.clz32(low);
        let ok = true;
        for (const { title, has } of checks) {
          if (((title[w] ?? 0) & low) === 0 && !has?.(doc)) {
            ok = false;
            break;
          }
        }
        if (!ok || phraseHas?.(doc)) kept ^= low;
      }
      bits[w] = kept;
    }
  }

  /** Quoted phrases present and excluded terms absent, for one chunk; null when none apply. */
  private requirementFor(chunk: number): Uint32Array | null {
    if (this.query.phrases.length === 0 && this.query.not.length === 0) return null;
    const out = (this.requirement ??= this.index.temp());
    if (this.requirementDone[chunk]) return out;
    const [from, to] = this.index.chunkRange(chunk);
    const every = this.index.everyDoc;
    const phraseBodies = this.query.phrases.map((t) => this.index.termBody(t, chunk));
    const notBodies = this.query.not.map((t) => this.index.termBody(t, chunk));
    if (phraseBodies.includes(null) || notBodies.includes(null)) return out;
    for (let w = from; w < to; w++) {
      let v = every[w] ?? 0;
      for (let i = 0; i < phraseBodies.length; i++) {
        v &= (this.phraseTitles[i]?.[w] ?? 0) | (phraseBodies[i]?.[w] ?? 0);
      }
      for (let i = 0; i < notBodies.length; i++) {
        v &= ~((this.notTitles[i]?.[w] ?? 0) | (notBodies[i]?.[w] ?? 0));
      }
      out[w] = v;
    }
    this.requirementDone[chunk] = 1;
    return out;
  }
}
