import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  storyFingerprint,
  SHINGLE_CHARS,
  WINDOW,
} from '../../../../src/domain/stories/story-fingerprint.ts';
import { foldText } from '../../../../src/domain/text/fold-text.ts';
import { storyFingerprint as storyFingerprintV1 } from '../../../support/reference/story-fingerprint-v1.ts';

const fingerprint = (...paragraphs: string[]) => storyFingerprint(paragraphs.map(foldText));
const shared = (a: Uint32Array, b: Uint32Array) => {
  const inA = new Set(a);
  return b.filter((h) => inA.has(h)).length;
};

const BODY = [
  '本学期以来,示范县教育局组织全县中小学开展近视防控专项行动,为每名学生建立视力健康档案。',
  '各校每天安排两次眼保健操,课间督促学生走出教室远眺,每学期开展两次视力筛查并及时告知家长。',
];

describe('the fingerprint of a story body', () => {
  it('is sorted, each hash once, and empty for a body too short to shingle', () => {
    const fp = fingerprint(...BODY);
    expect(fp.length).toBeGreaterThan(10);
    expect([...fp]).toEqual([...new Set(fp)].sort((a, b) => a - b));
    expect(fingerprint('短文')).toEqual(new Uint32Array(0));
    expect(fingerprint('')).toEqual(new Uint32Array(0));
  });

  it('does not change with punctuation, spacing, line breaks or width forms', () => {
    const respaced = BODY.map((p) =>
      p.replaceAll(',', ', ').replaceAll('。', '. ').replace('学', '学 '),
    );
    expect(fingerprint(...respaced)).toEqual(fingerprint(...BODY));
    expect(fingerprint(BODY.join(''))).toEqual(fingerprint(...BODY));
  });

  it('does not change when the copy is in traditional characters (the text is folded first)', () => {
    const traditional = [
      '本學期以來,示範縣教育局組織全縣中小學開展近視防控專項行動,為每名學生建立視力健康檔案。',
      '各校每天安排兩次眼保健操,課間督促學生走出教室遠眺,每學期開展兩次視力篩查並及時告知家長。',
    ];
    expect(fingerprint(...traditional)).toEqual(fingerprint(...BODY));
  });

  it('shares a fingerprint whenever two texts share a run of shingle plus window characters', () => {
    const run = '课间督促学生走出教室远眺每学期'.slice(0, SHINGLE_CHARS + WINDOW - 1);
    const a = fingerprint(`甲乙丙丁戊己庚辛壬癸${run}子丑寅卯辰巳午未申酉`);
    const b = fingerprint(`一二三四五六七八九十${run}春夏秋冬东南西北中外`);
    expect(shared(a, b)).toBeGreaterThanOrEqual(1);
  });

  it('keeps most of the shorter text when a copy is cut', () => {
    const full = fingerprint(...BODY);
    const cut = fingerprint(BODY[0] ?? '');
    expect(shared(full, cut) / cut.length).toBeGreaterThan(0.9);
  });
});

describe('the fingerprint, for any paragraphs', () => {
  it('is what the version that stripped and hashed strings gave', () => {
    // Few distinct units, so that shingles repeat and windows tie; letters outside the BMP,
    // halves of them, punctuation and blanks, which are stripped.
    const unit = fc.constantFrom(
      '教',
      '育',
      '局',
      'a',
      '7',
      '𠀀',
      '\ud840',
      '\udc00',
      '，',
      ' ',
      '.',
    );
    const paragraph = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), (paragraphs) => {
        expect(storyFingerprint(paragraphs)).toEqual(storyFingerprintV1(paragraphs));
      }),
      { numRuns: 2000 },
    );
    expect(fingerprint(...BODY)).toEqual(storyFingerprintV1(BODY.map(foldText)));
  });
});
