import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldItemText } from '../../../../../src/domain/tagging/fold-item.ts';
import {
  buildKeywordModel,
  countKeywordWords,
  extractKeywords,
  KEYWORD_BODY_CHARS,
  keywordModelOf,
  keywordText,
  rankKeywords,
  type KeywordModel,
} from '../../../../../src/domain/tagging/topics/extract-keywords.ts';
import * as v1 from '../../../../support/reference/extract-keywords-v1.ts';

// Chinese words, stopwords, Latin words, digits, full-width forms, blanks and traditional
// characters: what segmentation and folding each treat in their own way.
const piece = fc.constantFrom(
  '教育',
  '工作',
  '开州区',
  '近视防控',
  '學校',
  '课后服务',
  '，',
  '。',
  ' ',
  'AI',
  'Python3',
  'ｅｄｕ',
  '2024',
  '的',
  '新时代',
);
const paragraph = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const item = fc.record({
  title: paragraph,
  paragraphs: fc.array(paragraph, { maxLength: 6 }),
});

describe('keywords counted once per item', () => {
  it('rank as the extractor that segmented each item twice did', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
        const model = buildKeywordModel(items);
        const v1Model = v1.buildKeywordModel(items);
        expect({ ...model, frequencies: Object.fromEntries(model.frequencies) }).toEqual(v1Model);
        expect(keywordModelOf(items.map((i) => countKeywordWords(i)))).toEqual(model);
        for (const i of items) {
          const expected = v1.extractKeywords(i, { model: v1Model, limit: 8 });
          expect(extractKeywords(i, { model, limit: 8 })).toEqual(expected);
          // Folded once by the caller and shared with the taggers: the same words.
          const counts = countKeywordWords(i, foldItemText(i));
          expect(rankKeywords(counts, { model, limit: 8 })).toEqual(expected);
          expect(extractKeywords(i)).toEqual(v1.extractKeywords(i));
          // What crosses to a worker to be counted there counts the same.
          expect(countKeywordWords(keywordText(i))).toEqual(countKeywordWords(i));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('read the lead the same way when a paragraph is cut at the length limit', () => {
    const long = '开州区教育工作'.repeat(120);
    const i = { title: '标题', paragraphs: ['近视防控', long, '课后服务'] };
    expect(countKeywordWords(i, foldItemText(i))).toEqual(countKeywordWords(i));
    expect(keywordText(i).paragraphs.join('').length).toBe(KEYWORD_BODY_CHARS);
    expect(countKeywordWords(keywordText(i))).toEqual(countKeywordWords(i));
    expect(extractKeywords(i)).toEqual(v1.extractKeywords(i));
  });
});

/** The first ranking (`v1.rankCounts`), which takes the model's frequencies as an object. */
const sortedRanking = (
  counts: ReadonlyMap<string, number>,
  model: KeywordModel | undefined,
  limit: number,
) =>
  v1.rankCounts(counts, {
    model: model && { ...model, frequencies: Object.fromEntries(model.frequencies) },
    limit,
  });

describe('rankKeywords', () => {
  // Few words and small numbers, so that equal scores (ties go by the word) come up often.
  const word = fc.constantFrom(
    '教育',
    '学校',
    '开州',
    '课后',
    '近视',
    'AI',
    '党建',
    '就业',
    '学生',
  );
  const counts = fc
    .array(fc.tuple(word, fc.integer({ min: 0, max: 4 })))
    .map((entries) => new Map(entries));
  const model = fc.option(
    fc.record({
      documents: fc.integer({ min: 0, max: 6 }),
      frequencies: fc
        .array(fc.tuple(word, fc.integer({ min: 0, max: 6 })))
        .map((entries) => new Map(entries)),
    }),
    { nil: undefined },
  );

  it('keeps the best words in the order a full sort gives, for any limit', () => {
    fc.assert(
      fc.property(counts, model, fc.integer({ min: 0, max: 10 }), (c, m, limit) => {
        expect(rankKeywords(c, { model: m, limit })).toEqual(sortedRanking(c, m, limit));
      }),
      { numRuns: 500 },
    );
  });
});
