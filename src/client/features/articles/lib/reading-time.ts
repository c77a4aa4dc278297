/**
 * Chinese is read at roughly 300–500 characters a minute; the middle of that range gives an
 * estimate that is rarely far off for news prose.
 */
export const CHARS_PER_MINUTE = 400;

/** Characters a reader reads: everything but white space, counted by code point. */
export function countReadingChars(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) {
    for (const char of paragraph) {
      if (!/\s/u.test(char)) count++;
    }
  }
  return count;
}

/** Whole minutes, at least one for any text at all; zero for none. */
export function estimateReadingMinutes(chars: number, charsPerMinute = CHARS_PER_MINUTE): number {
  if (chars <= 0) return 0;
  return Math.max(1, Math.round(chars / charsPerMinute));
}
