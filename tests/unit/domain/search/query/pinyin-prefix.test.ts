import { describe, expect, it } from 'vitest';
import {
  bruteForceSearch,
  prepareBruteForceCorpus,
} from '../../../../support/reference/brute-force-search.ts';
import { buildSearchIndex } from '../../../../../src/domain/search/build/build-search-index.ts';
import { pinyinKeys } from '../../../../../src/domain/text/pinyin-keys.ts';
import {
  PinyinLexicon,
  type CompactPinyinLexicon,
} from '../../../../../src/domain/text/pinyin-lexicon.ts';
import {
  MAX_PINYIN_WORDS,
  prepareQuery,
  readsPinyin,
  type QueryExpanders,
} from '../../../../../src/domain/search/query/prepare-query.ts';
import { SearchIndex } from '../../../../../src/domain/search/query/search-index.ts';
import type { SearchDoc } from '../../../../../src/domain/search/query/search-types.ts';

// Through JSON, as the client gets it.
const lexiconOf = (words: string[]) =>
  PinyinLexicon.fromJSON(
    JSON.parse(JSON.stringify(PinyinLexicon.compact(words, pinyinKeys))) as CompactPinyinLexicon,
  );

const lexicon = lexiconOf([
  '开州',
  '开州区',
  '开展',
  '开学',
  '克州',
  '重庆',
  '重庆市',
  '近视防控',
  '西安',
  '香港',
  '党建',
]);

const expanders: QueryExpanders = {
  regionsNamed: (t) =>
    ({ 开州: ['500154'], 开州区: ['500154'], 重庆: ['50'], 重庆市: ['50'], 克州: ['6530'] })[t] ??
    [],
  wordsForPinyin: (t, reading) => lexicon.wordsFor(t, reading),
};

/** Each wanted term of a query as `text: literals`, regions aside. */
const literals = (query: string) =>
  prepareQuery(query, expanders).must.map((t) => `${t.text}: ${t.literals.join(' ')}`);

describe('pinyin lexicon prefixes', () => {
  it('finds the words whose reading starts with an unfinished syllable', () => {
    expect(lexicon.wordsFor('kaiz', { prefix: true })).toEqual(['开展', '开州', '开州区']);
    expect(lexicon.wordsFor('kaizh', { prefix: true })).toEqual(['开展', '开州', '开州区']);
    expect(lexicon.wordsFor('kaizho', { prefix: true })).toEqual(['开州', '开州区']);
    expect(lexicon.wordsFor('chongq', { prefix: true })).toEqual(['重庆', '重庆市']);
  });

  it('puts the exact reading first, then initials, then longer readings, shortest first', () => {
    expect(lexicon.wordsFor('kaizhou', { prefix: true })).toEqual(['开州', '开州区']);
    expect(lexicon.wordsFor('xian', { prefix: true })).toEqual(['西安', '香港']);
    expect(lexicon.wordsFor('kz', { prefix: true })).toEqual(['克州', '开展', '开州']);
  });

  it('reads nothing into a prefix no reading starts with, or into one letter', () => {
    expect(lexicon.wordsFor('kaizhoux', { prefix: true })).toEqual([]);
    expect(lexicon.wordsFor('kaiq', { prefix: true })).toEqual([]);
    expect(lexicon.wordsFor('zhou', { prefix: true })).toEqual([]);
    expect(lexicon.wordsFor('k', { prefix: true })).toEqual([]);
  });

  it('reads prefixes only when asked, and initials only as whole initials', () => {
    expect(lexicon.wordsFor('kaiz')).toEqual([]);
    expect(lexicon.wordsFor('jsf', { prefix: true })).toEqual([]);
    expect(lexicon.wordsFor('kz', { initials: false })).toEqual([]);
  });
});

