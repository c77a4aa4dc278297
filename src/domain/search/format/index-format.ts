import type { IsoDate, ItemKind } from '../../bundle/bundle.ts';
import { VarintReader, VarintWriter } from './varint.ts';

/** Bumped on any incompatible change to the manifest or the shards. */
export const SEARCH_INDEX_FORMAT = 4;

/** The two indexed fields; titles are indexed apart so that title hits need no body shard. */
export type SearchField = 'title' | 'body';

/**
 * `search/manifest.json`: what a client must know before loading any shard. It names no gram's
 * postings, only which grams are big enough for a shard of their own; every other gram lives in a
 * hash bucket, so the manifest stays small however large the corpus.
 */
export interface SearchManifest {
  format: typeof SEARCH_INDEX_FORMAT;
  docCount: number;
  /** Documents per body chunk (a multiple of 32); chunk 0 holds the newest. */
  chunkSize: number;
  chunks: number;
  /** Documents per ids shard (`ids/<n>` holds documents n·idsChunkSize …). Only the bookmark
   * filter reads them (hits take their ids from the titles shards), and it reads them all. */
  idsChunkSize: number;
  /** Documents per titles shard (`titles/<n>` holds documents n·titlesChunkSize …): what a
   * result shows before its item file arrives, and its id. Small, since neither compresses much. */
  titlesChunkSize: number;
  /**
   * Body routes whose chunks share files: the first chunk of each file, in order (`shardFile`).
   * A route not listed has a file per chunk. A rare gram's postings in a chunk are a few hundred
   * bytes, and a request costs more than that, so small chunks of a route travel together.
   */
  bodyFiles: Record<string, number[]>;
  /** Grams (1 or 2 UTF-16 units of folded text) with a shard of their own, per field. */
  own: Record<SearchField, string[]>;
  /** Hash buckets for all other grams, per field. */
  buckets: Record<SearchField, number>;
  /** Region codes and topic ids used by documents; the meta shard refers to them by index. */
  regions: string[];
  topics: string[];
}

/**
 * One gram's occurrences in one field: documents in increasing order and, for two-unit grams,
 * the positions (in folded UTF-16 units) where it starts in each document.
 */
export interface Postings {
  docs: Uint32Array;
  /** `positions[starts[i] .. starts[i+1])` belong to `docs[i]`; null for one-unit grams. */
  starts: Uint32Array | null;
  positions: Uint32Array | null;
}

/** Per-document facts for filters and facets, for the whole corpus. */
export interface DocMeta {
  /** Days since 1970-01-01, or -1 when undated. */
  days: Int32Array;
  /** 0 article, 1 teaser. */
  kinds: Uint8Array;
  /** CSR lists of indexes into the manifest's `regions` and `topics`. */
  regionStarts: Uint32Array;
  regionList: Uint16Array;
  topicStarts: Uint32Array;
  topicList: Uint16Array;
}

/** The 32-bit FNV-1a hash of a gram; it picks the bucket, so it must never change. */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const hex = (gram: string) =>
  Array.from({ length: gram.length }, (_, i) =>
    gram.charCodeAt(i).toString(16).padStart(4, '0'),
  ).join('');

/**
 * The part of a shard key that names a gram's group: `g<hex>` for a gram with its own shard,
 * `h<bucket>` otherwise. Hex keeps the keys safe as file names on any host.
 */
export function gramRoute(
  gram: string,
  field: SearchField,
  manifest: SearchManifest,
  own?: ReadonlySet<string>,
): string {
  if (own ? own.has(gram) : manifest.own[field].includes(gram)) return `g${hex(gram)}`;
  return `h${gramHash(gram) % Math.max(1, manifest.buckets[field])}`;
}

/** Keys of every shard; a key maps to the file `search/<key>.bin`. */
export const searchShardKeys = {
  meta: () => 'meta',
  ids: (block: number) => `ids/${block}`,
  titles: (block: number) => `titles/${block}`,
  title: (route: string) => `title/${route}`,
  body: (route: string, chunk: number) => `body/${route}/${chunk}`,
} as const;

/**
 * The file that holds a shard: a body shard's route may group its chunks (`bodyFiles`), every
 * other shard is a file of its own. Files map to `search/<file>.bin` like keys.
 */
export function shardFile(key: string, manifest: SearchManifest): string {
  const body = bodyKeyOf(key);
  const firsts = body && manifest.bodyFiles[body.route];
  if (!body || !firsts) return key;
  let first = 0;
  for (const start of firsts) if (start <= body.chunk) first = start;
  return searchShardKeys.body(body.route, first);
}

