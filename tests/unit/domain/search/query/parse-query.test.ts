import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../../src/domain/search/query/parse-query.ts';
import { prepareQuery } from '../../../../../src/domain/search/query/prepare-query.ts';

const texts = (input: string) => {
  const q = parseQuery(input);
  return {
    include: q.include.map((t) => (t.quoted ? `"${t.text}"` : t.text)),
    exclude: q.exclude.map((t) => (t.quoted ? `"${t.text}"` : t.text)),
  };
};

describe('query syntax', () => {
  it('splits terms on blanks of any width', () => {
    expect(texts('重庆  党建\u3000双减')).toEqual({
      include: ['重庆', '党建', '双减'],
      exclude: [],
    });
  });

  it('keeps a quoted phrase together, in ASCII, full-width or Chinese quotes', () => {
    expect(texts('"近视 防控" 广西')).toEqual({ include: ['"近视防控"', '广西'], exclude: [] });
    expect(texts('＂近视防控＂')).toEqual({ include: ['"近视防控"'], exclude: [] });
    expect(texts('“课后 服务”')).toEqual({ include: ['"课后服务"'], exclude: [] });
    expect(texts('「双减」')).toEqual({ include: ['"双减"'], exclude: [] });
  });

  it('runs a quote left open to the end, as while typing', () => {
    expect(texts('广西 "近视防')).toEqual({ include: ['广西', '"近视防"'], exclude: [] });
  });

  it('excludes a term or phrase with a leading minus, ASCII or full-width', () => {
    expect(texts('教育 -重庆 －广西 -"课后服务"')).toEqual({
      include: ['教育'],
      exclude: ['重庆', '广西', '"课后服务"'],
    });
  });

  it('keeps a minus inside a term and ignores one standing alone', () => {
    expect(texts('2022-10 -')).toEqual({ include: ['2022-10'], exclude: [] });
  });

  it('folds each term: case, width and traditional characters', () => {
    expect(texts('開州區 ＳＴＥＭ')).toEqual({ include: ['开州区', 'stem'], exclude: [] });
  });

  it('drops repeated terms and empty quotes', () => {
    expect(texts('党建 党建 ""')).toEqual({ include: ['党建'], exclude: [] });
  });

  it('never throws and never yields an empty term', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        const q = parseQuery(input);
        for (const t of [...q.include, ...q.exclude]) expect(t.text).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('query expansion', () => {
  const expanders = {
    regionsNamed: (t: string) => (t === '重庆' ? ['50'] : []),
    wordsForPinyin: (t: string) =>
      t === 'chongqing' ? ['重庆'] : t === 'kz' ? ['开州', '克州'] : [],
  };

  it('adds the regions a term names and the words its pinyin spells', () => {
    expect(prepareQuery('重庆 kz', expanders).must).toEqual([
      { text: '重庆', literals: ['重庆'], regions: ['50'] },
      { text: 'kz', literals: ['kz', '开州', '克州'], regions: [] },
    ]);
    expect(prepareQuery('chongqing', expanders).must[0]?.regions).toEqual(['50']);
  });

  it('expands excluded terms too, but never a quoted phrase', () => {
    const q = prepareQuery('"重庆" -重庆', expanders);
    expect(q.phrases).toEqual([{ text: '重庆', literals: ['重庆'], regions: [] }]);
    expect(q.not[0]?.regions).toEqual(['50']);
  });
});
