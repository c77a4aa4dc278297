import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../../../src/domain/text/cjk-punctuation.ts';
import { fullWidthPunctuation as fullWidthPunctuationV1 } from '../../../support/reference/cjk-punctuation-v1.ts';

describe('half-width punctuation in Chinese text', () => {
  it.each([
    ['广西:做好近视防控工作', '广西：做好近视防控工作'],
    ['严格落实主体责任,按照整体思路', '严格落实主体责任，按照整体思路'],
    ['一是完善机制;二是落实责任', '一是完善机制；二是落实责任'],
    ['家长需要付费咨询吗?专家提醒', '家长需要付费咨询吗？专家提醒'],
    ['名额有限 抓紧报名!', '名额有限 抓紧报名！'],
    ['真的吗?!', '真的吗？！'],
    ['好!!!', '好！！！'],
    ['2021年来,新建党组织6个', '2021年来，新建党组织6个'],
    ['新建党组织6个,调整优化', '新建党组织6个，调整优化'],
    ['截至3月,1,000人报名', '截至3月，1,000人报名'],
    ['时间:12:00', '时间：12:00'],
    ['“三力”,按照', '“三力”，按照'],
    ['他说:“好。”', '他说：“好。”'],
    ['共有《通知》,要求', '共有《通知》，要求'],
    ['什么？!', '什么？！'],
    ['使用Python,然后', '使用Python，然后'],
    ['中国,China', '中国，China'],
    ['𠀀,a', '𠀀，a'],
    ['“好”,"好",中', '“好”，"好"，中'],
    ['(Hello),中文', '(Hello)，中文'],
  ])('"%s" becomes "%s"', (text, want) => {
    expect(fullWidthPunctuation(text)).toBe(want);
  });

  it.each([
    '共3,000人',
    '下午3:30开始',
    '会议于12:00举行',
    '比分3:2',
    '第1,2,3条',
    'Hello, world!',
    'Is it? Yes; it is: done.',
    '使用Python, Java等语言',
    '(1)加强管理',
    '(Hello)',
    '99以上%',
    '',
    '没有标点的一句话',
    'http://http://a.example.cn/中',
  ])('"%s" stays as it is', (text) => {
    expect(fullWidthPunctuation(text)).toBe(text);
  });

  it('leaves punctuation inside an address alone, and converts what follows it', () => {
    expect(fullWidthPunctuation('详见http://a.example.cn/x?q=1,b;c:d!e,中文')).toBe(
      '详见http://a.example.cn/x?q=1,b;c:d!e，中文',
    );
    expect(fullWidthPunctuation('网址:https://a.example.cn/index.html,欢迎访问')).toBe(
      '网址：https://a.example.cn/index.html，欢迎访问',
    );
    expect(fullWidthPunctuation('见http://a.example.cn/搜索?q=教育,b')).toBe(
      '见http://a.example.cn/搜索?q=教育,b',
    );
    expect(fullWidthPunctuation('请登录http://moe.example.cn查询,谢谢')).toBe(
      '请登录http://moe.example.cn查询，谢谢',
    );
  });

  it('makes parentheses around Han text full-width, with the blanks beside them', () => {
    expect(fullWidthPunctuation('调整为党委(党总支),选派')).toBe('调整为党委（党总支），选派');
    expect(fullWidthPunctuation('工作简报 (第12期)')).toBe('工作简报（第12期）');
    expect(fullWidthPunctuation('主题班(队)会')).toBe('主题班（队）会');
    expect(fullWidthPunctuation('本报讯(记者 张三)')).toBe('本报讯（记者 张三）');
    expect(fullWidthPunctuation('党委(党总支）')).toBe('党委（党总支）');
    expect(fullWidthPunctuation('Python (编程语言)')).toBe('Python （编程语言）');
    expect(fullWidthPunctuation('(见http://a.example.cn)')).toBe('（见http://a.example.cn）');
    expect(fullWidthPunctuation('(a(第一)b)')).toBe('(a（第一）b)');
  });

  it('drops the blanks between a converted mark and Chinese text, not those next to Latin', () => {
    expect(fullWidthPunctuation('会议强调: 要抓好落实')).toBe('会议强调：要抓好落实');
    expect(fullWidthPunctuation('会议强调 :要抓好落实')).toBe('会议强调：要抓好落实');
    expect(fullWidthPunctuation('中文, Latin')).toBe('中文， Latin');
  });
});

// A small alphabet of Han, Latin, digits, blanks, quotes and every mark the rule reads, so that
// marks next to every kind of neighbour are common.
const unit = fc.constantFrom(
  '中',
  '国',
  '𠀀',
  'a',
  'Z',
  '3',
  '0',
  ' ',
  ':',
  ',',
  ';',
  '?',
  '!',
  '(',
  ')',
  '“',
  '”',
  '"',
  '。',
  '，',
  '/',
  '.',
  'http://',
);
const text = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));
const HALF: Record<string, string> = {
  '：': ':',
  '，': ',',
  '；': ';',
  '？': '?',
  '！': '!',
  '（': '(',
  '）': ')',
};
const halfWidth = (s: string) => s.replace(/[：，；？！（）]/g, (c) => HALF[c] ?? c);
const noBlanks = (s: string) => s.replace(/[ \t]/g, '');

describe('full-width punctuation, for any text', () => {
  it('gives what the version that read one-character strings gave', () => {
    const wider = fc.oneof(
      text,
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc
        .array(fc.oneof(unit, fc.constantFrom('（', '）', '[', ']', '‘', '’', "'", '\t', '、')), {
          maxLength: 60,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(wider, (t) => {
        expect(fullWidthPunctuation(t)).toBe(fullWidthPunctuationV1(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes only marks to their full-width forms and blanks beside them', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(noBlanks(halfWidth(fullWidthPunctuation(t)))).toBe(noBlanks(halfWidth(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same text when run twice', () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = fullWidthPunctuation(t);
        expect(fullWidthPunctuation(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves text without Chinese characters as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (t) => {
        expect(fullWidthPunctuation(t)).toBe(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps numbers and times inside Chinese sentences', () => {
    const number = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 })))
      .map(([head, groups]) => [head, ...groups.map((g) => String(g).padStart(3, '0'))].join(','));
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(text, fc.oneof(number, time), text, (before, value, after) => {
        expect(fullWidthPunctuation(`${before}共${value}人${after}`)).toContain(`共${value}人`);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every address as it was written', () => {
    const part = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    const url = fc
      .tuple(
        fc.array(part, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.constantFrom('/', '?', '=', '&', ',', ';', ':', '!'), part)),
      )
      .map(
        ([host, rest]) =>
          `https://${host.join('.')}.example.cn${rest.map(([sep, p]) => sep + p).join('')}`,
      );
    fc.assert(
      fc.property(text, url, fc.constantFrom(' ', '。', '，', '）'), text, (a, u, end, b) => {
        expect(fullWidthPunctuation(`${a} 见${u}${end}${b}`)).toContain(`见${u}`);
      }),
      { numRuns: 1000 },
    );
  });
});
