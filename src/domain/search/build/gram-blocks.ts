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

/** Grams are keyed by number while building: a string per bigram occurrence would dominate. */
const bigramKey = (a: number, b: number) => UNIGRAMS + a * 0x10000 + b;

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

interface Accumulator {
  last: number;
  docs: number[];
  starts: number[];
  positions: number[];
}

/** Postings of every gram of `texts`, keyed by `bigramKey` or a code unit; document numbers
 * start at `from`. */
function collect(texts: readonly string[], from: number): Map<number, Accumulator> {
  const grams = new Map<number, Accumulator>();
  const entry = (key: number) => {
    let acc = grams.get(key);
    if (!acc) grams.set(key, (acc = { last: -1, docs: [], starts: [], positions: [] }));
    return acc;
  };
  texts.forEach((text, offset) => {
    const doc = from + offset;
    for (let i = 0; i < text.length; i++) {
      const a = text.charCodeAt(i);
      if (a === SEPARATOR) continue;
      const uni = entry(a);
      if (uni.last !== doc) {
        uni.last = doc;
        uni.docs.push(doc);
      }
      if (i + 1 >= text.length) continue;
      const b = text.charCodeAt(i + 1);
      if (b === SEPARATOR) continue;
      const bi = entry(bigramKey(a, b));
      if (bi.last !== doc) {
        bi.last = doc;
        bi.docs.push(doc);
        bi.starts.push(bi.positions.length);
      }
      bi.positions.push(i);
    }
  });
  return grams;
}

/** The grams of folded `texts` (`foldFieldText`), numbered from document `from`. */
export function gramBlocks(texts: readonly string[], from: number): GramBlocks {
  const grams = collect(texts, from);
  const keys = Float64Array.from(grams.keys()).sort();
  const sizes = new Uint32Array(keys.length);
  const docs = new Uint32Array(keys.length);
  const ends = new Uint32Array(keys.length);
  const w = new VarintWriter();
  keys.forEach((key, i) => {
    const acc = grams.get(key) as Accumulator;
    docs[i] = acc.docs.length;
    if (key < UNIGRAMS) {
      sizes[i] = acc.docs.length;
      writePostings(w, acc.docs, null, null);
    } else {
      sizes[i] = acc.docs.length + acc.positions.length;
      acc.starts.push(acc.positions.length);
      writePostings(w, acc.docs, acc.starts, acc.positions);
    }
    ends[i] = w.size;
  });
  return { keys, sizes, docs, ends, bytes: w.finish() };
}

/** The encoded postings of the `i`th gram of `blocks`. */
export const gramBlock = (blocks: GramBlocks, i: number): Uint8Array =>
  blocks.bytes.subarray(i === 0 ? 0 : (blocks.ends[i - 1] ?? 0), blocks.ends[i]);
