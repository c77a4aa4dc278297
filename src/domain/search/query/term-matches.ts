import { countBits, hasBit, orInto, setBitsBetween } from './bitset.ts';
import type { DocSets } from './doc-sets.ts';
import {
  gramRoute,
  searchShardKeys,
  type Postings,
  type SearchField,
  type SearchManifest,
} from '../format/index-format.ts';
import { GroupCopies } from './group-copies.ts';
import { gramsOf, LiteralProbe, matchBigrams } from './match-grams.ts';
import type { SearchTerm } from './search-types.ts';
import type { ShardStore } from './shard-store.ts';

/** Whether a document (of the chunk a test was made for) passes it. */
export type DocTest = (doc: number) => boolean;

/** Documents tagged with a region, or null while the meta shard is missing. */
export type RegionSets = (code: string) => Uint32Array | null;

/** A literal's or a term's matches, filled chunk by chunk as queries need them. */
interface Bits {
  /** Taken when first asked for; filled chunk by chunk, like the body. */
  title: Uint32Array | null;
  /** Per chunk: title words computed. */
  titleDone: Uint8Array;
  /** Taken when a body chunk is first asked for: most literals only ever need the title. */
  body: Uint32Array | null;
  /** Per chunk: body words computed. */
  bodyDone: Uint8Array;
}

/**
 * A literal's grams and, once looked up, their postings per field and chunk. A gram's title
 * postings in a chunk are its chunk's shard for a gram with shards of its own, else the chunk's
 * stretch of its postings over the whole corpus.
 */
interface Lookup {
  grams: string[];
  title: (readonly (Postings | null)[] | undefined)[];
  body: (readonly (Postings | null)[] | undefined)[];
}

const CACHE_LIMIT = 256;
const LOOKUP_LIMIT = 4096;

/** A literal's grams in a chunk whose bodies lack one of them. */
const ABSENT: readonly (Postings | null)[] = [null];

/**
 * Where each literal and term of a query occurs, as document sets per field and chunk, kept
 * across queries (typing extends a query a character at a time). Every method returns null or
 * undefined while a shard it needs is missing, which the store records for the next round.
 */
export class TermMatches {
  private readonly own: Record<SearchField, Set<string>>;
  /** Grams whose title postings come by chunk (`SearchManifest.chunkedTitles`). */
  private readonly chunkedTitles: Set<string>;
  private readonly literals = new Map<string, Bits>();
  private readonly terms = new Map<string, Bits>();
  private readonly lookups = new Map<string, Lookup>();
  /** Title entries of grams that pinyin groups hold copies of. */
  readonly titleCopies: GroupCopies;
  private readonly manifest: SearchManifest;

  constructor(
    private readonly store: ShardStore,
    private readonly sets: DocSets,
    private readonly regionSet: RegionSets,
    /** Body shards are fetched ahead until the chunks fetched hold this many candidates. */
    private readonly aheadDocs: number,
  ) {
    this.manifest = store.manifest;
    this.titleCopies = new GroupCopies(store);
    this.own = { title: new Set(this.manifest.own.title), body: new Set(this.manifest.own.body) };
    this.chunkedTitles = new Set(this.manifest.chunkedTitles);
  }

  /** Forgets every computed match. */
  clear(): void {
    for (const cache of [this.literals, this.terms]) {
      for (const bits of cache.values()) this.releaseBits(bits);
      cache.clear();
    }
  }

  private releaseBits(bits: Bits): void {
    this.sets.release(bits.title);
    this.sets.release(bits.body);
  }

  /** The shard of a gram's postings in a field and chunk (`titleShard` for a bucket's titles). */
  private shardKey(field: SearchField, gram: string, chunk: number): string {
    const route = gramRoute(gram, field, this.manifest, this.own[field]);
    if (field === 'body') return searchShardKeys.body(route, chunk);
    if (this.chunkedTitles.has(gram)) return searchShardKeys.titleChunk(route, chunk);
    return this.titleShard(gram);
  }

