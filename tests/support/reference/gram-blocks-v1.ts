// Gram blocks as they were built before the postings were gathered in typed arrays
// (src/domain/search/build/gram-blocks.ts): a Map of JavaScript arrays per gram.
import type { GramBlocks } from '../../../src/domain/search/build/gram-blocks.ts';
import { writePostings } from '../../../src/domain/search/format/postings-shard.ts';
import { VarintWriter } from '../../../src/domain/search/format/varint.ts';

const SEPARATOR = 10; // '\n' between paragraphs; folded queries never contain it
const UNIGRAMS = 0x10000;

/** Grams are keyed by number while building: a string per bigram occurrence would dominate. */
const bigramKey = (a: number, b: number) => UNIGRAMS + a * 0x10000 + b;

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
