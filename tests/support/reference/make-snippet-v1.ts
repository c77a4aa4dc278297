import type { TextRange } from '../../../src/domain/search/query/match-ranges.ts';
import type { Snippet } from '../../../src/domain/search/query/make-snippet.ts';

/** Context kept before the first match, as a share of the window. */
const LEAD = 0.25;

const isLowSurrogate = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** `makeSnippet` as first written: every anchor counts every range (quadratic in matches). */
export function makeSnippetV1(text: string, ranges: readonly TextRange[], length = 80): Snippet {
  let start = 0;
  if (text.length > length && ranges.length > 0) {
    let best = -1;
    for (const anchor of ranges) {
      const from = Math.max(
        0,
        Math.min(anchor.start - Math.floor(length * LEAD), text.length - length),
      );
      const covered = ranges.filter((r) => r.start >= from && r.end <= from + length).length;
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
