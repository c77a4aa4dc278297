import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { bundlePaths, type Article } from '../../../src/domain/bundle/bundle.ts';
import type { CompactRegionTable } from '../../../src/domain/bundle/region-table.ts';
import type { SearchManifest } from '../../../src/domain/search/format/index-format.ts';
import { SearchClient } from '../../../src/domain/search/query/search-client.ts';
import type { CompactPinyinLexicon } from '../../../src/domain/text/pinyin-lexicon.ts';
import { traditional } from '../../support/plant-reposts.ts';
import { readBundle } from '../../support/read-bundle.ts';
import { seedSource, writeSeed, type SeedParts } from '../../support/write-seed.ts';

// A made-up story, told by the district's own site and copied by two others.
const STORY = [
  '本学期以来,开州区教育委员会组织全区中小学开展近视防控专项行动,为每名学生建立视力健康档案,做到一人一档。',
  '各校每天安排两次眼保健操,课间督促学生走出教室远眺,每学期开展两次视力筛查并及时把结果告知家长。',
  '区教委还联合卫健部门开展护眼知识进校园活动,组织眼科医生走进课堂,为师生讲解科学用眼方法。',
  '下一步,全区将把近视防控纳入学校年度考核,推动家校协同,切实降低儿童青少年近视发生率。',
];
const ORIGINAL: SeedParts = {
  title: '开州区多措并举做好儿童青少年近视防控',
  paragraphs: STORY,
  url: 'http://jw.cq.gov.cn/kzq/202405/t20240506_1001.html',
};
const MIRROR: SeedParts = {
  title: traditional('护眼行动进校园 开州这样做'),
  paragraphs: [STORY[0] ?? '', '热门推荐:某某棋牌官网入口注册即送体验金', ...STORY.slice(1)].map(
    traditional,
  ),
  url: 'http://www.mirror-example.com/news/20240507/88.html',
};
const CUT: SeedParts = {
  title: '开州区全面开展近视防控专项行动',
  paragraphs: STORY.slice(0, 2),
  url: 'http://portal.example.com/edu/2024/0508/77.html',
};
const OTHER: SeedParts = {
  title: '某中学举办第十届校园艺术节',
  paragraphs: [
    '为进一步丰富校园文化生活,某中学近日举办第十届校园艺术节,全校两千余名师生参与各项展演活动。',
    '艺术节期间,学生们带来了合唱、舞蹈、书法、绘画等精彩节目,充分展示了青春风采和艺术素养。',
  ],
  url: 'http://school.example.com/news/2024/0509/5.html',
  // Two sites' hot lists carry copies of the story.
  hot: [
    { title: MIRROR.title, date: '2024-05-07' },
    { title: CUT.title, date: '2024-05-08' },
  ],
};

const result = await compileSeeds(
  [
    ['a.txt', ORIGINAL],
    ['b.txt', MIRROR],
    ['c.txt', CUT],
    ['d.txt', OTHER],
  ].map(([file, parts]) => seedSource(file as string, writeSeed(parts as SeedParts))),
);
const bundle = readBundle(result.files);
describe('a story told by three sites', () => {
  const lead = bundle.latestArticles.find((i) => i.title === ORIGINAL.title);

  it('is listed once, by the official full copy, with the number of its sources', () => {
    expect(bundle.latestArticles.map((i) => [i.title, i.sources])).toEqual([
      [OTHER.title, undefined],
      [ORIGINAL.title, 3],
    ]);
    expect(bundle.latest.filter((i) => i.kind === 'article')).toHaveLength(2);
    expect(result.summary.articles).toBe(4);
  });

  it('keeps every copy as its own article, each listing all copies, the representative first', () => {
    const copies = [ORIGINAL, MIRROR, CUT].map(
      (parts) => bundle.item(storyMemberId(parts.url)) as Article,
    );
    const [original, mirror, cut] = copies;
    // Each copy keeps its own text (with the compile's full-width punctuation).
    expect(mirror?.paragraphs).toHaveLength(5);
    expect(mirror?.paragraphs[1]).toContain('棋牌');
    expect(cut?.paragraphs).toHaveLength(2);
    for (const copy of copies) {
      expect(copy.story?.copies.map((c) => c.title)).toEqual(
        [ORIGINAL.title, MIRROR.title, CUT.title].sort(byRank),
      );
      expect(copy.story?.id).toBe(original?.story?.id);
    }
    expect(original?.story?.copies[0]).toMatchObject({
      id: lead?.id,
      host: 'jw.cq.gov.cn',
      chars: STORY.join('').length,
    });
  });

  it('counts the hot listings of every copy for the story', () => {
    expect(bundle.manifest.hot.map((i) => [i.title, i.sources])).toEqual([[ORIGINAL.title, 3]]);
  });

  it('is found once by search, also by the headline of a copy', async () => {
    const json = (name: string) => JSON.parse(result.files.get(name) as string) as unknown;
    const client = new SearchClient(
      {
        manifest: json(bundlePaths.searchManifest()) as SearchManifest,
        regions: json(bundlePaths.searchRegions()) as CompactRegionTable,
        pinyin: json(bundlePaths.searchPinyin()) as CompactPinyinLexicon,
      },
      (key) => result.files.get(bundlePaths.searchFile(key)) as Uint8Array,
    );
    const ids = async (text: string) =>
      (await client.search({ text, filters: {}, page: 1 })).hits.map((h) => h.id);
    expect(await ids('视力筛查')).toEqual([lead?.id]);
    expect(await ids('护眼行动进校园')).toEqual([lead?.id]);
  });
});

// The copies in the order the story lists them: the official full one, then the full mirror.
const RANK = [ORIGINAL.title, MIRROR.title, CUT.title];
function byRank(a: string, b: string) {
  return RANK.indexOf(a) - RANK.indexOf(b);
}
/** The id of the article compiled from the seed with this source URL. */
function storyMemberId(url: string | null | undefined): string {
  for (const [name, body] of result.files) {
    if (!name.startsWith('items/') || typeof body !== 'string') continue;
    const { item } = JSON.parse(body) as { item: Article | { kind: 'teaser' } };
    if (item.kind === 'article' && item.url === url) return item.id;
  }
  throw new Error(`No article from ${url}`);
}
