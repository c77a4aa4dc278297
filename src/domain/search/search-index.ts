import { countBits, popcount, setBits, wordCount } from './bitset.ts';
import {
  decodeIdsShard,
  decodeMetaShard,
  decodePostingsShard,
  gramRoute,
  searchShardKeys,
  type DocMeta,
  type Postings,
  type PostingsShard,
  type SearchField,
  type SearchManifest,
} from './index-format.ts';
import { bigramsMatchDoc, matchBigrams } from './match-grams.ts';
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
  title: Uint32Array | null;
  body: Uint32Array;
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
  private readonly ids = new Map<number, string[]>();
  private meta: Meta | null = null;
  private readonly missing = new Set<string>();
  private readonly literals = new Map<string, Bits>();
  private readonly terms = new Map<string, Bits>();
  private readonly regionBits = new Map<string, Uint32Array>();
  private readonly topicBits = new Map<string, Uint32Array>();
  private readonly allDocs: Uint32Array;
  private idIndex: Map<string, number> | null = null;

  /** Up to this many candidates in a chunk, tier D checks documents one by one. */
  readonly verifyLimit: number;

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: ShardLoader,
    options: SearchIndexTuning = {},
  ) {
    this.verifyLimit = options.verifyLimit ?? 256;
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
    for (const [key, bytes] of files.shards) index.addShard(key, bytes);
    return index;
  }

  /** Hands over a shard fetched elsewhere, e.g. all of them at once for a small corpus. */
  addShard(key: string, bytes: Uint8Array): void {
    if (!this.decoded.has(key)) this.raw.set(key, bytes);
  }

  /** Decodes every shard handed over so far, so that no later query pays for decoding. */
  decodeAll(): void {
    for (const key of [...this.raw.keys()]) {
      if (key === searchShardKeys.meta()) this.requireMeta();
      else if (key.startsWith('ids/')) this.idsOf(Number(key.slice(4)));
      else this.shard(key);
    }
  }

  /** Forgets computed matches (not loaded shards): for benchmarks, and to bound memory. */
  clearCache(): void {
    this.literals.clear();
    this.terms.clear();
    this.regionBits.clear();
    this.topicBits.clear();
  }

  /** Searches, loading whatever shards the query needs first. */
  async search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchResult> {
    for (;;) {
      try {
        return this.searchSync(query, options);
      } catch (error) {
        if (!(error instanceof ShardsMissing)) throw error;
        await Promise.all(error.keys.map(async (key) => this.addShard(key, await this.load(key))));
      }
    }
  }

  /** Searches with the shards already loaded; throws `ShardsMissing` naming what else it needs. */
  searchSync(query: SearchQuery, options: SearchOptions = {}): SearchResult {
    const filters = options.filters ?? {};
    const bookmarks = options.bookmarks ?? new Set<string>();
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 20);
    const complete = options.complete ?? false;
    const masks = this.filterMasks(filters, bookmarks);
    const filter = combine(
      this.words,
      DIMENSIONS.map((d) => masks[d]),
    );
    const plan = new TierPlan(this, query, complete ? null : filter);

    const picked: { doc: number; tier: number }[] = [];
    const wanted = offset + limit;
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
    const page = picked.slice(offset);
    for (const { doc } of page) this.idsOf(Math.floor(doc / this.manifest.chunkSize));
    this.check();
    const hits: SearchHit[] = page.map(({ doc, tier }) => ({
      id: this.idOf(doc),
      doc,
      tier: RANK_TIERS[tier] ?? 'body',
    }));
    if (!complete) return { hits, total: null, facets: null };

    const matched = plan.union();
    const results = filter ? and(matched, filter) : matched;
    return {
      hits,
      total: countBits(results),
      facets: this.facets(matched, masks, bookmarks),
    };
  }

  /** The id of document number `doc`; its ids shard must be loaded. */
  idOf(doc: number): string {
    return (
      this.ids.get(Math.floor(doc / this.manifest.chunkSize))?.[doc % this.manifest.chunkSize] ?? ''
    );
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
    const route = gramRoute(gram, field, this.manifest, this.own[field]);
    const key =
      field === 'title' ? searchShardKeys.title(route) : searchShardKeys.body(route, chunk);
    const grams = this.shard(key);
    return grams === undefined ? undefined : grams.get(gram);
  }

  /** Marks a literal's matches of one field (and chunk) in `out`; false if a shard is missing. */
  private fill(field: SearchField, literal: string, chunk: number, out: Uint32Array): boolean {
    if (literal.length === 1) {
      const p = this.postings(field, literal, chunk);
      if (p) setBits(out, p.docs);
      return p !== undefined;
    }
    const grams: (Postings | null)[] = [];
    let loaded = true;
    for (let j = 0; j + 1 < literal.length; j++) {
      const p = this.postings(field, literal.slice(j, j + 2), chunk);
      if (p === undefined) loaded = false;
      else grams.push(p);
    }
    if (!loaded) return false;
    if (grams.every((g) => g !== null)) matchBigrams(grams, out);
    return true;
  }

  private cached(cache: Map<string, Bits>, key: string): Bits {
    let bits = cache.get(key);
    if (bits) {
      cache.delete(key);
    } else {
      bits = {
        title: null,
        body: new Uint32Array(this.words),
        bodyDone: new Uint8Array(this.manifest.chunks),
      };
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    }
    cache.set(key, bits);
    return bits;
  }

  /** Title matches of a literal over the whole corpus, or null while shards are missing. */
  literalTitle(literal: string): Uint32Array | null {
    const bits = this.cached(this.literals, literal);
    if (bits.title) return bits.title;
    const title = new Uint32Array(this.words);
    if (!this.fill('title', literal, -1, title)) return null;
    return (bits.title = title);
  }

  /** Body matches of a literal with the given chunk filled in, or null while shards are missing. */
  literalBody(literal: string, chunk: number): Uint32Array | null {
    const bits = this.cached(this.literals, literal);
    if (bits.bodyDone[chunk]) return bits.body;
    if (!this.fill('body', literal, chunk, bits.body)) return null;
    bits.bodyDone[chunk] = 1;
    return bits.body;
  }

  /**
   * Whether a literal occurs in one document's body; null while shards are missing. Used instead
   * of `literalBody` when only a few documents of a chunk are in question.
   */
  literalBodyHas(literal: string, doc: number): boolean | null {
    const chunk = Math.floor(doc / this.manifest.chunkSize);
    const cached = this.literals.get(literal);
    if (cached?.bodyDone[chunk]) return ((cached.body[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0;
    if (literal.length === 1) {
      const p = this.postings('body', literal, chunk);
      if (p === undefined) return null;
      return p !== null && p.docs.includes(doc);
    }
    const grams: (Postings | null)[] = [];
    let loaded = true;
    for (let j = 0; j + 1 < literal.length; j++) {
      const p = this.postings('body', literal.slice(j, j + 2), chunk);
      if (p === undefined) loaded = false;
      else grams.push(p);
    }
    if (!loaded) return null;
    return grams.every((g) => g !== null) && bigramsMatchDoc(grams, doc);
  }

  /**
   * Roughly how many documents of a chunk a term's body postings list (the rarest bigram of each
   * literal, plus region tags): what orders the terms of a query. Records missing shards.
   */
  termBodyEstimate(term: SearchTerm, chunk: number): number {
    let total = 0;
    for (const literal of term.literals) {
      let least = Infinity;
      const grams =
        literal.length === 1
          ? [literal]
          : Array.from({ length: literal.length - 1 }, (_, j) => literal.slice(j, j + 2));
      for (const gram of grams) {
        const p = this.postings('body', gram, chunk);
        least = Math.min(least, p ? p.docs.length : 0);
      }
      total += least;
    }
    const [from, to] = this.chunkRange(chunk);
    for (const code of term.regions) {
      const r = this.regionSet(code);
      if (r) total += countBits(r, from, to);
    }
    return total;
  }

  /** Whether a term matches one document's body (a literal, or a tag of a region it names). */
  termBodyHas(term: SearchTerm, doc: number): boolean | null {
    let missing = false;
    for (const literal of term.literals) {
      const has = this.literalBodyHas(literal, doc);
      if (has) return true;
      if (has === null) missing = true;
    }
    for (const code of term.regions) {
      const r = this.regionSet(code);
      if (r && ((r[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0) return true;
      if (!r) missing = true;
    }
    return missing ? null : false;
  }

  /** Title matches of a term: any of its literals. */
  termTitle(term: SearchTerm): Uint32Array | null {
    if (term.literals.length === 1 && term.regions.length === 0) {
      return this.literalTitle(term.literals[0] ?? '');
    }
    const bits = this.cached(this.terms, termKey(term));
    if (bits.title) return bits.title;
    const title = new Uint32Array(this.words);
    let loaded = true;
    for (const literal of term.literals) {
      const t = this.literalTitle(literal);
      if (t) orInto(title, t, 0, this.words);
      else loaded = false;
    }
    return loaded ? (bits.title = title) : null;
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
    if (bits.bodyDone[chunk]) return bits.body;
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
    for (const part of parts) orInto(bits.body, part, from, to);
    bits.bodyDone[chunk] = 1;
    return bits.body;
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
    const bits = new Uint32Array(this.words);
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

  private idsOf(chunk: number): string[] | null {
    const have = this.ids.get(chunk);
    if (have) return have;
    const key = searchShardKeys.ids(chunk);
    const bytes = this.raw.get(key);
    if (!bytes) {
      this.missing.add(key);
      return null;
    }
    this.raw.delete(key);
    const ids = decodeIdsShard(bytes);
    this.ids.set(chunk, ids);
    return ids;
  }

  private bookmarkSet(bookmarks: ReadonlySet<string>): Uint32Array {
    const bits = new Uint32Array(this.words);
    if (bookmarks.size === 0) return bits;
    if (!this.idIndex) {
      for (let chunk = 0; chunk < this.manifest.chunks; chunk++) this.idsOf(chunk);
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
      const bits = new Uint32Array(this.words);
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
          const dates = (masks.dates = new Uint32Array(this.words));
          for (let doc = 0; doc < meta.days.length; doc++) {
            const day = meta.days[doc] ?? -1;
            if (day >= 0 && day >= low && day <= high)
              dates[doc >>> 5] = (dates[doc >>> 5] ?? 0) | (1 << (doc & 31));
          }
        }
        if (kind !== undefined) {
          const want = kind === 'teaser' ? 1 : 0;
          const kinds = (masks.kind = new Uint32Array(this.words));
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
      combine(this.words, [
        matched,
        ...DIMENSIONS.filter((d) => d !== skip).map((d) => masks[d]),
      ]) ?? matched;
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
    const teasers = countBits(and(over('kind'), meta.teasers));
    const kinds = { article: countBits(over('kind')) - teasers, teaser: teasers };
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

const termKey = (term: SearchTerm) => JSON.stringify([term.literals, term.regions]);

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

function orInto(target: Uint32Array, source: Uint32Array, from: number, to: number): void {
  for (let w = from; w < to; w++) target[w] = (target[w] ?? 0) | (source[w] ?? 0);
}

function and(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = (a[w] ?? 0) & (b[w] ?? 0);
  return out;
}

/** AND of the given sets, ignoring nulls; null when there are none. */
function combine(words: number, sets: (Uint32Array | null)[]): Uint32Array | null {
  const present = sets.filter((s): s is Uint32Array => s !== null);
  if (present.length === 0) return null;
  const out = new Uint32Array(words).fill(0xffffffff);
  for (const s of present) for (let w = 0; w < words; w++) out[w] = (out[w] ?? 0) & (s[w] ?? 0);
  return out;
}

/**
 * The five rank tiers of one query as lazily computed bit sets: a tier's words for a chunk are
 * computed when the page needs them, and body shards are touched only for chunks where a title
 * tier has candidates or a body tier is reached. That is the early stop of a first page.
 */
class TierPlan {
  private readonly n: number;
  private readonly tiers: Uint32Array[];
  private readonly done: Uint8Array[];
  private readonly requirement: Uint32Array;
  private readonly requirementDone: Uint8Array;
  private readonly titlePhrase: Uint32Array;
  private readonly titleAll: Uint32Array;
  private readonly titleSome: Uint32Array;
  private readonly phraseTitles: Uint32Array[];
  private readonly notTitles: Uint32Array[];
  private readonly rank: readonly SearchTerm[];
  private readonly rankTitles: Uint32Array[];
  private readonly phrase: string | null;

  constructor(
    private readonly index: SearchIndex,
    private readonly query: SearchQuery,
    private readonly prefilter: Uint32Array | null,
  ) {
    const words = index.wordsPerSet;
    const chunks = index.manifest.chunks;
    this.rank = rankTerms(query);
    this.phrase = rankPhrase(query);
    this.n = this.rank.length;
    this.tiers = RANK_TIERS.map(() => new Uint32Array(words));
    this.done = RANK_TIERS.map(() => new Uint8Array(chunks));
    this.requirement = new Uint32Array(words);
    this.requirementDone = new Uint8Array(chunks);

    const titles = this.rank.map((t) => index.termTitle(t));
    const phraseTitle = this.phrase === null ? titles[0] : index.literalTitle(this.phrase);
    this.phraseTitles = query.phrases.map((t) => index.termTitle(t) ?? new Uint32Array(0));
    this.notTitles = query.not.map((t) => index.termTitle(t) ?? new Uint32Array(0));
    index.check();
    const present = titles.filter((t): t is Uint32Array => t !== null);
    this.rankTitles = present;
    this.titlePhrase = phraseTitle ?? new Uint32Array(words);
    this.titleAll = combine(words, present) ?? new Uint32Array(words);
    this.titleSome = new Uint32Array(words);
    for (const t of present) orInto(this.titleSome, t, 0, words);
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
    const out = new Uint32Array(this.index.wordsPerSet);
    for (const t of this.tiers) orInto(out, t, 0, out.length);
    return out;
  }

  /** The tier's set with `chunk`'s words computed. */
  tier(tier: number, chunk: number): Uint32Array {
    const bits = this.tiers[tier] as Uint32Array;
    if (this.done[tier]?.[chunk]) return bits;
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
    // Few candidates left: check the remaining terms and the phrase in each document.
    const rest = order.slice(next);
    const keep: number[] = [];
    let missing = false;
    for (let w = from; w < to; w++) {
      let word = bits[w] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const doc = (w << 5) + 31 - Math.clz32(low);
        let ok = true;
        for (const { term, title } of rest) {
          if (((title[w] ?? 0) & low) !== 0) continue;
          const has = index.termBodyHas(term, doc);
          if (has === null) missing = true;
          if (has !== true) {
            ok = false;
            break;
          }
        }
        if (ok && phrase !== null) {
          const has = index.literalBodyHas(phrase, doc);
          if (has === null) missing = true;
          ok = has === false;
        }
        if (ok) keep.push(doc);
      }
    }
    if (missing) index.check();
    bits.fill(0, from, to);
    setBits(bits, keep);
  }

  /** Quoted phrases present and excluded terms absent, for one chunk; null when none apply. */
  private requirementFor(chunk: number): Uint32Array | null {
    if (this.query.phrases.length === 0 && this.query.not.length === 0) return null;
    const out = this.requirement;
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