/** The route and chunk a `body/<route>/<chunk>` key names; null for any other key. */
function bodyKeyOf(key: string): { route: string; chunk: number } | null {
  const match = /^body\/([^/]+)\/(\d+)$/.exec(key);
  return match ? { route: match[1] ?? '', chunk: Number(match[2]) } : null;
}

const MAGIC = { postings: 0x50, meta: 0x4d, ids: 0x49, titles: 0x54, group: 0x47 } as const;

/**
 * Packs the shards of consecutive chunks of a body route into one file (the shards as they are,
 * after their lengths). A group of one is the shard itself.
 */
export function encodeShardGroup(shards: readonly Uint8Array[]): Uint8Array {
  if (shards.length === 1 && shards[0]) return shards[0];
  const w = new VarintWriter(16 + shards.reduce((n, s) => n + s.length + 5, 0));
  w.write(MAGIC.group);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(shards.length);
  for (const shard of shards) w.write(shard.length);
  for (const shard of shards) w.append(shard);
  return w.finish();
}

/**
 * The shards a fetched file holds, by key: the file's own shard, or each chunk's of a body group
 * (`encodeShardGroup`, named by its first chunk). Views into `bytes`, not copies.
 */
export function shardsOfFile(file: string, bytes: Uint8Array): [key: string, bytes: Uint8Array][] {
  const body = bodyKeyOf(file);
  if (!body || bytes[0] !== MAGIC.group) return [[file, bytes]];
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.group, 'group');
  const lengths = Array.from({ length: r.read() }, () => r.read());
  let offset = r.offset;
  return lengths.map((length, i) => {
    const end = offset + length;
    if (end > bytes.length) throw new Error('Truncated search shard.');
    const part = bytes.subarray(offset, end);
    offset = end;
    return [searchShardKeys.body(body.route, body.chunk + i), part];
  });
}

function expectMagic(reader: VarintReader, magic: number, what: string): void {
  if (reader.read() !== magic || reader.read() !== SEARCH_INDEX_FORMAT) {
    throw new Error(`Not a search ${what} shard of format ${SEARCH_INDEX_FORMAT}.`);
  }
}

/**
 * In a title shard, for a gram: each chunk whose bodies hold it, with how many documents do, in
 * increasing chunk order. A body shard is fetched only for a chunk listed here, and terms are
 * ordered by these counts, so a gram absent from most chunks costs no request for them.
 */
export type BodyPresence = readonly (readonly [chunk: number, docs: number])[];

/** One gram of a shard: its postings in the shard's field (null if none) and, in title shards,
 * where it occurs in bodies. */
export type ShardEntry = readonly [gram: string, postings: Postings | null, body?: BodyPresence];

/** One decoded shard: grams are decoded on first use, since a query needs a handful of them. */
export interface PostingsShard {
  /** The gram's postings, or null when the shard holds no such gram. */
  get(gram: string): Postings | null;
  /**
   * Title shards: per chunk, how many documents hold the gram in their body (a missing or zero
   * entry: none); null when no body holds it.
   */
  bodyDocs(gram: string): readonly number[] | null;
}

/**
 * Appends one gram's postings: its documents and, when `starts` is given (one more entry than
 * `docs`, into `positions`), its positions in each. Takes plain arrays too, so the index builder
 * writes what it collected without copying it into typed arrays first.
 */
export function writePostings(
  w: VarintWriter,
  docs: ArrayLike<number>,
  starts: ArrayLike<number> | null,
  positions: ArrayLike<number> | null,
): void {
  w.write(docs.length);
  let previous = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    w.write(doc - previous);
    previous = doc;
  }
  w.write(starts && positions ? 1 : 0);
  if (starts && positions) {
    for (let i = 0; i < docs.length; i++) {
      const from = starts[i] ?? 0;
      const to = starts[i + 1] ?? 0;
      w.write(to - from);
      let last = 0;
      for (let j = from; j < to; j++) {
        const pos = positions[j] ?? 0;
        w.write(pos - last);
        last = pos;
      }
    }
  }
}

function encodePostings(p: Postings): Uint8Array {
  const w = new VarintWriter();
  writePostings(w, p.docs, p.starts, p.positions);
  return w.finish();
}

function decodePostings(r: VarintReader): Postings {
  const docs = new Uint32Array(r.read());
  let doc = 0;
  for (let i = 0; i < docs.length; i++) docs[i] = doc += r.read();
  if (r.read() === 0) return { docs, starts: null, positions: null };
  const starts = new Uint32Array(docs.length + 1);
  let positions = new Uint32Array(docs.length * 2);
  let length = 0;
  for (let i = 0; i < docs.length; i++) {
    const count = r.read();
    if (length + count > positions.length) {
      const grown = new Uint32Array(Math.max(positions.length * 2, length + count));
      grown.set(positions);
      positions = grown;
    }
    let pos = 0;
    for (let j = 0; j < count; j++) positions[length++] = pos += r.read();
    starts[i + 1] = length;
  }
  return { docs, starts, positions: positions.slice(0, length) };
}

