import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../../../src/domain/search/query/make-snippet.ts';
import {
  MAX_MARKS_PER_TEXT,
  findMatchRanges,
} from '../../../../../src/domain/search/query/match-ranges.ts';
import { makeSnippetV1 } from '../../../../support/reference/make-snippet-v1.ts';

// Texts of a few characters that make matches close together, far apart, at both ends and
// around astral characters; the literals to find in them.
const text = fc
  .array(fc.constantFrom('教育', '教', '育', '局', '𠀀', '，', '重庆', ' ', 'ab'), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));
const literals = fc.subarray(['教育', '育局', '重庆', '𠀀', 'b'], { minLength: 1 });

describe('makeSnippet', () => {
  it('picks the same window as counting every match for every window', () => {
    fc.assert(
      fc.property(text, literals, fc.integer({ min: 1, max: 60 }), (t, lits, length) => {
        const ranges = findMatchRanges(t, lits);
        expect(makeSnippet(t, ranges, length)).toEqual(makeSnippetV1(t, ranges, length));
      }),
      { numRuns: 3000 },
    );
  });

  it('finishes on a paragraph with 170,000 matches and shows the densest window', () => {
    const paragraph = `${'学校'.repeat(5000)}${'教育，'.repeat(170_000)}`;
    // Marks stop at the cap: the text after them is shown unmarked.
    const marks = findMatchRanges(paragraph, ['教育']);
    expect(marks).toHaveLength(MAX_MARKS_PER_TEXT);
    expect(marks.at(-1)).toEqual({
      start: 10_000 + 3 * (MAX_MARKS_PER_TEXT - 1),
      end: 10_002 + 3 * (MAX_MARKS_PER_TEXT - 1),
    });
    const apart = Array.from({ length: 170_000 }, (_, i) => ({
      start: 10_000 + 2 * i,
      end: 10_001 + 2 * i,
    }));
    const snippet = makeSnippet(paragraph, apart, 80);
    expect(snippet.before).toBe(true);
    expect(snippet.text).toHaveLength(80);
    expect(snippet.ranges).toHaveLength(40);
  });
});
