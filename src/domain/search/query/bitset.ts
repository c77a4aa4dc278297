/**
 * Sets of documents as bit arrays over the recency order. At 100,000 documents a set is 3,125
 * words, so AND/OR/NOT of whole result sets cost microseconds and scanning one in order is the
 * ranking itself.
 */

/** Words needed for `n` documents. */
export const wordCount = (n: number): number => (n + 31) >>> 5;

/** Number of set bits in a 32-bit word. */
export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Set bits in words [from, to). */
export function countBits(bits: Uint32Array, from = 0, to = bits.length): number {
  let n = 0;
  for (let w = from; w < to; w++) {
    const word = bits[w] ?? 0;
    if (word !== 0) n += popcount(word);
  }
  return n;
}

/** Whether every document of `bits` in words [from, to) is in `set` too. */
export function isSubset(bits: Uint32Array, set: Uint32Array, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (((bits[w] ?? 0) & ~(set[w] ?? 0)) !== 0) return false;
  return true;
}

/** Adds document `doc` to the set. */
export function addBit(bits: Uint32Array, doc: number): void {
  bits[doc >>> 5] = (bits[doc >>> 5] ?? 0) | (1 << (doc & 31));
}

/** Sets the bits of the listed documents. */
export function setBits(bits: Uint32Array, docs: ArrayLike<number>): void {
  for (let i = 0; i < docs.length; i++) addBit(bits, docs[i] ?? 0);
}

/** target |= source over words [from, to). */
export function orInto(target: Uint32Array, source: Uint32Array, from: number, to: number): void {
  for (let w = from; w < to; w++) target[w] = (target[w] ?? 0) | (source[w] ?? 0);
}

/** The first index of a sorted array whose value is ≥ `value` (its length if none is). */
export function lowerBound(values: Uint32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Sets the bits of the listed documents (sorted) that lie in [from, to). */
export function setBitsBetween(
  bits: Uint32Array,
  docs: Uint32Array,
  from: number,
  to: number,
): void {
  for (let i = lowerBound(docs, from); i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    if (doc >= to) break;
    addBit(bits, doc);
  }
}

/** Whether document `doc` is in the set. */
export const hasBit = (bits: Uint32Array, doc: number): boolean =>
  ((bits[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0;
