import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldTextWithMap } from '../../../../src/domain/text/fold-text.ts';

describe('folding', () => {
  it.each([
    ['full-width letters and digits', 'ＳＴＥＭ２０２４', 'stem2024'],
    ['letter case', 'Covid-19 STEM', 'covid-19stem'],
    ['traditional characters', '開州區教育委員會', '开州区教育委员会'],
    ['Taiwan variant forms', '爲', '为'],
    ['full-width punctuation', '“三力”：（一）', '“三力”:(一)'],
    ['accents', 'Kāizhōu', 'kaizhou'],
    ['blanks of every width', '开 州\u3000区\t\n', '开州区'],
    ['invisible format characters', '开\u200b州', '开州'],
    ['circled numbers', '①', '1'],
  ])('folds %s', (_, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('leaves simplified Chinese as it is', () => {
    const text = '开州区聚焦“三力”抓牢抓实中小学党建工作';
    expect(foldText(text)).toBe(text);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(foldText(foldText(s))).toBe(foldText(s));
      }),
      { numRuns: 300 },
    );
  });

  it('maps every folded unit back to the character it came from', () => {
    const { text, starts, ends } = foldTextWithMap('Ａ 開州');
    expect(text).toBe('a开州');
    expect([...starts]).toEqual([0, 2, 3]);
    expect([...ends]).toEqual([1, 3, 4]);
  });

  it('gives the same text with or without the map', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const mapped = foldTextWithMap(s);
        expect(mapped.text).toBe(foldText(s));
        expect(mapped.starts).toHaveLength(mapped.text.length);
      }),
      { numRuns: 200 },
    );
  });
});
