import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import type { Teaser } from '../../../src/domain/bundle/bundle.ts';
import { readBundle } from '../../support/read-bundle.ts';
import { seedSource, writeSeed, type SeedParts } from '../../support/write-seed.ts';

const compileParts = (...seeds: [string, SeedParts][]) =>
  compileSeeds(seeds.map(([file, parts]) => seedSource(file, writeSeed(parts))));

const article = (n: number, place: string, latest: SeedParts['latest'] = []): SeedParts => ({
  url: `https://jyj.example${n}.gov.cn/news/${n}.html`,
  title: `${place}召开第${n}次教育工作推进会`,
  paragraphs: [`${place}教育局近日召开会议，部署本学期的课后服务和校园安全工作。`],
  latest,
});

describe('the rows of the latest lists', () => {
  it('keeps a list of the articles alone, paged like the whole list', async () => {
    const teasers = Array.from({ length: 40 }, (_, i) => ({
      title: `只有标题的第${i}条消息`,
      date: '2024-03-09',
    }));
    const result = await compileParts(
      ['1.txt', article(1, '开州区', teasers)],
      ['2.txt', article(2, '万州区')],
    );
    const bundle = readBundle(result.files);
    // The teasers are dated; the two articles are not.
    expect(bundle.manifest.latest).toEqual({
      pageSize: 30,
      pages: 2,
      total: 42,
      months: [['2024-03', 40]],
    });
    expect(bundle.manifest.latestArticles).toEqual({
      pageSize: 30,
      pages: 1,
      total: 2,
      months: [],
    });
    // In the whole list's order, teasers left out.
    expect(bundle.latestArticles).toEqual(bundle.latest.filter((i) => i.kind === 'article'));
    expect(bundle.latestArticles.map((i) => i.title).sort()).toEqual([
      '万州区召开第2次教育工作推进会',
      '开州区召开第1次教育工作推进会',
    ]);
  });

  it('names the source site and the main place of each row', async () => {
    const result = await compileParts([
      '1.txt',
      article(1, '重庆市开州区', [{ title: '开州区教育简报第九期', date: '2024-02-01' }]),
    ]);
    const bundle = readBundle(result.files);
    const rows = bundle.latest.map(({ kind, host, place }) => ({ kind, host, place }));
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { kind: 'article', host: 'jyj.example1.gov.cn', place: '开州区' },
        { kind: 'teaser', host: 'jyj.example1.gov.cn', place: '开州区' },
      ]),
    );
    const teaser = bundle.item(bundle.latest.find((i) => i.kind === 'teaser')?.id ?? '') as Teaser;
    expect(teaser.host).toBe('jyj.example1.gov.cn');
  });
});
