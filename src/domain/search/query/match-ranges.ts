import { foldText, foldTextWithMap } from '../../text/fold-text.ts';
import type { SearchQuery } from './search-types.ts';

/** A half-open range [start, end) of UTF-16 units in the original text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Matches marked in one text at most: a hostile paragraph can hold a hundred thousand, and
 * nobody reads that many marks; the text after the last one is shown unmarked.
 */
export const MAX_MARKS_PER_TEXT = 2000;

/** Literals by their first UTF-16 unit, so that a text is scanned once for all of them. */
type FirstUnitIndex = Map<string, string[]>;
const indexes = new WeakMap<readonly string[], FirstUnitIndex>();

function indexOf(literals: readonly string[]): FirstUnitIndex {
  let index = indexes.get(literals);
  if (!index) {
    index = new Map();
    for (const literal of new Set(literals.map(foldText))) {
      if (!literal) continue;
      const first = literal.charAt(0);
      index.set(first, [...(index.get(first) ?? []), literal]);
    }
    indexes.set(literals, index);
  }
  return index;
}

/**
 * Where any of the literals occurs in `text`, as ranges of the original (unfolded) text, sorted
 * and merged: what the UI wraps in `<mark>`. Matching is on folded text, exactly as in search, so
 * 開州區 in an article is marked for the query 开州. One pass over the text whatever the number
 * of literals (a province's query marks the names of every place inside it), stopping after
 * `MAX_MARKS_PER_TEXT` matches.
 */
export function findMatchRanges(text: string, literals: readonly string[]): TextRange[] {
  const index = indexOf(literals);
  if (index.size === 0) return [];
  const folded = foldTextWithMap(text);
  const raw: TextRange[] = [];
  for (let at = 0; at < folded.text.length && raw.length < MAX_MARKS_PER_TEXT; at++) {
    for (const literal of index.get(folded.text.charAt(at)) ?? []) {
      if (!folded.text.startsWith(literal, at)) continue;
      raw.push({
        start: folded.starts[at] ?? 0,
        end: folded.ends[at + literal.length - 1] ?? 0,
      });
    }
  }
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of raw) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The literals to mark for a query: every form of every wanted term and phrase (not the excluded
 * ones). `regionNames` adds the names of places inside a region the query names, so a result
 * found for 重庆 through its 开州区 tag shows 开州区 marked.
 */
export function highlightLiterals(
  query: SearchQuery,
  regionNames?: (code: string) => readonly string[],
): string[] {
  const out = new Set<string>();
  for (const term of [...query.must, ...query.phrases]) {
    for (const literal of term.literals) out.add(literal);
    if (regionNames) for (const code of term.regions) for (const n of regionNames(code)) out.add(n);
  }
  return [...out];
}
