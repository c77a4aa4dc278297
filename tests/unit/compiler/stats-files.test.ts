import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { bundlePaths } from '../../../src/domain/bundle/bundle.ts';
import type { CompactRegionTable } from '../../../src/domain/bundle/region-table.ts';
import type {
  MonthCountsFile,
  PlaceCountsFile,
  TopicMonthsFile,
} from '../../../src/domain/bundle/stats-files.ts';
import type { SearchManifest } from '../../../src/domain/search/format/index-format.ts';
import { SearchClient } from '../../../src/domain/search/query/search-client.ts';
import type { CompactPinyinLexicon } from '../../../src/domain/text/pinyin-lexicon.ts';
import { seedSource, writeSeed, type SeedParts } from '../../support/write-seed.ts';

const seeds: [string, SeedParts][] = [
  [
    'a.txt',
    {
      title: '开州区召开中小学近视防控工作推进会',
      paragraphs: ['开州区教委部署近视防控工作。'],
      url: 'https://a.example.cn/2024/01/05/a.html',
      // A title only: a teaser, which the counts leave out.
      latest: [{ title: '万州区举行高考考务培训会', date: '2024-01-06' }],
    },
  ],
  [
    'b.txt',
    {
      title: '万州区教师队伍建设再上新台阶',
      paragraphs: ['万州区加强教师队伍建设。'],
      url: 'https://b.example.cn/2024/03/09/b.html',
    },
  ],
  [
    'c.txt',
    {
      title: '巴中市平昌县推进义务教育优质均衡发展',
      paragraphs: ['平昌县改善办学条件。'],
      url: 'https://c.example.cn/2024/03/10/c.html',
    },
  ],
];
const result = await compileSeeds(seeds.map(([file, parts]) => seedSource(file, writeSeed(parts))));
const json = (name: string): unknown => JSON.parse(result.files.get(name) as string);

describe('the count files of a compile', () => {
  it('counts articles per province and the places below it, teasers left out', () => {
    const places = json(bundlePaths.statsPlaces()) as PlaceCountsFile;
    expect(places.provinces.map((p) => [p.name, p.count])).toEqual([
      ['重庆市', 2],
      ['四川省', 1],
    ]);
    expect(places.below['50']?.map((p) => [p.name, p.count])).toEqual([
      ['万州区', 1],
      ['开州区', 1],
    ]);
    expect(places.below['51']?.map((p) => [p.name, p.count])).toEqual([['巴中市', 1]]);
  });

  it('counts articles per month by their dates, and each topic over the last 24 months', () => {
    expect((json(bundlePaths.statsMonths()) as MonthCountsFile).months).toEqual([
      ['2024-01', 1],
      ['2024-02', 0],
      ['2024-03', 2],
    ]);
    const topics = json(bundlePaths.statsTopics()) as TopicMonthsFile;
    expect(topics.months.at(-1)).toBe('2024-03');
    const myopia = topics.topics.find((t) => t.name === '近视防控');
    expect(myopia?.counts.slice(-3)).toEqual([1, 0, 0]);
  });

  it('gives a province the number of articles its region search finds', async () => {
    const client = new SearchClient(
      {
        manifest: json(bundlePaths.searchManifest()) as SearchManifest,
        regions: json(bundlePaths.searchRegions()) as CompactRegionTable,
        pinyin: json(bundlePaths.searchPinyin()) as CompactPinyinLexicon,
      },
      (key) => {
        const bytes = result.files.get(bundlePaths.searchFile(key));
        if (!(bytes instanceof Uint8Array)) throw new Error(`No shard ${key}`);
        return bytes;
      },
    );
    const places = json(bundlePaths.statsPlaces()) as PlaceCountsFile;
    for (const { code, count } of places.provinces) {
      const found = await client.search(
        { text: '', filters: { regions: [code], kind: 'article' }, page: 1 },
        { complete: true },
      );
      expect(found.total, code).toBe(count);
    }
  });
});
