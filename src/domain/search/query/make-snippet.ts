import type { TextRange } from './match-ranges.ts';

/** A window of a text around its matches, with the matches' ranges inside the window. */
export interface Snippet {
  text: string;
  ranges: TextRange[];
  /** Text was cut before / after the window: the UI shows an ellipsis there. */
  before: boolean;
  after: boolean;
}

/** Context kept before the first match, as a share of the window. */
const LEAD = 0.25;

const isLowSurrogate = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/**
 * The part of `text` of at most `length` units that shows the most matches, starting a little
 * before the first of them; never cuts a character in half. `ranges` are sorted and disjoint, as
 * `findMatchRanges` gives them.
 */
export function makeSnippet(text: string, ranges: readonly TextRange[], length = 80): Snippet {
  let start = 0;
  if (text.length > length && ranges.length > 0) {
    let best = -1;
    // Windows start at each match in turn, so they only move forward: the matches before a
    // window and those ending inside it are counted with two cursors, in one pass (a paragraph
    // with 170,000 matches took two minutes when each window counted every match).
    let before = 0;
    let inside = 0;
    for (const anchor of ranges) {
      const from = Math.max(
        0,
        Math.min(anchor.start - Math.floor(length * LEAD), text.length - length),
      );
      while (before < ranges.length && (ranges[before]?.start ?? 0) < from) before++;
      while (inside < ranges.length && (ranges[inside]?.end ?? 0) <= from + length) inside++;
      const covered = Math.max(0, inside - before);
      if (covered > best) {
        best = covered;
        start = from;
      }
    }
  }
  let end = Math.min(text.length, start + length);
  if (start > 0 && isLowSurrogate(text, start)) start--;
  if (end < text.length && isLowSurrogate(text, end)) end--;
  return {
    text: text.slice(start, end),
    ranges: ranges
      .filter((r) => r.end > start && r.start < end)
      .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start })),
    before: start > 0,
    after: end < text.length,
  };
}
