import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSeed } from '../../../../src/compiler/parse/parse-seed.ts';
import {
  MAX_LINE_CHARS,
  MAX_LIST_ITEMS,
  MAX_PARAGRAPHS,
} from '../../../../src/compiler/parse/seed-limits.ts';
import { writeGluedList } from '../../../support/write-seed.ts';

const TODAY = '2024-06-01';
const LINK = '原文链接:https://a.example.cn/news/1.html';
const parse = (lines: string[]) => parseSeed(lines.join('\n'), { today: TODAY });
const texts = (seed: ReturnType<typeof parseSeed>) => seed.paragraphs.map((p) => p.text);
// What a string becomes through UTF-8: a lone half of a surrogate pair turns into U+FFFD.
const throughUtf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));

describe('dates later than the build day', () => {
  it('keeps a sidebar item dated after the build day, undated, and names its line', () => {
    const seed = parse([
      '标题',
      '正文。',
      LINK,
      '最新加入',
      '甲新闻',
      '2099-01-01乙新闻',
      '2024-05-01',
    ]);
    expect(seed.lists[0]?.entries.map(({ title, date }) => ({ title, date }))).toEqual([
      { title: '甲新闻', date: null },
      { title: '乙新闻', date: '2024-05-01' },
    ]);
    expect(seed.problems).toEqual([
      {
        line: 5,
        severity: 'warning',
        message:
          'The item of "最新加入" on this line is dated 2099-01-01, later than the build day 2024-06-01; not a publication date, so the item is kept undated.',
      },
    ]);
  });

  it('says once for a whole list of them, naming the first', () => {
    const items = ['甲', '乙', '丙'].map((title) => ({
      title: `${title}新闻`,
      date: '2099-01-01',
    }));
    const seed = parse(['标题', '正文。', LINK, '热门资讯', ...writeGluedList(items)]);
    expect(seed.lists[0]?.entries.map((e) => e.date)).toEqual([null, null, null]);
    expect(seed.problems).toEqual([
      expect.objectContaining({
        line: 5,
        message: expect.stringContaining(
          '2099-01-01, later than the build day 2024-06-01, and so are 2 more',
        ),
      }),
    ]);
  });

  it('allows the day after the build day, for a build day written in a time zone behind China', () => {
    expect(parse(['标题', '发布时间:2024-06-02', '正文。', LINK]).publishedAt).toBe('2024-06-02');
    const late = parse(['标题', '发布时间:2024-06-03', '正文。', LINK]);
    expect(late.publishedAt).toBeNull();
    expect(late.problems).toEqual([
      expect.objectContaining({
        line: 2,
        message:
          'The date 2024-06-03 is later than the build day 2024-06-01; not a publication date.',
      }),
    ]);
    const listed = parse(['标题', '正文。', LINK, '最新加入', '甲', '2024-06-02乙', '2024-06-03']);
    expect(listed.lists[0]?.entries.map((e) => e.date)).toEqual(['2024-06-02', null]);
  });

  describe('without a build day given', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('takes it from READER_BUILD_DATE', () => {
      vi.stubEnv('READER_BUILD_DATE', '2020-01-01');
      const seed = parseSeed(['标题', '发布时间:2020-01-03', '正文。', LINK].join('\n'));
      expect(seed.publishedAt).toBeNull();
      expect(seed.problems[0]?.message).toContain('later than the build day 2020-01-01');
    });
  });
});

describe('a line longer than a line may be', () => {
  it('is read as several lines that keep its number, broken after a sentence end', () => {
    const long = '全县教师参加培训。'.repeat(3000); // 27,000 characters
    const seed = parse(['标题', long, LINK]);
    expect(texts(seed).join('')).toBe(long);
    expect(seed.paragraphs).toHaveLength(2);
    expect(seed.paragraphs.map((p) => p.line)).toEqual([2, 2]);
    const first = texts(seed)[0] ?? '';
    expect(first.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(first.length).toBeGreaterThan(MAX_LINE_CHARS - 10);
    expect(first.endsWith('。')).toBe(true);
    expect(seed.problems).toEqual([
      {
        line: 2,
        severity: 'warning',
        message:
          'The line has 27000 characters, more than the 20000 a line may have; it is read as 2 lines, each broken after a sentence end or a blank where one is near.',
      },
    ]);
  });

  it('is cut at the limit when no sentence ends near it, never inside a character', () => {
    const long = `甲${'𠀀'.repeat(15_000)}`; // 30,001 UTF-16 units, 𠀀 taking two
    const seed = parse(['标题', long, LINK]);
    expect(texts(seed).join('')).toBe(long);
    expect(texts(seed).map((t) => t.length)).toEqual([MAX_LINE_CHARS - 1, 10_002]);
    for (const text of texts(seed)) expect(throughUtf8(text)).toBe(text);
  });
});

describe('an article with more paragraphs than an article may have', () => {
  it('keeps the first ones and names the line of the first dropped', () => {
    const paragraph = (n: number) => `全县第${n}所学校开展课后服务活动，覆盖学生百余人。`;
    const paragraphs = Array.from({ length: MAX_PARAGRAPHS + 500 }, (_, i) => paragraph(i + 1));
    const seed = parse(['某县召开全县教育工作会议部署新学期工作', ...paragraphs, LINK]);
    expect(seed.title?.text).toBe('某县召开全县教育工作会议部署新学期工作');
    expect(seed.paragraphs).toHaveLength(MAX_PARAGRAPHS);
    expect(texts(seed).at(-1)).toBe(paragraph(MAX_PARAGRAPHS));
    expect(seed.problems).toEqual([
      {
        line: MAX_PARAGRAPHS + 2,
        severity: 'warning',
        message: `The article has ${MAX_PARAGRAPHS + 500} paragraphs, more than the ${MAX_PARAGRAPHS} kept; the 500 from this line on are dropped.`,
      },
    ]);
  });
});

describe('a seed with more sidebar items than a seed may list', () => {
  it('keeps the first ones over all its lists and names the line of the first dropped', () => {
    const items = (name: string) =>
      Array.from({ length: 80 }, (_, i) => ({ title: `${name}第${i + 1}条`, date: '2024-05-01' }));
    const latest = writeGluedList(items('最新'));
    const hot = writeGluedList(items('热门'));
    const seed = parse(['标题', '正文。', LINK, '最新加入', ...latest, '热门资讯', ...hot]);
    expect(seed.lists.map((l) => l.entries.length)).toEqual([80, MAX_LIST_ITEMS - 80]);
    expect(seed.lists[1]?.entries.at(-1)?.title).toBe(`热门第${MAX_LIST_ITEMS - 80}条`);
    // Line 5 is the first latest item; the hot heading comes after 81 list lines.
    const firstDropped = 5 + 81 + 1 + (MAX_LIST_ITEMS - 80);
    expect(seed.problems).toEqual([
      {
        line: firstDropped,
        severity: 'warning',
        message: `The seed lists 160 sidebar items, more than the ${MAX_LIST_ITEMS} kept; the 60 from this line on are dropped.`,
      },
    ]);
  });
});
