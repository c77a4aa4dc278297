import { VarintReader, VarintWriter } from './varint.ts';
import { MAGIC, type Postings, SEARCH_INDEX_FORMAT, expectMagic } from './index-format.ts';
import type { DocNumbering } from './doc-numbering.ts';

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
   * The gram's documents without their positions, which a literal of one gram does not read:
   * decoding them was half the work of a common word's postings.
   */
  docs(gram: string): Postings | null;
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

/** A gram's postings; only its documents unless `withPositions` (the rest is not read then). */
function decodePostings(r: VarintReader, withPositions = true): Postings {
  const docs = new Uint32Array(r.read());
  let doc = 0;
  for (let i = 0; i < docs.length; i++) docs[i] = doc += r.read();
  if (!withPositions || r.read() === 0) return { docs, starts: null, positions: null };
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
 * A gram's postings by the engine's numbers (`DocNumbering`): the file's document s as
 * slots − 1 − s, so that the list runs newest first, without the documents not shown (the
 * copies) and their positions. The positions take two passes over the bytes: one that only
 * measures each document's run, so that each kept run is then decoded once straight into its
 * place, rather than decoded in the file's order, then reversed and compacted.
 */
function decodeTurned(r: VarintReader, withPositions: boolean, numbering: DocNumbering): Postings {
  const n = r.read();
  const turned = new Uint32Array(n);
  const last = numbering.slots - 1;
  let doc = 0;
  let kept = 0;
  for (let i = n - 1; i >= 0; i--) {
    const engine = last - (doc += r.read());
    turned[i] = engine;
    if (numbering.isShown(engine)) kept++;
  }
  const docs = kept === n ? turned : new Uint32Array(kept);
  if (kept < n) {
    for (let i = 0, k = 0; i < n; i++) {
      const engine = turned[i] ?? 0;
      if (numbering.isShown(engine)) docs[k++] = engine;
    }
  }
  if (!withPositions || r.read() === 0) return { docs, starts: null, positions: null };
  // The files list the runs from the oldest document: the engine's last kept one comes first.
  const runs = r.offset;
  const starts = new Uint32Array(kept + 1);
  for (let i = n - 1, k = kept; i >= 0; i--) {
    const count = r.read();
    r.skip(count);
    if (numbering.isShown(turned[i] ?? 0)) starts[k--] = count;
  }
  for (let k = 0; k < kept; k++) starts[k + 1] = (starts[k + 1] ?? 0) + (starts[k] ?? 0);
  const positions = new Uint32Array(starts[kept] ?? 0);
  r.offset = runs;
  for (let i = n - 1, k = kept - 1; i >= 0; i--) {
    const count = r.read();
    if (!numbering.isShown(turned[i] ?? 0)) {
      r.skip(count);
      continue;
    }
    let at = starts[k--] ?? 0;
    let pos = 0;
    for (let j = 0; j < count; j++) positions[at++] = pos += r.read();
  }
  return { docs, starts, positions };
}

/**
 * Cuts one gram's encoded postings (`writePostings`) into chunks of `chunkSize` documents, each
 * encoded the same way (empty where the chunk holds none of them): `chunks` blocks in all.
 */
export function chunkedPostings(
  block: Uint8Array,
  chunkSize: number,
  chunks: number,
): Uint8Array[] {
  const { docs, starts, positions } = decodePostings(new VarintReader(block));
  const blocks: Uint8Array[] = [];
  let i = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const from = i;
    while (i < docs.length && (docs[i] ?? 0) < (chunk + 1) * chunkSize) i++;
    if (i === from) {
      blocks.push(new Uint8Array());
      continue;
    }
    const w = new VarintWriter();
    writePostings(w, docs.subarray(from, i), starts && starts.subarray(from, i + 1), positions);
    blocks.push(w.finish());
  }
  return blocks;
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

/**
 * Reads a postings shard's directory; each gram's postings are decoded when first asked for. With
 * `numbering`, documents and chunks come by the engine's numbers (`DocNumbering`), else as the
 * file numbers them.
 */
export function decodePostingsShard(bytes: Uint8Array, numbering?: DocNumbering): PostingsShard {
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
  const docsOnly = new Map<string, Postings>();
  const turned = new Map<string, number[]>();
  const decode = (gram: string, positions: boolean, into: Map<string, Postings>) => {
    const range = where.get(gram);
    if (!range) return null;
    const r = new VarintReader(bytes, range[0], range[1]);
    const postings = numbering
      ? decodeTurned(r, positions, numbering)
      : decodePostings(r, positions);
    into.set(gram, postings);
    return postings;
  };
  return {
    get: (gram) => decoded.get(gram) ?? decode(gram, true, decoded),
    docs: (gram) => decoded.get(gram) ?? docsOnly.get(gram) ?? decode(gram, false, docsOnly),
    bodyDocs(gram) {
      const counts = presence.get(gram);
      if (!counts || !numbering) return counts ?? null;
      let hit = turned.get(gram);
      if (!hit) turned.set(gram, (hit = numbering.turnCounts(counts)));
      return hit;
    },
  };
}
