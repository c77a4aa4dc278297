import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, NO_LINE_END, NO_LINE_START } from '../../../../src/domain/text/break-lines.ts';

/** A monospaced stand-in for a canvas: Chinese and full-width marks 1 em, ASCII half an em. */
function measure(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}

const WORD = /[a-z0-9]/;

function allowed(before: string, after: string): boolean {
  if (before === ' ' || after === ' ') return true;
  return !NO_LINE_START.includes(after) && !NO_LINE_END.includes(before);
}

describe('breaking Chinese text into lines', () => {
  it('fills each line to its width, one character at a time', () => {
    expect(breakLines('教育部发布通知要求各地做好工作', 5, measure)).toEqual([
      '教育部发布',
      '通知要求各',
      '地做好工作',
    ]);
  });

  it('never starts a line with closing punctuation: the last character goes with it', () => {
    expect(breakLines('学校开展活动，学生积极参加。', 6, measure)).toEqual([
      '学校开展活',
      '动，学生积极',
      '参加。',
    ]);
  });

  it('carries a closing quote and full stop together with the character before them', () => {
    expect(breakLines('他说：“很好。”然后走了', 6, measure)).toEqual([
      '他说：“很',
      '好。”然后走',
      '了',
    ]);
  });

  it('never ends a line with an opening quote or bracket', () => {
    expect(breakLines('印发通知《关于做好工作的意见》', 5, measure)).toEqual([
      '印发通知',
      '《关于做好',
      '工作的意',
      '见》',
    ]);
    expect(breakLines('今年四“双减”工作', 4, measure)).toEqual(['今年四', '“双减”', '工作']);
  });

  it('keeps Latin words and numbers whole, and drops the space at a break', () => {
    expect(breakLines('全市 2024 年 5G 覆盖率', 4, measure)).toEqual([
      '全市',
      '2024 年',
      '5G 覆盖',
      '率',
    ]);
    expect(breakLines('hello world again', 3, measure)).toEqual(['hello', 'world', 'again']);
  });

  it('splits a word wider than a line per character', () => {
    expect(breakLines('abcdefgh', 2, measure)).toEqual(['abcd', 'efgh']);
  });

  it('never splits 省略号 or 破折号', () => {
    expect(breakLines('一二三四……五', 5, measure)).toEqual(['一二三四', '……五']);
    expect(breakLines('一二三四——五', 5, measure)).toEqual(['一二三四', '——五']);
  });

  it('ends the last allowed line with an ellipsis when text is left over', () => {
    expect(breakLines('教育部发布通知要求各地做好工作', 5, measure, { maxLines: 2 })).toEqual([
      '教育部发布',
      '通知要求…',
    ]);
    // A full stop before the ellipsis would stutter (。…), an opening mark would dangle.
    expect(breakLines('一二三。四五六七八九', 5, measure, { maxLines: 1 })).toEqual(['一二三…']);
    expect(breakLines('一二三《四五六七八九', 5, measure, { maxLines: 1 })).toEqual(['一二三…']);
  });

  it('adds no ellipsis when everything fits in the lines allowed', () => {
    expect(breakLines('教育部发布通知', 5, measure, { maxLines: 2 })).toEqual([
      '教育部发布',
      '通知',
    ]);
    expect(breakLines('', 5, measure)).toEqual([]);
  });

  it('keeps a line of nothing but marks as it is rather than looping', () => {
    expect(breakLines('，，，，，，', 3, measure)).toEqual(['，，，', '，，，']);
  });

  it('keeps every character but spaces, and obeys the width and kinsoku wherever it can', () => {
    const alphabet = Array.from(`教育学校学生工作a1 ${NO_LINE_START.slice(0, 6)}${NO_LINE_END}`);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        fc.integer({ min: 3, max: 12 }),
        (chars, width) => {
          const text = chars.join('');
          const lines = breakLines(text, width, measure);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const line of lines) {
            expect(line).not.toBe('');
            expect(measure(line)).toBeLessThanOrEqual(width);
          }
          for (const [index, line] of lines.entries()) {
            const previous = lines[index - 1];
            if (previous === undefined || allowed(previous.slice(-1), line.charAt(0))) continue;
            // A rule is broken only where the line before offered no allowed break at all.
            const chars = Array.from(previous.replace(/ /g, ''));
            const inside = chars.slice(1).some((char, at) => {
              const before = chars[at] ?? '';
              return !(WORD.test(before) && WORD.test(char)) && allowed(before, char);
            });
            expect(inside).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
