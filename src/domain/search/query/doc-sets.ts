import { wordCount } from './bitset.ts';
import type { DocNumbering } from '../format/doc-numbering.ts';

/**
 * Sets given back and kept for reuse. Every query needs a dozen sets of 12.5 KB (at 100,000
 * items); allocating them afresh made typed-array memory the engine's main garbage, and the
 * collections it triggered (scanning the whole decoded index) cost more than the queries.
 */
const SPARE_LIMIT = 96;

/**
 * Document sets of one index (bit arrays over the engine's numbers, `DocNumbering`),
 * drawn from a pool: a set taken for one search goes back to the pool when the search is over.
 */
export class DocSets {
  /** Words in a set. */
  readonly words: number;
  /** Words of one chunk (`SearchManifest.chunkSize` documents). */
  private readonly chunkWords: number;
  /** Every document shown (`DocNumbering.shown`); never handed out for writing. */
  readonly all: Uint32Array;
  private readonly spare: Uint32Array[] = [];
  /** Sets given back during a search: reused only after it, as the search may still read them. */
  private readonly released: Uint32Array[] = [];

  constructor(numbering: DocNumbering, chunkSize: number) {
    this.words = wordCount(numbering.slots);
    this.chunkWords = chunkSize >>> 5;
    this.all = numbering.shown;
  }

  /** Word range [from, to) of a chunk. */
  chunkRange(chunk: number): [number, number] {
    const from = chunk * this.chunkWords;
    return [from, Math.min(this.words, from + this.chunkWords)];
  }

  /** An empty set, reused when one is spare; kept until given back with `release`. */
  take(): Uint32Array {
    const set = this.spare.pop();
    if (!set) return new Uint32Array(this.words);
    set.fill(0);
    return set;
  }

  /** An empty set for the current search only: it is reused once the search is over. */
  temp(): Uint32Array {
    const set = this.take();
    this.released.push(set);
    return set;
  }

  /** Gives a set from `take` back; it is reused once the current search is over. */
  release(set: Uint32Array | null): void {
    if (set && set.length === this.words && set !== this.all) this.released.push(set);
  }

  /** Ends a search: the sets given back during it become spare. */
  recycle(): void {
    for (const set of this.released) if (this.spare.length < SPARE_LIMIT) this.spare.push(set);
    this.released.length = 0;
  }

  /** A AND B, as a set for the current search. */
  and(a: Uint32Array, b: Uint32Array): Uint32Array {
    const out = this.temp();
    for (let w = 0; w < out.length; w++) out[w] = (a[w] ?? 0) & (b[w] ?? 0);
    return out;
  }

  /** AND of the given sets, ignoring nulls, as a set for the current search; null for none. */
  combine(sets: readonly (Uint32Array | null)[]): Uint32Array | null {
    const present = sets.filter((s): s is Uint32Array => s !== null);
    const [first, ...rest] = present;
    if (!first) return null;
    const out = this.temp();
    out.set(first);
    for (const s of rest) for (let w = 0; w < out.length; w++) out[w] = (out[w] ?? 0) & (s[w] ?? 0);
    return out;
  }
}
