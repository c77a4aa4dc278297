import { countBits, hasBit, orInto, setBitsBetween } from './bitset.ts';
import type { DocSets } from './doc-sets.ts';
import type { Postings, SearchField } from '../format/index-format.ts';
import type { GroupCopies } from './group-copies.ts';
import { LiteralPostings } from './literal-postings.ts';
import { LiteralProbe, matchBigrams } from './match-grams.ts';
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

const CACHE_LIMIT = 256;

/**
 * Where each literal and term of a query occurs, as document sets per field and chunk, kept
 * across queries (typing extends a query a character at a time). Every method returns null or
 * undefined while a shard it needs is missing, which the store records for the next round.
 */
export class TermMatches {
  private readonly literals = new Map<string, Bits>();
  private readonly terms = new Map<string, Bits>();
  private readonly postings: LiteralPostings;
  /** Title entries of grams that pinyin groups hold copies of. */
  readonly titleCopies: GroupCopies;
  private readonly chunkSize: number;
  private readonly chunks: number;

  constructor(
    store: ShardStore,
    private readonly sets: DocSets,
    private readonly regionSet: RegionSets,
    /** Body shards are fetched ahead until the chunks fetched hold this many candidates. */
    aheadDocs: number,
  ) {
    this.postings = new LiteralPostings(store, aheadDocs);
    this.titleCopies = this.postings.titleCopies;
    this.chunkSize = store.manifest.chunkSize;
    this.chunks = store.manifest.chunks;
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
      const grams = this.postings.get(field, literal, c);
      if (!grams) loaded = false;
      if (!loaded || !grams || !allPresent(grams)) continue;
      const [from, to] = [c * this.chunkSize, (c + 1) * this.chunkSize];
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
      const { chunks } = this;
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
    const grams = this.postings.get('body', literal, chunk);
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
    for (const literal of term.literals) {
      total += this.postings.leastBodyDocs(literal, chunk);
    }
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
      this.postings.wantBody(literal, chunk);
    }
  }

  /**
   * Asks for the trigram filters of a literal typed (a term without pinyin readings, or a
   * phrase) with the step's other files: its body lookups then wait for them.
   */
  wantTrigrams(literal: string): void {
    this.postings.wantTrigrams(literal);
  }

  /** Asks ahead of need for a term's chunked title postings in every chunk, where they are few. */
  wantTitleChunks(term: SearchTerm): void {
    for (const literal of term.literals) this.postings.wantTitleChunks(literal);
  }

  /** Whether a term's title matches need a gram whose title postings come by chunk. */
  titleChunked(term: SearchTerm): boolean {
    return term.literals.some((literal) => this.postings.titleChunked(literal));
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

const allPresent = (grams: readonly (Postings | null)[]): grams is readonly Postings[] =>
  grams.every((g) => g !== null);
