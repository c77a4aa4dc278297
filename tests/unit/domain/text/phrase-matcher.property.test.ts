import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../../src/domain/text/phrase-matcher.ts';
import { chinaDivisions } from '../../../../src/domain/tagging/regions/china-divisions.ts';
import { RegionLexicon } from '../../../../src/domain/tagging/regions/region-lexicon.ts';
import { LongestMatch } from '../../../support/reference/longest-match.ts';
import { TOPICS } from '../../../../src/domain/tagging/topics/topic-vocabulary.ts';

// A small alphabet makes phrases that are prefixes of one another, overlaps and near misses
// common; the surrogate pair checks that code units, not characters, are compared.
const letter = fc.constantFrom('开', '州', '区', '重', '庆', '市', '江', '北', 'a', '😀', '，');
const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
const text = fc.array(letter, { maxLength: 80 }).map((cs) => cs.join(''));

describe('the phrase matcher', () => {
  it('finds exactly what the longest-match trie finds, in any dictionary', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.nat(9)), { maxLength: 25 }), text, (entries, t) => {
        expect(new PhraseMatcher(entries).find(t)).toEqual(new LongestMatch(entries).find(t));
      }),
      { numRuns: 500 },
    );
  });

  it('finds exactly what the longest-match trie finds with every place name and topic term', () => {
    const names = new RegionLexicon(chinaDivisions()).names();
    const terms = TOPICS.flatMap((t) => t.terms.map((term) => term.text));
    const entries = [...names, ...terms].map((name, i) => [name, i] as const);
    const fast = new PhraseMatcher(entries);
    const slow = new LongestMatch(entries);
    // Text stitched from real names, cut anywhere, with noise between.
    const stitched = fc
      .array(
        fc.oneof(
          fc
            .constantFrom(...names, ...terms)
            .chain((n) => fc.nat(n.length).map((cut) => n.slice(0, Math.max(1, cut)))),
          fc.constantFrom(...names, ...terms),
          text,
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(stitched, (t) => {
        expect(fast.find(t)).toEqual(slow.find(t));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the first value given for a phrase listed twice, and ignores the empty phrase', () => {
    const matcher = new PhraseMatcher([
      ['', 0],
      ['开州', 1],
      ['开州', 2],
    ]);
    expect(matcher.find('开州开')).toEqual([{ start: 0, end: 2, value: 1 }]);
  });
});
