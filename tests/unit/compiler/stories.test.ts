import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { bundlePaths, type Article } from '../../../src/domain/bundle/bundle.ts';
import type { CompactRegionTable } from '../../../src/domain/bundle/region-table.ts';
import type { SearchManifest } from '../../../src/domain/search/format/index-format.ts';
import { SearchClient } from '../../../src/domain/search/query/search-client.ts';
import type { CompactPinyinLexicon } from '../../../src/domain/text/pinyin-lexicon.ts';
import { STORY_CUT, STORY_MIRROR, STORY_ORIGINAL, STORY_TEXT } from '../../support/story-seeds.ts';
import { readBundle } from '../../support/read-bundle.ts';
import { seedSource, writeSeed, type SeedParts } from '../../support/write-seed.ts';

const STORY = STORY_TEXT;
const ORIGINAL = STORY_ORIGINAL;
const MIRROR = STORY_MIRROR;
const CUT = STORY_CUT;
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
