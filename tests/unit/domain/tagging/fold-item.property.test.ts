import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldItemText } from '../../../../src/domain/tagging/fold-item.ts';
import { foldText, foldTextWithMap } from '../../../../src/domain/text/fold-text.ts';

// What folding changes and what it keeps: full-width forms, capitals, accents and combining
// marks, traditional characters, blanks and invisible characters, astral characters (CJK
// extension B, emoji, mathematical letters) and lone surrogate halves.
const unit = fc.oneof(
  fc.constantFrom('开', '州', '區', '學', 'Ａ', 'ｂ', 'É', 'e\u0301', ' ', '\u3000', '\u200b'),
  fc.constantFrom('，', '。', '①', '㈱', '𠀀', '😀', '𝐀', '\ud800', '\udc00', '\n', 'a'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));

describe('folding item text', () => {
  it('folds by table exactly as folding character by character does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(foldText(t)).toBe(foldTextWithMap(t).text);
      }),
      { numRuns: 2000 },
    );
  });

  it('folds a title and each paragraph', () => {
    expect(foldItemText({ title: '開州區', paragraphs: ['ＡＢ Ｃ', '学校'] })).toEqual({
      title: foldText('開州區'),
      paragraphs: [foldText('ＡＢ Ｃ'), '学校'],
    });
  });
});
