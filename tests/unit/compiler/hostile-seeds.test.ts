import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { MAX_LIST_ITEMS } from '../../../src/compiler/parse/seed-limits.ts';
import type { Article } from '../../../src/domain/bundle/bundle.ts';
import { readBundle } from '../../support/read-bundle.ts';
import { seedSource, writeSeed, type SeedParts } from '../../support/write-seed.ts';

const TODAY = '2024-12-31';
const compileParts = (...seeds: [string, SeedParts][]) =>
  compileSeeds(
    seeds.map(([file, parts]) => seedSource(file, writeSeed(parts))),
    { today: TODAY },
  );

const plain: SeedParts = {
  title: '某市召开全市教育工作会议部署新学期工作',
  paragraphs: ['会议总结了上学期工作，部署了新学期重点任务。'],
  url: 'https://a.example.cn/202403/t20240301_1.html',
};

// A seed of about 1.5 MB, as one was found: one short article and 60,000 sidebar items, each
// dated 2099, which used to fill the top of 最新加入 with 60,000 teasers.
describe('one seed that lists 60,000 items dated 2099', { timeout: 120_000 }, () => {
  it('gives at most the capped teasers, none dated after the build day, and two warnings', async () => {
    const latest = Array.from({ length: 60_000 }, (_, i) => ({
      title: `第${i + 1}条重要通知请务必查看`,
      date: '2099-01-01',
    }));
    const result = await compileParts(
      ['a.txt', plain],
      [
        'hostile.txt',
        {
          title: '某县教育局发布通知',
          paragraphs: ['通知正文。'],
          url: 'https://b.example.cn/202402/t20240201_2.html',
          latest,
        },
      ],
    );
    expect(result.summary).toMatchObject({ articles: 2, teasers: MAX_LIST_ITEMS });
    const bundle = readBundle(result.files);
    expect(bundle.latest.slice(0, 2).map((i) => [i.title, i.date])).toEqual([
      [plain.title, '2024-03-01'],
      ['某县教育局发布通知', '2024-02-01'],
    ]);
    expect(bundle.latest.filter((i) => i.kind === 'teaser').every((i) => i.date === null)).toBe(
      true,
    );
    expect(result.diagnostics.map(({ file, line, severity }) => [file, line, severity])).toEqual([
      ['hostile.txt', 6 + MAX_LIST_ITEMS, 'warning'],
      ['hostile.txt', 6, 'warning'],
    ]);
  });
});

describe("an article's date", () => {
  // Another seed that lists the article under a later date.
  const lister = {
    title: '乙县举办教师培训',
    paragraphs: ['培训正文。'],
    url: 'https://b.example.cn/202401/t20240105_1.html',
    latest: [{ title: plain.title, date: '2024-11-30' }],
  };

  it('is its own, not the date another seed lists it under', async () => {
    const bundle = readBundle((await compileParts(['a.txt', plain], ['b.txt', lister])).files);
    expect(bundle.latest.map((i) => [i.kind, i.title, i.date])).toEqual([
      ['article', plain.title, '2024-03-01'],
      ['article', '乙县举办教师培训', '2024-01-05'],
    ]);
  });

  it('is the listed date when the article gives none', async () => {
    const undated = { ...plain, url: 'https://a.example.cn/news/1.html' };
    const bundle = readBundle((await compileParts(['a.txt', undated], ['b.txt', lister])).files);
    expect(bundle.latest[0]).toMatchObject({ title: plain.title, date: '2024-11-30' });
  });
});

describe('the build day of a compile', () => {
  const dated = seedSource(
    'a.txt',
    ['某县召开教育工作会议', '发布时间：2024-06-10', '会议部署了新学期工作。'].join('\n'),
  );

  it('is an option: a date after it is no publication date, with a warning naming file and line', async () => {
    const early = await compileSeeds([dated], { today: '2024-06-01' });
    const article = readBundle(early.files).latest[0];
    expect(article?.date).toBeNull();
    expect((readBundle(early.files).item(article?.id ?? '') as Article).publishedAt).toBeNull();
    expect(early.diagnostics).toContainEqual({
      file: 'a.txt',
      line: 2,
      severity: 'warning',
      message:
        'The date 2024-06-10 is later than the build day 2024-06-01; not a publication date.',
    });
    const later = await compileSeeds([dated], { today: '2024-06-30' });
    expect(readBundle(later.files).latest[0]?.date).toBe('2024-06-10');
  });
});
