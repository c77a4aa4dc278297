import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_SENTENCE_LENGTH,
  splitSentences,
} from '../../../../src/domain/text/sentences.ts';

const texts = (paragraph: string, maxLength?: number) =>
  splitSentences(paragraph, maxLength === undefined ? {} : { maxLength }).map((s) => s.text);

describe('splitting Chinese text into sentences for reading aloud', () => {
  it('ends a sentence at each full-width 。！？；…', () => {
    expect(texts('学校开学了。学生们来了！你去吗？先到操场；再进教室……然后上课')).toEqual([
      '学校开学了。',
      '学生们来了！',
      '你去吗？',
      '先到操场；',
      '再进教室……',
      '然后上课',
    ]);
  });

  it('keeps a run of marks together', () => {
    expect(texts('真的吗？！当然是真的。。好')).toEqual(['真的吗？！', '当然是真的。。', '好']);
  });

  it('keeps a closing quote or bracket with the sentence it closes', () => {
    expect(texts('他说：“明天放假。”大家都很高兴。（详见附件。）')).toEqual([
      '他说：“明天放假。”',
      '大家都很高兴。',
      '（详见附件。）',
    ]);
    expect(texts('“真的吗？”她问。《通知》发布了。')).toEqual([
      '“真的吗？”',
      '她问。',
      '《通知》发布了。',
    ]);
  });

  it('gives a straight quote to the sentence it closes, and an opening one to the next', () => {
    expect(texts('他说"好的。"然后走了。"你好"她说。')).toEqual([
      '他说"好的。"',
      '然后走了。',
      '"你好"她说。',
    ]);
  });

  it('splits at half-width marks between Chinese text', () => {
    expect(texts('学校开学了.学生们来了!你去吗?先到操场;再进教室...然后上课')).toEqual([
      '学校开学了.',
      '学生们来了!',
      '你去吗?',
      '先到操场;',
      '再进教室...',
      '然后上课',
    ]);
    expect(texts('Hello! 你好。')).toEqual(['Hello!', '你好。']);
  });

  it('does not split inside numbers, versions, abbreviations or Latin sentences', () => {
    expect(texts('增长了3.5个百分点，达到12.75亿元。')).toEqual([
      '增长了3.5个百分点，达到12.75亿元。',
    ]);
    expect(texts('升级到v2.0版本后运行。')).toEqual(['升级到v2.0版本后运行。']);
    expect(texts('美国U.S.教育部和Dr. Smith发言，e.g. 举例。')).toEqual([
      '美国U.S.教育部和Dr. Smith发言，e.g. 举例。',
    ]);
    expect(texts('Hello, world. This is fine.')).toEqual(['Hello, world. This is fine.']);
  });

  it('does not split inside a web address', () => {
    expect(texts('详见http://www.moe.gov.cn/jyb.html?a=1!b查询。然后报名。')).toEqual([
      '详见http://www.moe.gov.cn/jyb.html?a=1!b查询。',
      '然后报名。',
    ]);
    expect(texts('网址www.example.cn。请访问。')).toEqual(['网址www.example.cn。', '请访问。']);
  });

  it('gives each sentence its place in the paragraph, white space left out', () => {
    const paragraph = '　　第一句。 第二句！';
    const spans = splitSentences(paragraph);
    expect(spans).toEqual([
      { text: '第一句。', start: 2, end: 6 },
      { text: '第二句！', start: 7, end: 11 },
    ]);
    for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves out sentences with nothing to say', () => {
    expect(texts('……')).toEqual([]);
    expect(texts('   ')).toEqual([]);
    expect(texts('好。……')).toEqual(['好。……']);
    expect(texts('')).toEqual([]);
  });

  it('cuts a long run at the last comma in reach, never at a thousands separator', () => {
    const clause = '各地教育部门认真落实要求';
    const long = Array.from({ length: 10 }, () => clause).join('，') + '。';
    const parts = texts(long, 40);
    expect(parts.join('')).toBe(long);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(40);
    for (const part of parts.slice(0, -1)) expect(part.endsWith('，')).toBe(true);

    // The window of the first cut holds `，` and the `,` of 3,000: the cut takes the `，`.
    expect(texts('学校今年投入资金，共计3,000,000元用于改善办学条件。', 16)[0]).toBe(
      '学校今年投入资金，',
    );
  });

  it('cuts a run with no comma at a space, else at the length', () => {
    const words = Array.from({ length: 30 }, () => 'word').join(' ');
    for (const part of texts(words, 20)) expect(part.length).toBeLessThanOrEqual(20);
    const han = '教'.repeat(2000);
    const parts = texts(han);
    expect(parts.join('')).toBe(han);
    expect(Math.max(...parts.map((p) => p.length))).toBe(DEFAULT_MAX_SENTENCE_LENGTH);
  });

  it('never cuts a character outside the basic plane in two', () => {
    const text = '𠀀'.repeat(50);
    const parts = texts(text, 9);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part.length % 2).toBe(0);
  });

  it('keeps every letter and digit in some sentence, in order and within the length (property)', () => {
    const alphabet = fc.constantFrom(
      ...'教育学生。！？；…，、：“”（）.!?;,:"\' 3a\u3000'.split(''),
      'http://a.cn/x',
      '𠀀',
    );
    const wordy = /[\p{L}\p{N}]/u;
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }),
        fc.integer({ min: 8, max: 40 }),
        (chars, max) => {
          const paragraph = chars.join('');
          const spans = splitSentences(paragraph, { maxLength: max });
          let last = 0;
          let gaps = '';
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(last);
            expect(span.end - span.start).toBeLessThanOrEqual(max);
            expect(paragraph.slice(span.start, span.end)).toBe(span.text);
            expect(span.text.trim()).toBe(span.text);
            gaps += paragraph.slice(last, span.start);
            last = span.end;
          }
          gaps += paragraph.slice(last);
          expect(gaps).not.toMatch(wordy);
        },
      ),
    );
  });
});
