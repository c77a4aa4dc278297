import {
  gramRoute,
  searchShardKeys,
  type Postings,
  type SearchField,
  type SearchManifest,
} from '../format/index-format.ts';
import { blockMayHold, literalTrigrams, type TrigramHash } from '../format/trigram-filter.ts';
import { lowerBound } from './bitset.ts';
import { GroupCopies } from './group-copies.ts';
import { gramsOf } from './match-grams.ts';
import type { ShardStore } from './shard-store.ts';

/**
 * A literal's grams and, once looked up, their postings per field and chunk. A gram's title
 * postings in a chunk are its chunk's shard for a gram whose title postings are cut into chunks,
 * else the chunk's stretch of its postings over the whole corpus.
 */
interface Lookup {
  grams: string[];
  /** The trigrams its bodies are checked by (`literalTrigrams`). */
  trigrams: TrigramHash[];
  /**
   * Whether their files were asked for (`wantTrigrams`): a step then waits for them. Otherwise
   * only those at hand are read, and a chunk they cannot speak for may hold the literal.
   */
  trigramsAsked: boolean;
  title: (readonly (Postings | null)[] | undefined)[];
  body: (readonly (Postings | null)[] | undefined)[];
}

const LOOKUP_LIMIT = 4096;

/**
 * A chunked gram's title postings in up to this many files (of about 32 KB: `bodyFileBytes`)
 * are asked for whole with the first round, when a query reads them where the other terms are
 * (`wantTitleChunks`).
 */
const TITLE_FILES_AHEAD = 8;

/** A literal's grams in a chunk whose bodies lack one of them. */
const ABSENT: readonly (Postings | null)[] = [null];

/**
 * The postings of each literal's grams per field and chunk, from the shards at hand: which shard
 * holds a gram, which chunks its title shard says bodies hold it in, and which shards to fetch
 * ahead of need. Every method returns undefined while a shard it needs is missing, which the
 * store records for the next round.
 */
export class LiteralPostings {
  private readonly own: Record<SearchField, Set<string>>;
  /** Grams whose title postings come by chunk (`SearchManifest.chunkedTitles`). */
  private readonly chunkedTitles: Set<string>;
  private readonly lookups = new Map<string, Lookup>();
  private readonly routes: Record<SearchField, Map<string, string>> = {
    title: new Map(),
    body: new Map(),
  };
  /** Title entries of grams that pinyin groups hold copies of. */
  readonly titleCopies: GroupCopies;
  private readonly manifest: SearchManifest;

  constructor(
    private readonly store: ShardStore,
    /** Body shards are fetched ahead until the chunks fetched hold this many candidates. */
    private readonly aheadDocs: number,
  ) {
    this.manifest = store.manifest;
    this.titleCopies = new GroupCopies(store);
    this.own = { title: new Set(this.manifest.own.title), body: new Set(this.manifest.own.body) };
    this.chunkedTitles = new Set(this.manifest.chunkedTitles);
  }

  /** A gram's route in a field, worked out once: a query asks for it for every chunk. */
  private route(field: SearchField, gram: string): string {
    const routes = this.routes[field];
    let route = routes.get(gram);
    if (route === undefined) {
      if (routes.size >= LOOKUP_LIMIT) routes.clear();
      routes.set(gram, (route = gramRoute(gram, field, this.manifest, this.own[field])));
    }
    return route;
  }

  /** The shard of a gram's postings in a field and chunk (`titleShard` for a bucket's titles). */
  private shardKey(field: SearchField, gram: string, chunk: number): string {
    const route = this.route(field, gram);
    if (field === 'body') return searchShardKeys.body(route, chunk);
    if (this.chunkedTitles.has(gram)) return searchShardKeys.titleChunk(route, chunk);
    return this.titleShard(gram);
  }

  /**
   * A gram's title shard, which says where bodies hold it and holds a bucket's title postings:
   * from a pinyin group unless its own is at hand.
   */
  private titleShard(gram: string): string {
    const route = this.route('title', gram);
    return this.titleCopies.shardOf(searchShardKeys.title(route), gram);
  }