/**
 * Encodes the entries of several grams (sorted by the caller for stable bytes): a directory of
 * grams with the byte length of each one's postings (0: none in this field) and its body
 * presence, then the postings, so a reader can find one gram without decoding the others.
 */
export function encodePostingsShard(grams: readonly ShardEntry[]): Uint8Array {
  return encodeEncodedShard(
    grams.map(([gram, p, body]) => [gram, p ? encodePostings(p) : new Uint8Array(), body]),
  );
}

/** A shard entry whose postings are already encoded (`writePostings`); empty: none. */
export type EncodedShardEntry = readonly [gram: string, postings: Uint8Array, body?: BodyPresence];

/** `encodePostingsShard` from postings encoded beforehand, on whichever thread built them. */
export function encodeEncodedShard(grams: readonly EncodedShardEntry[]): Uint8Array {
  let size = 16;
  for (const [, block, body] of grams) size += block.length + 16 + (body?.length ?? 0) * 6;
  const w = new VarintWriter(size);
  w.write(MAGIC.postings);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(grams.length);
  for (const [gram, block, body = []] of grams) {
    w.write(gram.length);
    for (let u = 0; u < gram.length; u++) w.write(gram.charCodeAt(u));
    w.write(block.length);
    w.write(body.length);
    let next = 0;
    for (const [chunk, docs] of body) {
      w.write(chunk - next);
      w.write(docs);
      next = chunk + 1;
    }
  }
  for (const [, block] of grams) w.append(block);
  return w.finish();
}

/** Reads a postings shard's directory; each gram's postings are decoded when first asked for. */
export function decodePostingsShard(bytes: Uint8Array): PostingsShard {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.postings, 'postings');
  const directory: [string, number][] = [];
  const presence = new Map<string, number[]>();
  for (let g = r.read(); g > 0; g--) {
    let gram = '';
    for (let n = r.read(); n > 0; n--) gram += String.fromCharCode(r.read());
    directory.push([gram, r.read()]);
    const chunks = r.read();
    if (chunks > 0) {
      const counts: number[] = [];
      let next = 0;
      for (let k = 0; k < chunks; k++) {
        const chunk = next + r.read();
        while (counts.length < chunk) counts.push(0);
        counts.push(r.read());
        next = chunk + 1;
      }
      presence.set(gram, counts);
    }
  }
  const where = new Map<string, [number, number]>();
  let offset = r.offset;
  for (const [gram, length] of directory) {
    if (length > 0) where.set(gram, [offset, offset + length]);
    offset += length;
  }
  const decoded = new Map<string, Postings>();
  return {
    get(gram) {
      const hit = decoded.get(gram);
      if (hit) return hit;
      const range = where.get(gram);
      if (!range) return null;
      const postings = decodePostings(new VarintReader(bytes, range[0], range[1]));
      decoded.set(gram, postings);
      return postings;
    },
    bodyDocs(gram) {
      return presence.get(gram) ?? null;
    },
  };
}

/** Encodes the per-document facts of the whole corpus. */
export function encodeMetaShard(meta: DocMeta): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.meta);
  w.write(SEARCH_INDEX_FORMAT);
  const n = meta.days.length;
  w.write(n);
  for (let i = 0; i < n; i++) w.write((meta.days[i] ?? -1) + 1);
  for (let i = 0; i < n; i++) w.write(meta.kinds[i] ?? 0);
  for (const [starts, list] of [
    [meta.regionStarts, meta.regionList],
    [meta.topicStarts, meta.topicList],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const from = starts[i] ?? 0;
      const to = starts[i + 1] ?? 0;
      w.write(to - from);
      for (let j = from; j < to; j++) w.write(list[j] ?? 0);
    }
  }
  return w.finish();
}

/** Decodes the meta shard. */
export function decodeMetaShard(bytes: Uint8Array): DocMeta {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.meta, 'meta');
  const n = r.read();
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) days[i] = r.read() - 1;
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) kinds[i] = r.read();
  const lists = () => {
    const starts = new Uint32Array(n + 1);
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let k = r.read(); k > 0; k--) values.push(r.read());
      starts[i + 1] = values.length;
    }
    return [starts, Uint16Array.from(values)] as const;
  };
  const [regionStarts, regionList] = lists();
  const [topicStarts, topicList] = lists();
  return { days, kinds, regionStarts, regionList, topicStarts, topicList };
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** Encodes the ids of one ids shard's documents, in order. */
export function encodeIdsShard(ids: readonly string[]): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.ids);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(ids.length);
  for (const id of ids) {
    const bytes = utf8.encode(id);
    w.write(bytes.length);
    for (const b of bytes) w.write(b);
  }
  return w.finish();
}