describe('pinyin while typing', () => {
  it('reads no word into a letter alone, not even a whole reading, nor waits for the readings', () => {
    const withA = lexiconOf(['阿', '阿坝']);
    const letters: QueryExpanders = { wordsForPinyin: (t, reading) => withA.wordsFor(t, reading) };
    expect(withA.wordsFor('a')).toEqual(['阿']);
    expect(prepareQuery('a', letters).must.map((t) => t.literals)).toEqual([['a']]);
    expect(prepareQuery('ab', letters).must.map((t) => t.literals)).toEqual([['ab', '阿坝']]);
    expect(readsPinyin('a')).toBe('soon');
    expect(readsPinyin('k 教育')).toBe('soon');
    expect(readsPinyin('k a')).toBe('now');
    expect(readsPinyin('-ka')).toBe('now');
    expect(readsPinyin('教育 "ka"')).toBe('no');
  });

  it('reads the last term as an unfinished syllable', () => {
    expect(literals('kaiz')).toEqual(['kaiz: kaiz 开展 开州']);
    expect(literals('重庆 kaizh')).toEqual(['重庆: 重庆', 'kaizh: kaizh 开展 开州']);
  });

  it('keeps a word holding another candidate out of the literals, but keeps its regions', () => {
    const [term] = prepareQuery('kaizhou', expanders).must;
    expect(term?.literals).toEqual(['kaizhou', '开州']);
    expect(term?.regions).toEqual(['500154']);
    expect(prepareQuery('chongq', expanders).must[0]?.regions).toEqual(['50']);
  });

  it('reads only the last term as unfinished', () => {
    expect(literals('kaiz 党建')).toEqual(['kaiz: kaiz', '党建: 党建']);
    expect(literals('kaiz ')).toEqual(['kaiz: kaiz 开展 开州']);
    expect(prepareQuery('党建 -kaiz', expanders).not[0]?.literals).toEqual(['kaiz']);
    expect(prepareQuery('"kaiz"', expanders).phrases[0]?.literals).toEqual(['kaiz']);
  });

  it('reads syllables typed apart as one word, finished or not', () => {
    expect(literals('kai zhou')).toEqual(['kaizhou: kaizhou 开州']);
    expect(literals('kai zh')).toEqual(['kaizh: kaizh 开展 开州']);
    expect(literals('kai zhou 党建')).toEqual(['kaizhou: kaizhou 开州', '党建: 党建']);
    expect(literals('jin shi fang kong chong qing')).toEqual([
      'jinshifangkong: jinshifangkong 近视防控',
      'chongqing: chongqing 重庆',
    ]);
  });

  it('keeps syllables apart when together they spell no word, or are not neighbours', () => {
    expect(literals('kai zhe')).toEqual(['kai: kai', 'zhe: zhe']);
    expect(literals('zhe kai')).toEqual(['zhe: zhe', 'kai: kai 开学 开展 开州']);
    expect(literals('k z')).toEqual(['k: k', 'z: z']);
    expect(literals('kai -x zhou')).toEqual(['kai: kai', 'zhou: zhou']);
    expect(literals('"kai" zhou')).toEqual(['zhou: zhou']);
  });

  it('keeps at most MAX_PINYIN_WORDS words for a short prefix', () => {
    const many = lexiconOf(
      Array.from({ length: 60 }, (_, i) => `开${String.fromCodePoint(0x4e00 + i * 7)}`),
    );
    const [term] = prepareQuery('ka', {
      wordsForPinyin: (t, reading) => many.wordsFor(t, reading),
    }).must;
    expect(term?.literals.length).toBe(MAX_PINYIN_WORDS + 1);
  });
});

describe('searching while typing pinyin', () => {
  let serial = 0;
  const doc = (title: string, date: string): SearchDoc => ({
    id: `doc-${++serial}`,
    kind: 'article',
    title,
    paragraphs: [],
    date,
    regions: [],
    topics: [],
  });
  const docs = [
    doc('开州区教委召开党建工作会议', '2024-03-01'),
    doc('克州举办教师培训', '2024-02-01'),
    doc('开学第一课', '2024-01-01'),
    doc('重庆市教委开展近视防控', '2023-12-01'),
  ];
  const index = SearchIndex.fromFiles(buildSearchIndex(docs, { chunkSize: 32 }));
  const corpus = prepareBruteForceCorpus(docs);
  const titles = async (query: string) => {
    const prepared = prepareQuery(query, expanders);
    const result = await index.search(prepared);
    expect(result).toEqual(bruteForceSearch(corpus, prepared));
    return result.hits.map((h) => docs.find((d) => d.id === h.id)?.title);
  };

  it('shows 开州 news from the first letters of its last syllable', async () => {
    for (const typed of ['kaiz', 'kaizh', 'kaizho', 'kai zhou', 'kai zh']) {
      expect(await titles(typed)).toContain('开州区教委召开党建工作会议');
    }
    expect(await titles('kaizho')).toEqual(['开州区教委召开党建工作会议']);
    expect(await titles('kai zhou 党建')).toEqual(['开州区教委召开党建工作会议']);
  });

  it('finds only what the readings spell', async () => {
    expect(await titles('kaiz')).toEqual(['开州区教委召开党建工作会议', '重庆市教委开展近视防控']);
    expect(await titles('kaix')).toEqual(['开学第一课']);
    expect(await titles('kaizhoux')).toEqual([]);
    expect(await titles('kaiz 党建')).toEqual([]);
  });
});
