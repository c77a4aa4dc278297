import { MAGIC, SEARCH_INDEX_FORMAT, expectMagic } from './index-format.ts';
import { VarintReader, VarintWriter } from './varint.ts';

/**
 * Which trigrams (three UTF-16 units of folded text) a body chunk may hold: a blocked Bloom
 * filter per chunk, so that a literal of three units or more is known absent from a chunk
 * without its body shards. The bigrams' body presence cannot tell: 教育 and 育重 are both in
 * nearly every chunk of a large corpus, 教育重 in none, and proving that from the postings read
 * 教育's body shard of every chunk (2.7 MB at a million documents for the phrase of 教育 重).
 *
 * A filter is made of blocks of 512 bits; a trigram sets `PROBES` bits of one block, the block
 * chosen by the low bits of one hash and the bits by another. No false negatives: a filter
 * saying "absent" is exact, so results never change; a false positive only costs the body
 * shards the engine read before filters existed.
 */

/** Bytes of a block: 512 bits. */
export const TRIGRAM_BLOCK_BYTES = 64;
const BLOCK_BITS = TRIGRAM_BLOCK_BYTES * 8;
/** Bits set per trigram. */
const PROBES = 6;
/** Bits of filter per distinct trigram: about 1 % false positives with 6 probes. */
const BITS_PER_TRIGRAM = 10;
/** A literal is checked by at most this many of its trigrams: each is a file to fetch. */
const CHECKED_TRIGRAMS = 4;
const SEPARATOR = 10; // '\n' between paragraphs: no gram spans it

/** A trigram's two hashes: `block` picks the block (its low bits), `bits` the bits in it. */
export interface TrigramHash {
  block: number;
  bits: number;
}

/** The 32-bit finalizer of MurmurHash3: every input bit moves about half the output bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// The two hashes of a trigram as numbers, for the filter's loop over every trigram of a chunk
// (millions), which makes no object per trigram. They place it in files, so they never change.
const blockHash = (a: number, b: number, c: number) => mix(mix(((a << 16) | b) >>> 0) ^ c);
const bitsHash = (block: number) => mix((block + 0x9e3779b9) >>> 0);

/** The hashes of the trigram of units a, b, c. */
export function trigramHash(a: number, b: number, c: number): TrigramHash {
  const block = blockHash(a, b, c);
  return { block, bits: bitsHash(block) };
}

/** Sets or tests the probes of `bits` in the block at `offset`; false once one is clear. */
function probe(filter: Uint8Array, offset: number, bits: number, set: boolean): boolean {
  let at = bits & (BLOCK_BITS - 1);
  const step = ((bits >>> 9) & (BLOCK_BITS - 1)) | 1;
  for (let i = 0; i < PROBES; i++) {
    const byte = offset + (at >>> 3);
    const mask = 1 << (at & 7);
    if (set) filter[byte] = (filter[byte] ?? 0) | mask;
    else if (((filter[byte] ?? 0) & mask) === 0) return false;
    at = (at + step) & (BLOCK_BITS - 1);
  }
  return true;
}

/**
 * At most this many blocks, and so trigram files: as many as the hash buckets of other shards.
 * Generated text needs 512 at a million documents (about 55,000 distinct trigrams a chunk); real
 * news holds far more distinct trigrams, and a chunk past about 200,000 of them gets a fuller
 * filter with more false positives rather than more files (docs/search-design.md).
 */
const MAX_BLOCKS = 4096;

/** Blocks for `trigrams` distinct trigrams: a power of two, so that a filter folds in halves. */
const blocksFor = (trigrams: number): number =>
  Math.min(
    MAX_BLOCKS,
    2 ** Math.ceil(Math.log2(Math.max(1, (trigrams * BITS_PER_TRIGRAM) / BLOCK_BITS))),
  );

/**
 * The filter of a body chunk's folded texts (`foldFieldText`): empty when they hold no
 * trigram. It is sized by the distinct trigrams, which are estimated from how full a filter
 * sized for every trigram gets (a Bloom filter's fill says how many went in), then folded down:
 * block b of the smaller filter ORs every block whose number has the same low bits.
 */