/**
 * The records of an ids or titles shard, one per document in order, each decoded when asked for:
 * a page needs 20 of a shard's records, and decoding every record of each shard a page spread
 * over the corpus touches was most of the CPU that page cost.
 */
export interface ShardRecords<T> {
  readonly length: number;
  /** The record of the shard's `i`-th document; undefined outside [0, length). */
  at(i: number): T | undefined;
}

/** Reads an ids shard's layout (checking it whole); each id is decoded on demand. */
export function readIdsShard(bytes: Uint8Array): ShardRecords<string> {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.ids, 'ids');
  const starts = new Uint32Array(r.read());
  for (let i = 0; i < starts.length; i++) {
    starts[i] = r.offset;
    for (let n = r.read(); n > 0; n--) r.read();
  }
  return {
    length: starts.length,
    at(i) {
      if (!(i >= 0 && i < starts.length)) return undefined;
      const id = new VarintReader(bytes, starts[i]);
      const b = new Uint8Array(id.read());
      for (let k = 0; k < b.length; k++) b[k] = id.read();
      return fromUtf8.decode(b);
    },
  };
}

/** Decodes an ids shard. */
export function decodeIdsShard(bytes: Uint8Array): string[] {
  const ids = readIdsShard(bytes);
  return Array.from({ length: ids.length }, (_, i) => ids.at(i) ?? '');
}

/** What a result shows of a document before its item file is loaded, and its id to link to. */
export interface DocTitle {
  id: string;
  title: string;
  /** The source cut the title short (a teaser's `truncated`). */
  truncated: boolean;
  kind: ItemKind;
  /** The date results are ordered by (`SearchDoc.date`). */
  date: IsoDate | null;
}

function writeText(w: VarintWriter, text: string): void {
  const bytes = utf8.encode(text);
  w.write(bytes.length);
  w.append(bytes);
}

function readText(r: VarintReader, bytes: Uint8Array): string {
  const length = r.read();
  const end = r.offset + length;
  if (end > bytes.length) throw new Error('Truncated search shard.');
  const text = fromUtf8.decode(bytes.subarray(r.offset, end));
  r.offset = end;
  return text;
}

/**
 * Encodes the ids, titles, kinds and dates of one titles shard's documents, in order. The ids are
 * here as well as in the ids shards so that a hit costs one file, not two: a page whose hits are
 * spread over the corpus fetches a file per hit, and on a phone each request costs more than
 * the 1 KB of ids a shard adds.
 */
export function encodeTitlesShard(docs: readonly DocTitle[]): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.titles);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(docs.length);
  for (const d of docs) {
    w.write((d.kind === 'teaser' ? 1 : 0) | (d.truncated ? 2 : 0));
    writeText(w, d.id);
    writeText(w, d.date ?? '');
    writeText(w, d.title);
  }
  return w.finish();
}

function skipText(r: VarintReader, bytes: Uint8Array): void {
  const end = r.read() + r.offset;
  if (end > bytes.length) throw new Error('Truncated search shard.');
  r.offset = end;
}

/** Reads a titles shard's layout (checking it whole); each record is decoded on demand. */
export function readTitlesShard(bytes: Uint8Array): ShardRecords<DocTitle> {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.titles, 'titles');
  const starts = new Uint32Array(r.read());
  for (let i = 0; i < starts.length; i++) {
    starts[i] = r.offset;
    r.read();
    skipText(r, bytes);
    skipText(r, bytes);
    skipText(r, bytes);
  }
  return {
    length: starts.length,
    at(i) {
      if (!(i >= 0 && i < starts.length)) return undefined;
      const doc = new VarintReader(bytes, starts[i]);
      const flags = doc.read();
      const id = readText(doc, bytes);
      const date = readText(doc, bytes);
      const title = readText(doc, bytes);
      return {
        id,
        title,
        truncated: (flags & 2) !== 0,
        kind: flags & 1 ? 'teaser' : 'article',
        date: date === '' ? null : date,
      };
    },
  };
}

/** Decodes a titles shard. */
export function decodeTitlesShard(bytes: Uint8Array): DocTitle[] {
  const titles = readTitlesShard(bytes);
  return Array.from({ length: titles.length }, (_, i) => titles.at(i) as DocTitle);
}
