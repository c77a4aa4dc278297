import { VarintReader, VarintWriter } from './varint.ts';

/** Bumped on any incompatible change to the manifest or the shards. */
export const SEARCH_INDEX_FORMAT = 13;

/** The two indexed fields; titles are indexed apart so that title hits need no body shard. */
export type SearchField = 'title' | 'body';

/**
 * `search/manifest.json`: what a client must know before loading any shard. It names no gram's
 * postings, only which grams are big enough for a shard of their own; every other gram lives in a
 * hash bucket, so the manifest stays small however large the corpus.
 */
export interface SearchManifest {
  format: typeof SEARCH_INDEX_FORMAT;
  /**
   * Files number documents from the oldest (`DocNumbering`): document 0 is the last in recency
   * order, chunk 0 and the first ids and titles shards hold the oldest.
   */
  docCount: number;
  /**
   * How many documents are copies of a story (`SearchDoc.copy`), which results never show. Their
   * numbers are in the `copies` shard, which the engine reads with its first round when there
   * are any: listed here, the 41,731 of a million generated seeds were 40 KB of the manifest's
   * 58 KB gzip, and the manifest comes before any query.
   */
  copies: number;
  /** Documents per body chunk (a multiple of 32). */
  chunkSize: number;
  chunks: number;
  /** Documents per ids shard (`ids/<n>` holds documents n·idsChunkSize …): what a followed
   * search's new matches are named by (hits take their ids from the titles shards). */
  idsChunkSize: number;
  /**
   * Hash buckets of the documents' ids (`idmap/<n>`, by `idBucket`), each id with its number:
   * the bookmark filter and the bookmarked count read the buckets of the reader's bookmarks.
   * Until format 11 they read every ids shard, 1,660 files for the million-seed site, for one
   * bookmark.
   */
  idBuckets: number;
  /** Documents per titles shard (`titles/<n>` holds documents n·titlesChunkSize …): what a
   * result shows before its item file arrives, and its id. Small, since neither compresses much. */
  titlesChunkSize: number;
  /**
   * Body routes whose chunks share files: the first chunk of each file, in order (`shardFile`).
   * A route not listed has a file per chunk. A rare gram's postings in a chunk are a few hundred
   * bytes, and a request costs more than that, so small chunks of a route travel together.
   */
  bodyFiles: Record<string, number[]>;
  /**
   * The same for the title postings cut into chunks (`chunkedTitles`, `title/<route>/<chunk>`).
   */
  titleFiles: Record<string, number[]>;
  /** Grams (1 or 2 UTF-16 units of folded text) with a shard of their own, per field. */
  own: Record<SearchField, string[]>;
  /**
   * Grams with a title shard of their own whose title postings are cut into the body's chunks,
   * `title/<route>/<chunk>`, their shard keeping where bodies hold them: the commonest title
   * words, whose postings over the whole corpus (教育: 77 KB gzip at 100,000 seeds, ten times
   * that at a million) a first page barely reads. Rarer ones stay whole in their shard, which
   * costs less than the round a query would wait for their older chunks.
   */
  chunkedTitles: string[];
  /** Hash buckets for all other grams, per field. */
  buckets: Record<SearchField, number>;
  /** Region codes and topic ids used by documents; the meta shard refers to them by index. */
  regions: string[];
  /**
   * Hash buckets of the regions' documents (`regions/<n>`, by `regionBucket`): a region term or
   * filter reads the bucket of its code, not the meta shard, which grows with the corpus (787 KB
   * gzip at 100,000 seeds against a few KB for a province's documents).
   */
  regionBuckets: number;
  topics: string[];
  /**
   * Whether each two-letter Latin term that spells pinyin has a file of its own,
   * `pinyin/<letters>` (`pinyinGroupFile`): the title entries of the words it may stand for and
   * the documents of the regions they name, copied from their buckets. `ka` stands for 24 words
   * and names 21 regions, whose buckets are 47 files; most of their bytes are other grams'.
   */
  pinyinGroups: boolean;
  /**
   * The bodies' trigram filters (`trigram-filter.ts`, format 13): `trigrams/<n>` for n below
   * `blocks` hold a block of each of the first `chunks` body chunks (in the files' order, the
   * full ones: the newest, still filling, has none, so that a day's documents leave the files
   * alone). No filters when `blocks` is 0.
   */
  trigrams: { blocks: number; chunks: number };
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
  /** The source hosts of the documents, sorted; kept here, not in the manifest, as they are many. */
  hosts: string[];
  /** Each document's host as its index in `hosts` plus one; 0 for none (teasers). */
  hostOf: Uint32Array;
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

function hex(gram: string): string {
  let out = '';
  for (let i = 0; i < gram.length; i++) out += gram.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

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

/** The bucket of a document id, `idmap/<bucket>`. */
export const idBucket = (id: string, manifest: SearchManifest): number =>
  gramHash(id) % Math.max(1, manifest.idBuckets);

/** The bucket of a region code's documents, `regions/<bucket>`. */
export const regionBucket = (code: string, manifest: SearchManifest): number =>
  gramHash(code) % Math.max(1, manifest.regionBuckets);

/** Keys of every shard; a key maps to the file `search/<key>.bin`. */
export const searchShardKeys = {
  meta: () => 'meta',
  /** The copies' numbers (`SearchManifest.copies`), as gaps: the first one's, then each one's
   * distance from the one before. */
  copies: () => 'copies',
  /**
   * The whole corpus counted (`CorpusSummary`): what a search with no terms and no filters
   * shows, the box emptied, without the meta shard (5.7 MB at a million documents).
   */
  summary: () => 'summary',
  regions: (bucket: number) => `regions/${bucket}`,
  ids: (block: number) => `ids/${block}`,
  /** The ids hashed to `bucket` (`idBucket`), each with its document's number in the files. */
  idMap: (bucket: number) => `idmap/${bucket}`,
  titles: (block: number) => `titles/${block}`,
  /**
   * A title route's shard: every gram routed there with where its bodies hold it, and for a
   * bucket, their title postings over the whole corpus.
   */
  title: (route: string) => `title/${route}`,
  /** The title postings of a gram's chunk (`SearchManifest.chunkedTitles`). */
  titleChunk: (route: string, chunk: number) => `title/${route}/${chunk}`,
  body: (route: string, chunk: number) => `body/${route}/${chunk}`,
  /** Block `block` of the bodies' trigram filters, of every chunk that has one. */
  trigrams: (block: number) => `trigrams/${block}`,
  /** A pinyin group's copies of title entries (`SearchManifest.pinyinGroups`). */
  pinyinTitle: (letters: string) => `pinyin/${letters}/title`,
  /** A pinyin group's copies of region documents. */
  pinyinRegions: (letters: string) => `pinyin/${letters}/regions`,
} as const;

/** The file of a pinyin group: its title entries, then its regions' documents. */
export const pinyinGroupFile = (letters: string) => `pinyin/${letters}`;

/**
 * The file that holds a shard: a chunk's shard of a title or body route may share a file with
 * the route's next chunks (`titleFiles`, `bodyFiles`), every other shard is a file of its own.
 * Files map to `search/<file>.bin` like keys.
 */
export function shardFile(key: string, manifest: SearchManifest): string {
  const group = pinyinKeyOf(key);
  if (group) return pinyinGroupFile(group);
  const chunked = chunkKeyOf(key);
  const firsts =
    chunked && (chunked.field === 'body' ? manifest.bodyFiles : manifest.titleFiles)[chunked.route];
  if (!chunked || !firsts) return key;
  let first = 0;
  for (const start of firsts) if (start <= chunked.chunk) first = start;
  return chunkKey(chunked.field, chunked.route, first);
}

/** A route's shard of one chunk: `body/<route>/<chunk>` or `title/<route>/<chunk>`. */
export const chunkKey = (field: SearchField, route: string, chunk: number): string =>
  field === 'body' ? searchShardKeys.body(route, chunk) : searchShardKeys.titleChunk(route, chunk);

/** The field, route and chunk a chunk's key names (`chunkKey`); null for any other key. */
export function chunkKeyOf(
  key: string,
): { field: SearchField; route: string; chunk: number } | null {
  const match = /^(body|title)\/([^/]+)\/(\d+)$/.exec(key);
  if (!match) return null;
  return { field: match[1] as SearchField, route: match[2] ?? '', chunk: Number(match[3]) };
}

/** The letters of a `pinyin/<letters>/…` key; null for any other key. */
function pinyinKeyOf(key: string): string | null {
  return /^pinyin\/([a-z]+)\/(?:title|regions)$/.exec(key)?.[1] ?? null;
}

/** The first byte of each kind of binary file. */
export const MAGIC = {
  postings: 0x50,
  meta: 0x4d,
  ids: 0x49,
  titles: 0x54,
  group: 0x47,
  copies: 0x43,
  summary: 0x46,
  idMap: 0x42,
  trigrams: 0x33,
} as const;

/**
 * Packs shards into one file (the shards as they are, after their lengths): consecutive chunks
 * of a title or body route, or a pinyin group's two. A group of one is the shard itself.
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
 * The shards a fetched file holds, by key: the file's own shard, each chunk's of a title or body
 * group (`encodeShardGroup`, named by its first chunk), or a pinyin group's two. Views into `bytes`,
 * not copies.
 */
export function shardsOfFile(file: string, bytes: Uint8Array): [key: string, bytes: Uint8Array][] {
  const letters = /^pinyin\/([a-z]+)$/.exec(file)?.[1];
  if (letters) {
    const [title, regions] = groupParts(bytes);
    if (!title || !regions) throw new Error(`Search file ${file} is not a pinyin group.`);
    return [
      [searchShardKeys.pinyinTitle(letters), title],
      [searchShardKeys.pinyinRegions(letters), regions],
    ];
  }
  const chunked = chunkKeyOf(file);
  if (!chunked || bytes[0] !== MAGIC.group) return [[file, bytes]];
  return groupParts(bytes).map((part, i) => [
    chunkKey(chunked.field, chunked.route, chunked.chunk + i),
    part,
  ]);
}

/** The shards of a group file (`encodeShardGroup`), as views into its bytes. */
function groupParts(bytes: Uint8Array): Uint8Array[] {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.group, 'group');
  const lengths = Array.from({ length: r.read() }, () => r.read());
  let offset = r.offset;
  return lengths.map((length) => {
    const end = offset + length;
    if (end > bytes.length) throw new Error('Truncated search shard.');
    const part = bytes.subarray(offset, end);
    offset = end;
    return part;
  });
}

/** Checks a file's kind and format version. */
export function expectMagic(reader: VarintReader, magic: number, what: string): void {
  if (reader.read() !== magic || reader.read() !== SEARCH_INDEX_FORMAT) {
    throw new Error(`Not a search ${what} shard of format ${SEARCH_INDEX_FORMAT}.`);
  }
}
