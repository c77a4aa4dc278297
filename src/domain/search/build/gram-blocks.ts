import { foldText } from '../../text/fold-text.ts';
import { writePostings } from '../format/postings-shard.ts';
import { VarintWriter } from '../format/varint.ts';

/**
 * One field's grams over a run of documents (one body chunk, or every title), each gram's
 * postings encoded on its own. Which shard a gram lands in depends on the whole corpus (`own`
 * grams and the bucket count), its encoded postings only on its own run: so runs are built
 * apart, on any thread, and `assembleSearchIndex` groups the blocks into shards. Every array is
 * transferable between threads.
 */
export interface GramBlocks {
  /** Gram keys (`gramOf`), ascending. */
  keys: Float64Array;
  /** Each gram's rough encoded size, a byte per document and position: what the shard plan
   * weighs. */
  sizes: Uint32Array;
  /** How many documents hold each gram. */
  docs: Uint32Array;
  /** Where each gram's postings end in `bytes`; they start where the previous one's end. */
  ends: Uint32Array;
  bytes: Uint8Array;
}

const SEPARATOR = 10; // '\n' between paragraphs; folded queries never contain it
const UNIGRAMS = 0x10000;

/** A pair's key (`a << 16 | b`) after every unit's: grams are keyed by number, not string. */
const pairKey = (pair: number) => UNIGRAMS + pair;

/** The gram (one or two UTF-16 units) of a key. */
export const gramOf = (key: number): string =>
  key < UNIGRAMS
    ? String.fromCharCode(key)
    : String.fromCharCode(Math.floor((key - UNIGRAMS) / 0x10000), (key - UNIGRAMS) % 0x10000);

/**
 * The text of a field as the index reads it: its lines (a body's paragraphs, which are lines)
 * folded one by one and joined by line breaks, which grams never span. Takes the raw lines
 * joined by line breaks, the form in which a field crosses to a worker thread.
 */
export function foldFieldText(lines: string): string {
  return lines.split('\n').map(foldText).join('\n');
}

/**
 * The distinct pairs of code units (`a << 16 | b`: a two-unit gram) of a run, numbered as first
 * seen, in an open-addressing table of typed arrays. A body chunk holds about a million distinct
 * pairs: as Map entries keyed by heap numbers, each with arrays of its own, its postings took a
 * worker's heap to 400 MB at 100,000 seeds (docs/scaling.md).
 */
class PairTable {
  /** Each number's pair. */
  pairs = new Uint32Array(1 << 12);
  size = 0;
  /** Number + 1 of the pair hashed to each place; 0 where none is. */
  private table = new Int32Array(1 << 14);

  /** The number of `pair`, which is given the next one if new. */
  slot(pair: number): number {
    const mask = this.table.length - 1;
    for (let h = Math.imul(pair, 0x9e3779b1) & mask; ; h = (h + 1) & mask) {
      const at = this.table[h] ?? 0;
      if (at === 0) return this.add(pair, h);
      if (this.pairs[at - 1] === pair) return at - 1;
    }
  }

  private add(pair: number, h: number): number {
    if (this.size === this.pairs.length) this.pairs = grown(this.pairs);
    this.pairs[this.size] = pair;
    this.table[h] = ++this.size;
    // At most a quarter full, so that probes stay short.
    if (this.size * 4 > this.table.length) this.rehash();
    return this.size - 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    const mask = this.table.length - 1;
    for (let slot = 0; slot < this.size; slot++) {
      let h = Math.imul(this.pairs[slot] ?? 0, 0x9e3779b1) & mask;
      while (this.table[h] !== 0) h = (h + 1) & mask;
      this.table[h] = slot + 1;
    }
  }
}

/** `array` in one twice as long, the rest filled with `fill`. */
function grown<T extends Uint32Array | Int32Array>(array: T, fill = 0): T {
  const copy = new (array.constructor as new (length: number) => T)(array.length * 2);
  copy.set(array);
  if (fill !== 0) copy.fill(fill, array.length);
  return copy;
}

/**
 * Per gram, how many documents hold it (`docs`) and, for pairs, how many times (`hits`), with
 * the last document seen (a document counts once).
 */
class GramCounts {
  readonly pairs = new PairTable();
  unitDocs = new Uint32Array(UNIGRAMS);
  unitLast = new Int32Array(UNIGRAMS).fill(-1);
  pairDocs = new Uint32Array(1 << 12);
  pairHits = new Uint32Array(1 << 12);
  pairLast = new Int32Array(1 << 12).fill(-1);

  unit(unit: number, doc: number): void {
    if (this.unitLast[unit] === doc) return;
    this.unitLast[unit] = doc;
    this.unitDocs[unit] = (this.unitDocs[unit] ?? 0) + 1;
  }

  pair(pair: number, doc: number): void {
    const slot = this.pairs.slot(pair);
    if (slot === this.pairDocs.length) {
      this.pairDocs = grown(this.pairDocs);
      this.pairHits = grown(this.pairHits);
      this.pairLast = grown(this.pairLast, -1);
    }
    this.pairHits[slot] = (this.pairHits[slot] ?? 0) + 1;
    if (this.pairLast[slot] === doc) return;
    this.pairLast[slot] = doc;
    this.pairDocs[slot] = (this.pairDocs[slot] ?? 0) + 1;
  }
}