export function trigramFilter(texts: readonly string[]): Uint8Array {
  let units = 0;
  for (const text of texts) units += text.length;
  const most = blocksFor(units);
  const full = new Uint8Array(most * TRIGRAM_BLOCK_BYTES);
  let any = false;
  for (const text of texts) {
    for (let i = 0; i + 2 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      const c = text.charCodeAt(i + 2);
      if (a === SEPARATOR || b === SEPARATOR || c === SEPARATOR) continue;
      const block = blockHash(a, b, c);
      probe(full, (block & (most - 1)) * TRIGRAM_BLOCK_BYTES, bitsHash(block), true);
      any = true;
    }
  }
  if (!any) return new Uint8Array(0);
  let set = 0;
  for (const byte of full) set += BITS_IN_BYTE[byte] ?? 0;
  const size = most * BLOCK_BITS;
  const distinct = -(size / PROBES) * Math.log(1 - Math.min(set / size, 0.999));
  return foldFilter(full, Math.min(most, blocksFor(distinct)));
}

const BITS_IN_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => {
  let n = 0;
  for (let b = byte; b !== 0; b &= b - 1) n++;
  return n;
});

/** A filter folded to `blocks` blocks (a power of two no larger than its own). */
export function foldFilter(filter: Uint8Array, blocks: number): Uint8Array {
  const own = filter.length / TRIGRAM_BLOCK_BYTES;
  if (blocks === own) return filter;
  const out = new Uint8Array(blocks * TRIGRAM_BLOCK_BYTES);
  for (let b = 0; b < own; b++) {
    const from = b * TRIGRAM_BLOCK_BYTES;
    const to = (b & (blocks - 1)) * TRIGRAM_BLOCK_BYTES;
    for (let i = 0; i < TRIGRAM_BLOCK_BYTES; i++) {
      out[to + i] = (out[to + i] ?? 0) | (filter[from + i] ?? 0);
    }
  }
  return out;
}

/**
 * The trigram files of chunks' filters: file `block` holds, for each chunk in order, the block a
 * trigram whose hash has those low bits lands in. Chunks' filters differ in size (a chunk of
 * teasers holds none); `blocks`, the largest, numbers the files, and a smaller filter's block
 * stands for each of the larger numbers with its low bits, which is where its trigrams are.
 */
export function encodeTrigramFiles(filters: readonly Uint8Array[]): Uint8Array[] {
  const blocks = Math.max(0, ...filters.map((f) => f.length / TRIGRAM_BLOCK_BYTES));
  return Array.from({ length: blocks }, (_, block) => {
    const w = new VarintWriter(8 + filters.length * TRIGRAM_BLOCK_BYTES);
    w.write(MAGIC.trigrams);
    w.write(SEARCH_INDEX_FORMAT);
    w.write(filters.length);
    for (const filter of filters) {
      const own = filter.length / TRIGRAM_BLOCK_BYTES;
      const at = own === 0 ? -1 : (block & (own - 1)) * TRIGRAM_BLOCK_BYTES;
      w.append(
        at < 0
          ? new Uint8Array(TRIGRAM_BLOCK_BYTES)
          : filter.subarray(at, at + TRIGRAM_BLOCK_BYTES),
      );
    }
    return w.finish();
  });
}

/** A trigram file's blocks, a chunk's after another (`encodeTrigramFiles`): a view. */
export function decodeTrigramFile(bytes: Uint8Array): Uint8Array {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.trigrams, 'trigrams');
  const chunks = r.read();
  const end = r.offset + chunks * TRIGRAM_BLOCK_BYTES;
  if (end > bytes.length) throw new Error('Truncated search trigrams shard.');
  return bytes.subarray(r.offset, end);
}

/** Whether a chunk's block (of a decoded trigram file) may hold the trigram. */
export const blockMayHold = (blocks: Uint8Array, chunk: number, hash: TrigramHash): boolean =>
  probe(blocks, chunk * TRIGRAM_BLOCK_BYTES, hash.bits, false);

/**
 * The trigrams a literal (folded) is checked by: all of them up to `CHECKED_TRIGRAMS`, else that
 * many spread from its first to its last. None for a literal under three units.
 */
export function literalTrigrams(literal: string): TrigramHash[] {
  const count = literal.length - 2;
  if (count <= 0) return [];
  const picked = Math.min(count, CHECKED_TRIGRAMS);
  const starts = new Set(
    Array.from({ length: picked }, (_, i) =>
      picked === 1 ? 0 : Math.round((i * (count - 1)) / (picked - 1)),
    ),
  );
  return [...starts].map((i) =>
    trigramHash(literal.charCodeAt(i), literal.charCodeAt(i + 1), literal.charCodeAt(i + 2)),
  );
}
