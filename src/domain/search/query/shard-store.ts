import {
  chunkKey,
  chunkKeyOf,
  searchShardKeys,
  shardFile,
  shardsOfFile,
  type SearchManifest,
} from '../format/index-format.ts';
import { decodePostingsShard, type PostingsShard } from '../format/postings-shard.ts';
import { DocNumbering } from '../format/doc-numbering.ts';
import { decodeTrigramFile } from '../format/trigram-filter.ts';
import { monthsOf, teaserSet, type Meta } from './facet-counts.ts';
import {
  decodeCopiesShard,
  decodeIdMapShard,
  decodeMetaSections,
  decodeSummaryShard,
  readIdsShard,
  readTitlesShard,
  type CorpusSummary,
  type DocTitle,
  type ShardRecords,
} from '../format/doc-shards.ts';

const NO_TITLE: DocTitle = { id: '', title: '', truncated: false, kind: 'article', date: null };

/**
 * The shards of one index at hand: their bytes as fetched, each decoded on first use. Asking for
 * a shard that is not here records it as missing instead of failing: a search step asks for
 * everything it can see it needs, and the caller fetches the missing files in one round
 * (`SearchIndex.step`). Shards a step will likely need next are recorded apart (`wantAhead`).
 */
export class ShardStore {
  private readonly raw = new Map<string, Uint8Array>();
  private readonly decoded = new Map<string, PostingsShard>();
  /** Ids by ids shard (`manifest.idsChunkSize` documents each), for the bookmark filter. */
  private readonly ids = new Map<number, ShardRecords<string>>();
  /** Ids, titles, kinds and dates by titles shard (`manifest.titlesChunkSize` documents each). */
  private readonly titles = new Map<number, ShardRecords<DocTitle>>();
  /** The shown documents of each id bucket by id, in the engine's numbers (`idMapOf`). */
  private readonly idMaps = new Map<number, Map<string, number>>();
  /** Trigram files by block (`trigramBlocks`). */
  private readonly trigrams = new Map<number, Uint8Array>();
  private decodedMeta: Meta | null = null;
  private decodedSummary: CorpusSummary | null = null;
  /** The meta shard's decoding under way, a section a call (`meta`). */
  private metaSections: Generator<void, Meta> | null = null;
  private readonly missing = new Set<string>();
  /**
   * Whether a shard was found missing in the current computation (the step, or the `aside` it
   * is in): a flag rather than the set's size, so that `aside` need not copy the set.
   */
  private missed = false;
  /** When the step should stop decoding and let other work in (`beginStep`), and its decodes. */
  private deadline = Infinity;
  private decodedInStep = 0;
  private readonly ahead = new Set<string>();
  /** The engine's document numbers against the files' (keys here name chunks the engine's way). */
  readonly numbering: DocNumbering;
  /** Whether the copies are hidden in `numbering` (or there are none): nothing is decoded before. */
  private copiesHidden: boolean;

  constructor(readonly manifest: SearchManifest) {
    this.numbering = new DocNumbering(manifest);
    this.copiesHidden = manifest.copies === 0;
  }

  /**
   * Whether shards can be decoded and `numbering.shown` is final: once the copies are hidden,
   * since decoding drops them. The copies shard is asked for with whatever the first step asks
   * for, so it costs no round.
   */
  numbered(): boolean {
    if (this.copiesHidden) return true;
    const bytes = this.take(searchShardKeys.copies());
    if (!bytes) return false;
    this.numbering.hide(decodeCopiesShard(bytes));
    this.copiesHidden = true;
    return true;
  }

  /**
   * Whether decoding the shard `key` waits for the copies' numbers; if so, it is recorded as
   * missing too unless its bytes are here.
   */
  private beforeCopies(key: string): boolean {
    if (this.numbered()) return false;
    if (!this.raw.has(key)) this.markMissing(key);
    return true;
  }

  /** Hands over a fetched file (`shardFile`): a shard, or a group of chunks' shards. */
  addFile(file: string, bytes: Uint8Array): void {
    for (const [fileKey, shard] of shardsOfFile(file, bytes)) {
      const key = this.turnKey(fileKey);
      if (!this.decoded.has(key)) this.raw.set(key, shard);
    }
  }

  /** A chunk's shard key with its chunk numbered the other way (files ⇄ engine); others as they are. */
  private turnKey(key: string): string {
    const chunked = chunkKeyOf(key);
    if (!chunked) return key;
    return chunkKey(chunked.field, chunked.route, this.numbering.chunk(chunked.chunk));
  }