  /**
   * A gram's title shard, which says where bodies hold it and holds a bucket's title postings:
   * from a pinyin group unless its own is at hand.
   */
  private titleShard(gram: string): string {
    const route = gramRoute(gram, 'title', this.manifest, this.own.title);
    return this.titleCopies.shardOf(searchShardKeys.title(route), gram);
  }

  private postings(field: SearchField, gram: string, chunk: number): Postings | null | undefined {
    const grams = this.store.postings(this.shardKey(field, gram, chunk));
    // A chunked gram's title shard is small (where bodies hold it); the body tiers read it next.
    if (field === 'title' && this.chunkedTitles.has(gram)) {
      this.store.wantAhead(this.titleShard(gram));
    }
    return grams === undefined ? undefined : grams.get(gram);
  }

  /**
   * How many documents of a chunk hold a gram in their body, from the gram's title shard (which
   * says so without any body shard); undefined while that shard is missing.
   */
  private bodyDocs(gram: string, chunk: number): number | undefined {
    const shard = this.store.postings(this.titleShard(gram));
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
      for (const gram of grams) this.store.wantAhead(this.shardKey('body', gram, next));
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
      entry = { grams: gramsOf(literal), title: [], body: [] };
      this.lookups.set(literal, entry);
    }
    const known = entry[field][chunk];
    if (known) return known;
    const list =
      field === 'body' ? this.bodyList(entry.grams, chunk) : this.titleList(entry.grams, chunk);
    if (list) entry[field][chunk] = list;
    return list;
  }

  private bodyList(
    grams: readonly string[],
    chunk: number,
  ): readonly (Postings | null)[] | undefined {
    // A chunk whose bodies lack one of the grams cannot match: no body shard is fetched for it.
    const present = this.bodyHasAll(grams, chunk);
    if (present === undefined) return undefined;
    if (!present) return ABSENT;
    const list = this.chunkPostings('body', grams, chunk);
    if (!list) this.wantAhead(grams, chunk);
    return list;
  }

  /**
   * Title postings of a chunk: first those of grams whose postings cover the corpus, then the
   * chunk's shards of chunked ones, unless one of the first is absent from the chunk's titles
   * (no match there, nothing to fetch). Postings that cover the corpus are cut to the chunk, so
   * that the rarest in the chunk drives the match.
   */
  private titleList(
    grams: readonly string[],
    chunk: number,
  ): readonly (Postings | null)[] | undefined {
    const [from, to] = this.docRange(chunk);
    let loaded = true;
    for (const gram of grams) {
      if (this.chunkedTitles.has(gram)) continue;
      const p = this.postings('title', gram, chunk);
      if (p === undefined) loaded = false;
      else if (!p || !hasDocIn(p, from, to)) return ABSENT;
    }
    // The newest chunk's shards come with the others' title shards: every first page reads
    // them. Older chunks wait for those shards to say which are worth fetching.
    if (!loaded && chunk > 0) return undefined;
    const list = this.chunkPostings('title', grams, chunk);
    return loaded && list ? list.map((p) => p && postingsIn(p, from, to)) : undefined;
  }

  /** The document numbers of a chunk, [from, to). */
  private docRange(chunk: number): [number, number] {
    const { chunkSize } = this.manifest;
    return [chunk * chunkSize, (chunk + 1) * chunkSize];
  }

  /** Each gram's postings in one field and chunk; undefined while a shard is missing. */
  private chunkPostings(
    field: SearchField,
    grams: readonly string[],
    chunk: number,
  ): (Postings | null)[] | undefined {
    const list: (Postings | null)[] = [];
    let loaded = true;
    for (const gram of grams) {
      const p = this.postings(field, gram, chunk);
      if (p === undefined) loaded = false;
      else list.push(p);
    }
    return loaded ? list : undefined;
  }

  /**
   * Marks a literal's matches among the documents of chunks [chunk, until) in `out`; false if a
   * shard is missing (every missing one is recorded, so they come in one round).
   */
  private fill(
    field: SearchField,
    literal: string,
    chunk: number,
    out: Uint32Array,
    until = chunk + 1,
  ): boolean {
    let loaded = true;
    for (let c = chunk; c < until; c++) {
      const grams = this.literalPostings(field, literal, c);
      if (!grams) loaded = false;
      if (!loaded || !grams || !allPresent(grams)) continue;
      const [from, to] = this.docRange(c);
      if (literal.length === 1) setBitsBetween(out, (grams[0] as Postings).docs, from, to);
      else matchBigrams(grams, out, from, to);
    }
    return loaded;
  }

  /** The cache entry for `key`, made (evicting the oldest) or moved to the newest place. */
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
    const title = (bits.title ??= this.sets.take());
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
    const body = (bits.body ??= this.sets.take());
    if (bits.bodyDone[chunk]) return body;
    if (!this.fill('body', literal, chunk, body)) return null;
    bits.bodyDone[chunk] = 1;
    return body;
  }

  /**
   * A test of a chunk's documents, asked in increasing order, for a literal in the body: instead
   * of `literalBody` when only a few documents of the chunk are in question. Null when the literal
   * occurs nowhere in the chunk; undefined while shards are missing.
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
   * give it without any body shard.
   */
  termBodyEstimate(term: SearchTerm, chunk: number): number {
    let total = 0;
    for (const literal of term.literals) total += this.leastBodyDocs(gramsOf(literal), chunk);
    const [from, to] = this.sets.chunkRange(chunk);
    for (const code of term.regions) {
      const r = this.regionSet(code);
      if (r) total += countBits(r, from, to);
    }
    return total;
  }

  /**
   * A test of a chunk's documents, asked in increasing order, for a term in the body (a literal,
   * or a tag of a region it names); null while shards are missing.
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

  /** Asks ahead of need for the body shards of a chunk that a term's or a literal's grams need. */
  wantBody(wanted: SearchTerm | string, chunk: number): void {
    for (const literal of typeof wanted === 'string' ? [wanted] : wanted.literals) {
      const grams = gramsOf(literal);
      if (this.bodyHasAll(grams, chunk) !== true) continue;
      for (const gram of grams) this.store.wantAhead(this.shardKey('body', gram, chunk));
    }
  }

  /** Whether a term's title matches need a gram whose title postings come by chunk. */
  titleChunked(term: SearchTerm): boolean {
    return term.literals.some((literal) => gramsOf(literal).some((g) => this.chunkedTitles.has(g)));
  }

  /** Title matches of a term (any of its literals) with the given chunk filled in. */
  termTitle(term: SearchTerm, chunk: number, until = chunk + 1): Uint32Array | null {
    if (term.literals.length === 1 && term.regions.length === 0) {
      return this.literalTitle(term.literals[0] ?? '', chunk, until);
    }
    const bits = this.cached(this.terms, termKey(term));
    const title = (bits.title ??= this.sets.take());
    const [first, last] = pending(bits.titleDone, chunk, until);
    if (first > last) return title;
    const from = this.sets.chunkRange(first)[0];
    const to = this.sets.chunkRange(last)[1];
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
    const body = (bits.body ??= this.sets.take());
    if (bits.bodyDone[chunk]) return body;
    const [from, to] = this.sets.chunkRange(chunk);
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
}

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

/** Whether sorted postings list a document in [from, to). */
function hasDocIn(p: Postings, from: number, to: number): boolean {
  const i = lowerBound(p.docs, from);
  return i < p.docs.length && (p.docs[i] ?? to) < to;
}

/** The stretch of postings of documents in [from, to), as views of the same arrays. */
function postingsIn(p: Postings, from: number, to: number): Postings {
  const first = lowerBound(p.docs, from);
  const last = lowerBound(p.docs, to);
  if (first === 0 && last === p.docs.length) return p;
  return {
    docs: p.docs.subarray(first, last),
    starts: p.starts && p.starts.subarray(first, last + 1),
    positions: p.positions,
  };
}

/** The first index whose value is ≥ `value` in a sorted array. */
function lowerBound(values: Uint32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

const allPresent = (grams: readonly (Postings | null)[]): grams is readonly Postings[] =>
  grams.every((g) => g !== null);
