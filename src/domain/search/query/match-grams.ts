import type { Postings } from '../format/index-format.ts';

/** The grams whose postings find a literal: its one unit, or each of its bigrams in order. */
export const gramsOf = (literal: string): string[] =>
  literal.length === 1
    ? [literal]
    : Array.from({ length: literal.length - 1 }, (_, j) => literal.slice(j, j + 2));

/** First index ≥ `from` whose value is ≥ `target`: galloping, since cursors only move forward. */
function advance(values: Uint32Array, from: number, target: number): number {
  let low = from;
  let step = 1;
  let high = from;
  while (high < values.length && (values[high] ?? 0) < target) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, values.length);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether `value` is in the sorted slice values[from, to). */
export function contains(values: Uint32Array, from: number, to: number, value: number): boolean {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const v = values[mid] ?? 0;
    if (v === value) return true;
    if (v < value) low = mid + 1;
    else high = mid;
  }
  return false;
}

interface Cursor {
  postings: Postings;
  offset: number;
  index: number;
}

/**
 * Marks in `out` every document (numbered in [from, to)) where consecutive bigrams occur at
 * consecutive positions, i.e. where the literal they spell occurs. `bigrams[j]` is the postings
 * of the literal's units j, j+1. Exact: a set of bigrams at their offsets that covers every unit
 * of the literal pins the whole literal. The rarest bigram drives and the others are probed, so
 * the cost follows the rarest one.
 */
export function matchBigrams(
  bigrams: readonly Postings[],
  out: Uint32Array,
  from = 0,
  to = Infinity,
): void {
  if (bigrams.length === 0) return;
  const byRarity: Cursor[] = bigrams
    .map((postings, offset) => ({ postings, offset, index: 0 }))
    .sort((a, b) => a.postings.docs.length - b.postings.docs.length);
  const [driver, ...rest] = byRarity as [Cursor, ...Cursor[]];
  // Probing fewer bigrams is cheaper: keep only those needed so that every unit of the literal
  // is pinned by some bigram (for 结对帮扶, 结对 and 帮扶 suffice; 对帮 adds nothing).
  const covered = new Set([driver.offset, driver.offset + 1]);
  const others: Cursor[] = [];
  for (const c of rest) {
    if (covered.has(c.offset) && covered.has(c.offset + 1)) continue;
    covered.add(c.offset);
    covered.add(c.offset + 1);
    others.push(c);
  }
  const docs = driver.postings.docs;
  const first = from > 0 ? advance(docs, 0, from) : 0;
  if (others.length === 0) {
    for (let i = first; i < docs.length; i++) {
      const doc = docs[i] ?? 0;
      if (doc >= to) break;
      out[doc >>> 5] = (out[doc >>> 5] ?? 0) | (1 << (doc & 31));
    }
    return;
  }
  next: for (let i = first; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    if (doc >= to) break;
    for (const c of others) {
      c.index = advance(c.postings.docs, c.index, doc);
      if (c.index >= c.postings.docs.length) break next;
      if (c.postings.docs[c.index] !== doc) continue next;
    }
    const dStarts = driver.postings.starts;
    const dPositions = driver.postings.positions;
    if (!dStarts || !dPositions) continue;
    for (let p = dStarts[i] ?? 0, end = dStarts[i + 1] ?? 0; p < end; p++) {
      const start = (dPositions[p] ?? 0) - driver.offset;
      if (start < 0) continue;
      let all = true;
      for (const c of others) {
        const { starts, positions } = c.postings;
        if (
          !starts ||
          !positions ||
          !contains(positions, starts[c.index] ?? 0, starts[c.index + 1] ?? 0, start + c.offset)
        ) {
          all = false;
          break;
        }
      }
      if (all) {
        out[doc >>> 5] = (out[doc >>> 5] ?? 0) | (1 << (doc & 31));
        break;
      }
    }
  }
}

/**
 * Tells, document by document, whether the literal spelled by these grams (its one unit, or its
 * bigrams in order) occurs: the same test as `matchBigrams`, for a few documents of a chunk
 * rather than all of them. Documents must be asked in increasing order: each gram keeps a cursor
 * that only moves forward (galloping), so checking c documents against postings of n costs about
 * c·log(n/c), never more than a merge.
 */
export class LiteralProbe {
  private readonly at: Int32Array;

  constructor(private readonly grams: readonly Postings[]) {
    this.at = new Int32Array(grams.length);
  }

  has(doc: number): boolean {
    const { grams, at } = this;
    for (let j = 0; j < grams.length; j++) {
      const docs = (grams[j] as Postings).docs;
      const i = advance(docs, at[j] ?? 0, doc);
      at[j] = i;
      if (i >= docs.length || docs[i] !== doc) return false;
    }
    if (grams.length < 2) return grams.length === 1;
    const first = grams[0] as Postings;
    const i0 = at[0] ?? 0;
    const { starts, positions } = first;
    if (!starts || !positions) return false;
    next: for (let p = starts[i0] ?? 0, end = starts[i0 + 1] ?? 0; p < end; p++) {
      const start = positions[p] ?? 0;
      for (let j = 1; j < grams.length; j++) {
        const b = grams[j] as Postings;
        const i = at[j] ?? 0;
        if (!b.starts || !b.positions) continue next;
        if (!contains(b.positions, b.starts[i] ?? 0, b.starts[i + 1] ?? 0, start + j))
          continue next;
      }
      return true;
    }
    return false;
  }
}