  /** A gram's postings in a field and chunk; its documents alone unless `positions`. */
  private postings(
    field: SearchField,
    gram: string,
    chunk: number,
    positions: boolean,
  ): Postings | null | undefined {
    const grams = this.store.postings(this.shardKey(field, gram, chunk));
    // A chunked gram's title shard is small (where bodies hold it); the body tiers read it next.
    if (field === 'title' && this.chunkedTitles.has(gram)) {
      this.store.wantAhead(this.titleShard(gram));
    }
    if (grams === undefined) return undefined;
    return positions ? grams.get(gram) : grams.docs(gram);
  }

  /**
   * How many documents of a chunk hold a gram in their body, from the gram's title shard (which
   * says so without any body shard); undefined while that shard is missing.
   */
  private bodyDocs(gram: string, chunk: number): number | undefined {
    const shard = this.store.postings(this.titleShard(gram));
    return shard === undefined ? undefined : (shard.bodyDocs(gram)?.[chunk] ?? 0);
  }

  /**
   * Whether every gram occurs in the chunk's bodies, and every trigram checked may (the chunk's
   * trigram filter); undefined while title shards or filters are missing.
   */
  private bodyHasAll(entry: Lookup, chunk: number): boolean | undefined {
    let all: boolean | undefined = true;
    for (const gram of entry.grams) {
      const docs = this.bodyDocs(gram, chunk);
      if (docs === undefined) all = undefined;
      else if (docs === 0) return false;
    }
    const filtered = this.trigramsMayBeIn(entry, chunk);
    return filtered === false ? false : filtered === undefined ? undefined : all;
  }

  /**
   * Whether the chunk's trigram filter may hold every trigram the literal is checked by: true
   * for a chunk without a filter (the newest, still filling); undefined while a file is missing.
   */
  private trigramsMayBeIn(entry: Lookup, chunk: number): boolean | undefined {
    const { blocks, chunks } = this.manifest.trigrams;
    // The filters are in the files' order of chunks, the engine's the other way round.
    const inFiles = this.manifest.chunks - 1 - chunk;
    if (blocks === 0 || inFiles >= chunks) return true;
    let known = true;
    for (const hash of entry.trigrams) {
      const block = hash.block & (blocks - 1);
      if (!entry.trigramsAsked && !this.store.has(searchShardKeys.trigrams(block))) continue;
      const file = this.store.trigramBlocks(block);
      if (!file) known = false;
      else if (!blockMayHold(file, inFiles, hash)) return false;
    }
    return known ? true : undefined;
  }

  /**
   * Asks ahead of need for the trigram files a literal is checked by, and has its body lookups
   * wait for them: for the text a query typed, not the words its pinyin may spell (`ka` spells
   * 24), whose filters cost a file each (8–15 KB gzip at a million documents) and rarely help.
   */
  wantTrigrams(literal: string): void {
    const { blocks } = this.manifest.trigrams;
    if (blocks === 0) return;
    const entry = this.lookup(literal);
    entry.trigramsAsked = true;
    for (const hash of entry.trigrams) {
      this.store.wantAhead(searchShardKeys.trigrams(hash.block & (blocks - 1)));
    }
  }

  /** A literal's lookup entry, made on first use. */
  private lookup(literal: string): Lookup {
    let entry = this.lookups.get(literal);
    if (!entry) {
      if (this.lookups.size >= LOOKUP_LIMIT) this.lookups.clear();
      const trigrams = literalTrigrams(literal);
      entry = { grams: gramsOf(literal), trigrams, trigramsAsked: false, title: [], body: [] };
      this.lookups.set(literal, entry);
    }
    return entry;
  }

  /**
   * Body shards to fetch along with a missing one of chunk n, among the later chunks whose bodies
   * may hold the literal (the title shards say which, and how many documents), until they hold
   * as many candidates as the chunks before n, and with chunk n at least `aheadDocs` (64):
   *
   * - the query has gone past those candidates without filling its page, so it will likely need
   *   as many more. That turns a walk through 31 chunks into about 5 rounds of requests instead
   *   of 31, downloading at most about twice what is needed. Counted in candidates, not chunks:
   *   at a million generated documents the newest 85 chunks are mostly teasers, with no body,
   *   and counting them as chunks walked fetched 85 chunks of 学生's bodies (6 MB) along with
   *   the first that holds thousands;
   * - a literal found in a few documents here and there cannot fill a page from them, so the
   *   chunks it is sparse in are fetched in one round rather than one round each.
   */
  private wantAhead(entry: Lookup, chunk: number): void {
    let walked = 0;
    for (let before = 0; before < chunk; before++) walked += this.leastDocs(entry, before);
    const own = this.leastDocs(entry, chunk);
    let ahead = 0;
    for (
      let next = chunk + 1;
      next < this.manifest.chunks && (ahead < walked || own + ahead < this.aheadDocs);
      next++
    ) {
      const docs = this.leastDocs(entry, next);
      if (docs === 0) continue;
      ahead += docs;
      for (const gram of entry.grams) this.store.wantAhead(this.shardKey('body', gram, next));
    }
  }

