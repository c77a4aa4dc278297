import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../../src/domain/text/fold-text.ts';
import { makeSnippet } from '../../../../../src/domain/search/query/make-snippet.ts';
import {
  findMatchRanges,
  highlightLiterals,
} from '../../../../../src/domain/search/query/match-ranges.ts';
import { nearQueries } from '../../../../../src/domain/search/query/near-queries.ts';
import { parseQuery } from '../../../../../src/domain/search/query/parse-query.ts';
import { prepareQuery } from '../../../../../src/domain/search/query/prepare-query.ts';

const marked = (text: string, literals: string[]) => {
  let out = '';
  let at = 0;
  for (const r of findMatchRanges(text, literals)) {
    out += `${text.slice(at, r.start)}<${text.slice(r.start, r.end)}>`;
    at = r.end;
  }
  return out + text.slice(at);
};

describe('match ranges', () => {
  it('marks every occurrence in the original text', () => {
    expect(marked('开州区党建,开州教育', ['开州'])).toBe('<开州>区党建,<开州>教育');
  });

  it('marks traditional, full-width and spaced-out forms as they are written', () => {
    expect(marked('開州區與ＳＴＥＭ', ['开州', 'stem'])).toBe('<開州>區與<ＳＴＥＭ>');
    expect(marked('开 州 区', ['开州区'])).toBe('<开 州 区>');
  });

  it('marks exactly where a search for each literal in turn finds it, however many literals', () => {
    const units = fc.constantFrom('开', '州', '區', '区', 'Ａ', 'a', ' ');
    const str = (max: number) => fc.array(units, { maxLength: max }).map((u) => u.join(''));
    fc.assert(
      fc.property(str(30), fc.array(str(3), { maxLength: 8 }), (text, literals) => {
        // The one-literal-at-a-time reference: every occurrence of each folded literal.
        const expected = new Set<string>();
        const folded = foldText(text);
        for (const literal of new Set(literals.map(foldText))) {
          if (!literal) continue;
          for (let at = folded.indexOf(literal); at >= 0; at = folded.indexOf(literal, at + 1))
            for (let i = at; i < at + literal.length; i++) expected.add(String(i));
        }
        const got = new Set<string>();
        for (const r of findMatchRanges(text, literals))
          for (
            let i = foldText(text.slice(0, r.start)).length;
            i < foldText(text.slice(0, r.end)).length;
            i++
          )
            got.add(String(i));
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('merges overlapping matches', () => {
    expect(marked('近视防控工作', ['近视防', '防控'])).toBe('<近视防控>工作');
  });

  it('marks what a query wants, not what it excludes, with names inside a named region', () => {
    const query = prepareQuery('重庆 "党建" -双减', {
      regionsNamed: (t) => (t === '重庆' ? ['50'] : []),
    });
    const literals = highlightLiterals(query, (code) => (code === '50' ? ['开州区'] : []));
    expect(literals).toEqual(['重庆', '开州区', '党建']);
  });
});

describe('snippets', () => {
  const text = `${'前'.repeat(100)}近视防控${'后'.repeat(100)}`;

  it('shows a window around the match with its range inside the window', () => {
    const snippet = makeSnippet(text, findMatchRanges(text, ['近视防控']), 40);
    expect(snippet.text).toHaveLength(40);
    expect(snippet.before && snippet.after).toBe(true);
    const [range] = snippet.ranges;
    expect(snippet.text.slice(range?.start, range?.end)).toBe('近视防控');
  });

  it('keeps a short text whole', () => {
    expect(makeSnippet('双减', [{ start: 0, end: 2 }])).toEqual({
      text: '双减',
      ranges: [{ start: 0, end: 2 }],
      before: false,
      after: false,
    });
  });

  it('never cuts a character outside the basic plane in half', () => {
    const wide = '𠀀'.repeat(50);
    const snippet = makeSnippet(wide, [{ start: 41, end: 43 }], 11);
    expect(snippet.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
  });
});

describe('near matches for a query that found nothing', () => {
  it('offers known words one character away, shorter terms, and fewer terms', () => {
    expect(nearQueries('开洲 党建', ['开州', '克州'])).toEqual(['开州 党建', '党建', '开洲']);
    expect(nearQueries('近视防空')).toEqual(['视防空', '近视防']);
  });

  it('offers dropping an exclusion', () => {
    expect(nearQueries('党建 -重庆')).toContain('党建');
  });

  it('never offers a bare exclusion, which would find nothing to show', () => {
    expect(nearQueries('开洲 -党建', ['开州'])).toEqual(['开州 -党建', '开洲']);
    expect(nearQueries('-党建 -重庆')).toEqual([]);
  });

  it('offers only queries with a word to find, whatever was typed', () => {
    const term = fc.constantFrom('开洲', '党建', '近视防空', '"三力"', '重庆', 'kaizhou');
    const query = fc
      .array(fc.tuple(fc.boolean(), term), { maxLength: 4 })
      .map((terms) => terms.map(([minus, t]) => (minus ? `-${t}` : t)).join(' '));
    fc.assert(
      fc.property(query, (typed) => {
        for (const near of nearQueries(typed, ['开州', '克州'])) {
          expect(parseQuery(near).include.length, near).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
