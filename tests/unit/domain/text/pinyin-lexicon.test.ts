import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../../../src/domain/text/pinyin-keys.ts';
import {
  PinyinLexicon,
  type CompactPinyinLexicon,
} from '../../../../src/domain/text/pinyin-lexicon.ts';

describe('pinyin', () => {
  it('reads words as words, so polyphones come out right', () => {
    expect(pinyinKeys('重庆')).toEqual({ full: 'chongqing', initials: 'cq' });
    expect(pinyinKeys('开州区')).toEqual({ full: 'kaizhouqu', initials: 'kzq' });
    expect(pinyinKeys('绿色')).toEqual({ full: 'lvse', initials: 'ls' });
  });

  const lexicon = PinyinLexicon.fromJSON(
    JSON.parse(
      JSON.stringify(
        PinyinLexicon.compact(['开州', '开州区', '克州', '重庆', '近视防控', 'STEM'], pinyinKeys),
      ),
    ) as CompactPinyinLexicon,
  );

  it('finds words by all their syllables or by their initials', () => {
    expect(lexicon.wordsFor('kaizhou')).toEqual(['开州']);
    expect(lexicon.wordsFor('kz').sort()).toEqual(['克州', '开州']);
    expect(lexicon.wordsFor('jsfk')).toEqual(['近视防控']);
    expect(lexicon.wordsFor('chongqing')).toEqual(['重庆']);
  });

  it('does not take one letter or a partial reading for a word', () => {
    expect(lexicon.wordsFor('k')).toEqual([]);
    expect(lexicon.wordsFor('kaizh')).toEqual([]);
  });

  it('keeps only words with Chinese characters, folded', () => {
    const compact = PinyinLexicon.compact(['STEM', '開州'], pinyinKeys);
    expect(compact.entries).toEqual([['开州', 'kaizhou', 'kz']]);
  });
});
