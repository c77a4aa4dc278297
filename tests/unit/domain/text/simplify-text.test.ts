import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countTraditional,
  simplifyChar,
  simplifyText,
} from '../../../../src/domain/text/traditional-to-simplified.ts';

describe('simplifying a line of text', () => {
  it('turns traditional characters into simplified ones and leaves the rest', () => {
    expect(simplifyText('發佈時間:2024-07-02 來源: 某某日報')).toBe(
      '发布时间:2024-07-02 来源: 某某日报',
    );
    expect(simplifyText('相關新聞')).toBe('相关新闻');
    const plain = '开州区 ABC 123 ，。';
    expect(simplifyText(plain)).toBe(plain);
  });

  it('is the character-by-character simplification of any text', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
    const text = fc.array(fc.oneof(han, fc.string({ unit: 'grapheme', maxLength: 2 })));
    fc.assert(
      fc.property(text, (parts) => {
        const line = parts.join('');
        const oneByOne = Array.from(line, (char) => {
          const s = simplifyChar(char);
          return s.length === 1 ? s : char;
        }).join('');
        expect(simplifyText(line)).toBe(oneByOne);
      }),
    );
  });
});

describe('counting traditional characters', () => {
  it('counts the characters simplification changes, as one by one', () => {
    // Han of both scripts, astral Han (some simplify), lone surrogates and anything else.
    const han = fc.integer({ min: 0x3400, max: 0x9fff }).map((c) => String.fromCharCode(c));
    const astral = fc.integer({ min: 0x20000, max: 0x2ffff }).map((c) => String.fromCodePoint(c));
    const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    const text = fc.array(
      fc.oneof(han, astral, lone, fc.string({ unit: 'grapheme', maxLength: 2 })),
    );
    fc.assert(
      fc.property(text, (parts) => {
        const line = parts.join('');
        const oneByOne = Array.from(line).filter((char) => simplifyChar(char) !== char).length;
        expect(countTraditional(line)).toBe(oneByOne);
      }),
    );
    expect(countTraditional('發佈時間 开州区 𠮷')).toBe(4);
    // An astral character that simplifies (𠁞 → 𠀾), one that simplifies to an astral one.
    expect(countTraditional('\u{2005e}\u35f2𠀾')).toBe(2);
  });
});
