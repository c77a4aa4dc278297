import type { SearchDoc } from '../query/search-types.ts';

/**
 * The order results fall back on: newest first, undated last, then id so that the order is total.
 * The engine numbers its documents in this order, so "newer" is simply "smaller number".
 */
export function compareRecency(a: SearchDoc<unknown>, b: SearchDoc<unknown>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The documents in recency order (a sorted copy). */
export function inRecencyOrder<T extends SearchDoc<unknown>>(docs: readonly T[]): T[] {
  return [...docs].sort(compareRecency);
}

/**
 * The documents as the index's files number them: the reverse of recency order, oldest first
 * (`DocNumbering`). A day's new documents are mostly the newest, so they take new numbers and
 * leave the old chunks, blocks and their files as they were.
 */
export function inFileOrder<T extends SearchDoc<unknown>>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => compareRecency(b, a));
}