/** Calls `unit` for each code unit of `texts` and `pair` for each pair it starts, in order. */
function eachGram(
  texts: readonly string[],
  unit: (unit: number, doc: number) => void,
  pair: (pair: number, doc: number, position: number) => void,
): void {
  texts.forEach((text, doc) => {
    for (let i = 0; i < text.length; i++) {
      const a = text.charCodeAt(i);
      if (a === SEPARATOR) continue;
      unit(a, doc);
      if (i + 1 >= text.length) continue;
      const b = text.charCodeAt(i + 1);
      if (b !== SEPARATOR) pair(((a << 16) | b) >>> 0, doc, i);
    }
  });
}

/** The sum of `counts` before each index, and the total at the end. */
function starts(counts: Uint32Array, length: number): Uint32Array {
  const at = new Uint32Array(length + 1);
  for (let i = 0; i < length; i++) at[i + 1] = (at[i] ?? 0) + (counts[i] ?? 0);
  return at;
}

/**
 * The grams of folded `texts` (`foldFieldText`), numbered from document `from`. Two passes over
 * the text: the first counts each gram's documents and positions, the second writes them into
 * arrays laid out gram after gram, from which each gram's postings are encoded.
 */
export function gramBlocks(texts: readonly string[], from: number): GramBlocks {
  const counts = new GramCounts();
  eachGram(
    texts,
    (unit, doc) => counts.unit(unit, doc),
    (pair, doc) => counts.pair(pair, doc),
  );
  const { pairs, unitDocs, pairDocs, pairHits } = counts;
  const slots = pairs.size;

  // Laid out by number (as first seen); read back in key order when encoded.
  const unitAt = starts(unitDocs, UNIGRAMS);
  const docAt = starts(pairDocs, slots);
  const hitAt = starts(pairHits, slots);
  const units = new Uint32Array(unitAt[UNIGRAMS] ?? 0);
  const docs = new Uint32Array(docAt[slots] ?? 0);
  // A pair's documents' first positions, then one past its last: one entry more than its docs.
  const firsts = new Uint32Array(docs.length + slots);
  const positions = new Uint32Array(hitAt[slots] ?? 0);

  // The counts become how many are written so far; the last document seen starts again.
  unitDocs.fill(0);
  counts.unitLast.fill(-1);
  pairDocs.fill(0);
  pairHits.fill(0);
  counts.pairLast.fill(-1);
  eachGram(
    texts,
    (unit, doc) => {
      if (counts.unitLast[unit] === doc) return;
      counts.unitLast[unit] = doc;
      units[(unitAt[unit] ?? 0) + (unitDocs[unit] ?? 0)] = from + doc;
      unitDocs[unit] = (unitDocs[unit] ?? 0) + 1;
    },
    (pair, doc, position) => {
      const slot = pairs.slot(pair);
      const hit = pairHits[slot] ?? 0;
      if (counts.pairLast[slot] !== doc) {
        counts.pairLast[slot] = doc;
        const n = pairDocs[slot] ?? 0;
        docs[(docAt[slot] ?? 0) + n] = from + doc;
        firsts[(docAt[slot] ?? 0) + slot + n] = hit;
        pairDocs[slot] = n + 1;
      }
      positions[(hitAt[slot] ?? 0) + hit] = position;
      pairHits[slot] = hit + 1;
    },
  );

  const keys: number[] = [];
  for (let unit = 0; unit < UNIGRAMS; unit++) if (unitDocs[unit]) keys.push(unit);
  const sortedPairs = pairs.pairs.slice(0, slots).sort();
  const sizes = new Uint32Array(keys.length + slots);
  const docCounts = new Uint32Array(keys.length + slots);
  const ends = new Uint32Array(keys.length + slots);
  const w = new VarintWriter();
  keys.forEach((unit, i) => {
    const at = unitAt[unit] ?? 0;
    const n = unitDocs[unit] ?? 0;
    sizes[i] = docCounts[i] = n;
    writePostings(w, units.subarray(at, at + n), null, null);
    ends[i] = w.size;
  });
  const unitCount = keys.length;
  sortedPairs.forEach((pair, j) => {
    const slot = pairs.slot(pair);
    const i = unitCount + j;
    const n = pairDocs[slot] ?? 0;
    const hits = pairHits[slot] ?? 0;
    const at = docAt[slot] ?? 0;
    const first = at + slot;
    firsts[first + n] = hits;
    sizes[i] = n + hits;
    docCounts[i] = n;
    writePostings(
      w,
      docs.subarray(at, at + n),
      firsts.subarray(first, first + n + 1),
      positions.subarray(hitAt[slot] ?? 0, (hitAt[slot] ?? 0) + hits),
    );
    ends[i] = w.size;
    keys.push(pairKey(pair));
  });
  return { keys: Float64Array.from(keys), sizes, docs: docCounts, ends, bytes: w.finish() };
}

/** The encoded postings of the `i`th gram of `blocks`. */
export const gramBlock = (blocks: GramBlocks, i: number): Uint8Array =>
  blocks.bytes.subarray(i === 0 ? 0 : (blocks.ends[i - 1] ?? 0), blocks.ends[i]);