  /** Decodes every shard handed over so far, so that no later query pays for decoding. */
  decodeAll(): void {
    // Whatever budget the last step had.
    this.beginStep();
    for (const key of [...this.raw.keys()]) {
      if (key === searchShardKeys.copies()) this.numbered();
      else if (key === searchShardKeys.meta()) this.meta();
      else if (key === searchShardKeys.summary()) this.summary();
      else if (key.startsWith('ids/')) this.idsOf(Number(key.slice(4)));
      else if (key.startsWith('titles/')) this.titlesOf(Number(key.slice(7)));
      else if (key.startsWith('idmap/')) this.idMapOf(Number(key.slice(6)));
      else if (key.startsWith('trigrams/')) this.trigramBlocks(Number(key.slice(9)));
      else this.postings(key);
    }
  }

  /** Whether a shard's bytes are at hand (decoded or not). */
  has(key: string): boolean {
    if (key === searchShardKeys.meta() && (this.decodedMeta || this.metaSections)) return true;
    if (key === searchShardKeys.summary() && this.decodedSummary) return true;
    return (
      this.raw.has(key) ||
      this.decoded.has(key) ||
      this.ids.has(blockOf(key, 'ids/')) ||
      this.titles.has(blockOf(key, 'titles/')) ||
      this.idMaps.has(blockOf(key, 'idmap/')) ||
      this.trigrams.has(blockOf(key, 'trigrams/'))
    );
  }

  /** Whether something asked for since the step began is missing: the step cannot finish. */
  lacking(): boolean {
    return this.missed;
  }

  private markMissing(key: string): void {
    this.missing.add(key);
    this.missed = true;
  }

  /**
   * Runs `compute` as if nothing were missing yet, then keeps what it found missing besides:
   * code that stops at the first missing shard (`lacking`) can then look past one already known.
   */
  aside<T>(compute: () => T): T {
    const before = this.missed;
    this.missed = false;
    try {
      return compute();
    } finally {
      this.missed ||= before;
    }
  }

  /**
   * Starts a search step: nothing missing, nothing wanted ahead yet. Past `budgetMs` of it, the
   * step stops before decoding a shard, as if one were missing (`lacking`) but with nothing to
   * fetch: see `SearchIndexTuning.countStepMs`.
   */
  beginStep(budgetMs = Infinity): void {
    this.missing.clear();
    this.missed = false;
    this.ahead.clear();
    this.deadline = budgetMs === Infinity ? Infinity : performance.now() + budgetMs;
    this.decodedInStep = 0;
  }

  /**
   * Whether the step is past its time; if so, it is now lacking. A step decodes one shard at
   * least, so that a search in steps always gets on.
   */
  outOfTime(): boolean {
    if (this.decodedInStep === 0 || performance.now() <= this.deadline) return false;
    this.missed = true;
    return true;
  }

  /** The files holding the shards found missing, and those wanted ahead of need, each once. */
  filesToLoad(): { needed: Set<string>; ahead: Set<string> } {
    const needed = this.filesOf(this.missing);
    const ahead = this.filesOf([...this.ahead].filter((key) => !this.has(key)));
    for (const file of needed) ahead.delete(file);
    return { needed, ahead };
  }

  private filesOf(keys: Iterable<string>): Set<string> {
    return new Set([...keys].map((key) => shardFile(this.turnKey(key), this.manifest)));
  }

  /** Records a shard the step will likely need after the missing ones. */
  wantAhead(key: string): void {
    if (!this.has(key)) this.ahead.add(key);
  }

  /** A postings shard (title or body), or undefined while missing. */
  postings(key: string): PostingsShard | undefined {
    let grams = this.decoded.get(key);
    if (grams) return grams;
    if (this.beforeCopies(key) || this.outOfTime()) return undefined;
    const bytes = this.take(key);
    if (!bytes) return undefined;
    grams = decodePostingsShard(bytes, this.numbering);
    this.decoded.set(key, grams);
    this.decodedInStep++;
    return grams;
  }

  /** The whole corpus counted, or null while missing. */
  summary(): CorpusSummary | null {
    if (this.decodedSummary) return this.decodedSummary;
    const bytes = this.take(searchShardKeys.summary());
    return bytes ? (this.decodedSummary = decodeSummaryShard(bytes)) : null;
  }

  /**
   * The meta shard and what derives from it, or null while missing. Decoded a section a step
   * when steps have a budget (counting): in one piece it held a worker 0.3 s at a million
   * documents, and a keystroke typed meanwhile waited for all of it.
   */
  meta(): Meta | null {
    if (this.decodedMeta) return this.decodedMeta;
    if (this.beforeCopies(searchShardKeys.meta()) || this.outOfTime()) return null;
    if (!this.metaSections) {
      const bytes = this.take(searchShardKeys.meta());
      if (!bytes) return null;
      this.metaSections = this.decodeMeta(bytes);
    }
    for (;;) {
      const next = this.metaSections.next();
      this.decodedInStep++;
      if (next.done) {
        this.metaSections = null;
        return (this.decodedMeta = next.value);
      }
      if (this.outOfTime()) return null;
    }
  }