  /**
   * The fewest documents of a chunk holding one of a literal's grams in their body: an upper
   * bound on its matches there (0 too while a title shard is missing, and where the chunk's
   * trigram filter rules it out).
   */
  leastBodyDocs(literal: string, chunk: number): number {
    return this.leastDocs(this.lookup(literal), chunk);
  }

  private leastDocs(entry: Lookup, chunk: number): number {
    let least = Infinity;
    for (const gram of entry.grams) least = Math.min(least, this.bodyDocs(gram, chunk) ?? 0);
    if (least === Infinity || least === 0) return 0;
    return this.trigramsMayBeIn(entry, chunk) === false ? 0 : least;
  }

  /**
   * The postings of a literal's grams (its one unit, or each bigram in order) in one field and
   * chunk, null for a gram that occurs nowhere there; undefined while a shard is missing. Kept
   * per literal, since verifying documents one by one asks for the same lists again and again.
   */
  get(
    field: SearchField,
    literal: string,
    chunk: number,
  ): readonly (Postings | null)[] | undefined {
    const entry = this.lookup(literal);
    const known = entry[field][chunk];
    if (known) return known;
    const list =
      field === 'body' ? this.bodyList(entry, chunk) : this.titleList(entry.grams, chunk);
    if (list) entry[field][chunk] = list;
    return list;
  }

  private bodyList(entry: Lookup, chunk: number): readonly (Postings | null)[] | undefined {
    // A chunk whose bodies lack one of the grams, or one of the trigrams, cannot match: no body
    // shard is fetched for it.
    const present = this.bodyHasAll(entry, chunk);
    if (present === undefined) return undefined;
    if (!present) return ABSENT;
    const list = this.chunkPostings('body', entry.grams, chunk);
    if (!list) this.wantAhead(entry, chunk);
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
      const p = this.postings('title', gram, chunk, grams.length > 1);
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
      const p = this.postings(field, gram, chunk, grams.length > 1);
      if (p === undefined) loaded = false;
      else list.push(p);
    }
    return loaded ? list : undefined;
  }

  /** Asks ahead of need for a literal's body shards of a chunk, where its bodies hold it. */
  wantBody(literal: string, chunk: number): void {
    const entry = this.lookup(literal);
    if (this.bodyHasAll(entry, chunk) !== true) return;
    for (const gram of entry.grams) this.store.wantAhead(this.shardKey('body', gram, chunk));
  }

  /**
   * Asks ahead of need for every chunk's title postings of a literal's chunked grams, where they
   * come in few files: what a query that reads them only where its other terms are (重庆 党建)
   * asks for in its second round, once those terms' titles are in, is then there after its
   * first. A word in titles everywhere (教育, 74 files at a million documents) is left to that.
   */
  wantTitleChunks(literal: string): void {
    for (const gram of gramsOf(literal)) {
      if (!this.chunkedTitles.has(gram)) continue;
      // A route missing from `titleFiles` has a file a chunk.
      const route = this.manifest.titleFiles[this.route('title', gram)];
      const files = route?.length ?? this.manifest.chunks;
      if (files > TITLE_FILES_AHEAD) continue;
      for (let chunk = 1; chunk < this.manifest.chunks; chunk++) {
        this.store.wantAhead(this.shardKey('title', gram, chunk));
      }
    }
  }

  /** Whether a literal's title postings need a gram whose title postings come by chunk. */
  titleChunked(literal: string): boolean {
    return gramsOf(literal).some((gram) => this.chunkedTitles.has(gram));
  }
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