  private *decodeMeta(bytes: Uint8Array): Generator<void, Meta> {
    const decoded = yield* decodeMetaSections(bytes);
    yield;
    const meta = this.numbering.turnMeta(decoded);
    yield;
    return { ...meta, ...monthsOf(meta.days), teasers: teaserSet(meta.kinds) };
  }

  /**
   * The documents a search can show among those of an id bucket, by id, in the engine's
   * numbers; null while missing. Only once the copies are known, which it leaves out.
   */
  idMapOf(bucket: number): Map<string, number> | null {
    const known = this.idMaps.get(bucket);
    if (known) return known;
    const key = searchShardKeys.idMap(bucket);
    if (this.beforeCopies(key)) return null;
    const bytes = this.take(key);
    if (!bytes) return null;
    const shown = new Map<string, number>();
    for (const [id, file] of decodeIdMapShard(bytes)) {
      const doc = this.numbering.doc(file);
      if (this.numbering.isShown(doc)) shown.set(id, doc);
    }
    this.idMaps.set(bucket, shown);
    return shown;
  }

  /**
   * Block `block` of every filtered chunk's trigram filter, the chunks in the files' order
   * (`decodeTrigramFile`), or undefined while missing.
   */
  trigramBlocks(block: number): Uint8Array | undefined {
    const known = this.trigrams.get(block);
    if (known) return known;
    const bytes = this.take(searchShardKeys.trigrams(block));
    if (!bytes) return undefined;
    const blocks = decodeTrigramFile(bytes);
    this.trigrams.set(block, blocks);
    return blocks;
  }

  /** The ids of an ids shard's documents, or null while missing. */
  idsOf(block: number): ShardRecords<string> | null {
    // A followed search's new matches are named by id, of documents shown: once the copies are known.
    if (this.beforeCopies(searchShardKeys.ids(block))) return null;
    return this.recordsOf(this.ids, searchShardKeys.ids(block), block, readIdsShard);
  }

  /** Ids, titles, kinds and dates of a titles shard's documents, or null while missing. */
  titlesOf(block: number): ShardRecords<DocTitle> | null {
    return this.recordsOf(this.titles, searchShardKeys.titles(block), block, readTitlesShard);
  }

  /** The ids of document `doc`'s ids shard, or null while missing. */
  idsFor(doc: number): ShardRecords<string> | null {
    return this.idsOf(Math.floor(this.numbering.doc(doc) / this.manifest.idsChunkSize));
  }

  /** The titles of document `doc`'s titles shard, or null while missing. */
  titlesFor(doc: number): ShardRecords<DocTitle> | null {
    return this.titlesOf(Math.floor(this.numbering.doc(doc) / this.manifest.titlesChunkSize));
  }

  /** The id of document number `doc`; its ids shard must be loaded. */
  idOf(doc: number): string {
    const size = this.manifest.idsChunkSize;
    const n = this.numbering.doc(doc);
    return this.ids.get(Math.floor(n / size))?.at(n % size) ?? '';
  }

  /** Id, title, kind and date of document number `doc`; its titles shard must be loaded. */
  titleOf(doc: number): DocTitle {
    const size = this.manifest.titlesChunkSize;
    const n = this.numbering.doc(doc);
    return this.titles.get(Math.floor(n / size))?.at(n % size) ?? NO_TITLE;
  }

  /** The key of the shard holding a document's id and title. */
  titlesKey(doc: number): string {
    return searchShardKeys.titles(
      Math.floor(this.numbering.doc(doc) / this.manifest.titlesChunkSize),
    );
  }

  /** A per-document shard's reader, made from its fetched bytes once; null while missing. */
  private recordsOf<T>(
    cache: Map<number, ShardRecords<T>>,
    key: string,
    block: number,
    read: (bytes: Uint8Array) => ShardRecords<T>,
  ): ShardRecords<T> | null {
    const have = cache.get(block);
    if (have) return have;
    const bytes = this.take(key);
    if (!bytes) return null;
    const records = read(bytes);
    cache.set(block, records);
    return records;
  }

  /** A shard's bytes, handed over for decoding (and dropped here); recorded if missing. */
  private take(key: string): Uint8Array | undefined {
    const bytes = this.raw.get(key);
    if (!bytes) {
      this.markMissing(key);
      return undefined;
    }
    this.raw.delete(key);
    return bytes;
  }
}

/** The block an `ids/<n>` or `titles/<n>` key (by `prefix`) names, or -1 for any other key. */
const blockOf = (key: string, prefix: string) =>
  key.startsWith(prefix) ? Number(key.slice(prefix.length)) : -1;
