import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupStories,
  isOfficialHost,
  rankCopies,
  storyYears,
  STORY_THRESHOLDS,
  type CopyFacts,
  type StoryDoc,
} from '../../../../src/domain/stories/group-stories.ts';
import { storyFingerprint } from '../../../../src/domain/stories/story-fingerprint.ts';
import { foldText } from '../../../../src/domain/text/fold-text.ts';
import { groupStories as groupStoriesV1 } from '../../../support/reference/group-stories-v1.ts';

const KAIZHOU = ['50', '5001', '500154'];
const QIJIANG = ['50', '5001', '500110'];

/** A story doc of made-up paragraphs, naming the places and years given. */
function doc(paragraphs: string[], places: string[][] = [], years: number[] = []): StoryDoc {
  return { fingerprint: storyFingerprint(paragraphs.map(foldText)), places, years, junk: 0 };
}

const STORY = [
  '本学期以来,区教育局组织全区中小学开展近视防控专项行动,为每名学生建立视力健康档案,做到一人一档。',
  '各校每天安排两次眼保健操,课间督促学生走出教室远眺,每学期开展两次视力筛查并及时把结果告知家长。',
  '区教育局还联合卫健部门开展护眼知识进校园活动,组织眼科医生走进课堂,为师生讲解科学用眼方法。',
  '下一步,全区将把近视防控纳入学校年度考核,推动家校协同,切实降低儿童青少年近视发生率。',
];
const OTHER = [
  '为进一步丰富校园文化生活,某中学近日举办第十届校园艺术节,全校两千余名师生参与各项展演活动。',
  '艺术节期间,学生们带来了合唱、舞蹈、书法、绘画等精彩节目,充分展示了青春风采和艺术素养。',
  '学校负责人表示,将持续推进美育浸润行动,让每一名学生都能掌握一到两项艺术特长。',
];

describe('grouping articles into stories', () => {
  it('groups a story with its cut, junk-lined and traditional copies, and nothing else', () => {
    const docs = [
      doc(STORY, [KAIZHOU]),
      doc(OTHER),
      doc(STORY.slice(0, 2), [KAIZHOU]),
      doc([STORY[0] ?? '', '热门推荐:某某棋牌官网入口注册即送体验金', ...STORY.slice(1)]),
      doc(STORY.map((p) => p.replaceAll('区', '區').replaceAll('学', '學'))),
    ];
    expect(groupStories(docs)).toEqual([[0, 2, 3, 4]]);
  });

  it('never groups the same notice written for two places, or the same notice of two years', () => {
    expect(groupStories([doc(STORY, [KAIZHOU]), doc(STORY, [QIJIANG])])).toEqual([]);
    expect(groupStories([doc(STORY, [], [2024]), doc(STORY, [], [2025])])).toEqual([]);
    // A copy that lost its place name (junk put in its stead) is still the same story.
    expect(groupStories([doc(STORY, [KAIZHOU]), doc(STORY, [])])).toEqual([[0, 1]]);
    // Naming the province of the other's county is no other place.
    expect(groupStories([doc(STORY, [KAIZHOU]), doc(STORY, [['50']])])).toEqual([[0, 1]]);
  });

  it('does not join two groups across a conflict, even through a copy both match', () => {
    const docs = [doc(STORY, [KAIZHOU]), doc(STORY, []), doc(STORY, [QIJIANG])];
    const groups = groupStories(docs);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toContain(1);
    expect(groups[0]).not.toEqual([0, 1, 2]);
  });

  it('does not group articles that share only a lead sentence', () => {
    const lead = STORY[0] ?? '';
    expect(groupStories([doc([lead, ...OTHER]), doc([lead, ...STORY.slice(1)])])).toEqual([]);
  });

  it('ignores boilerplate more articles share than the threshold allows', () => {
    const footer =
      '本网站所刊登的各种新闻信息均来源于网络转载仅供参考如有侵权请联系本站删除谢谢合作';
    const many = Array.from({ length: STORY_THRESHOLDS.maxSharing + 1 }, (_, i) =>
      doc([`第${i}篇:${'春夏秋冬东南西北'.repeat(1 + (i % 3)).slice(i % 5)}${i * 7919}`, footer]),
    );
    expect(groupStories(many)).toEqual([]);
  });
});

describe('grouping, for any docs', () => {
  it('is what the version that sorted packed float64 keys gave', () => {
    // Hashes from a small range, so that docs share many and some hashes pass the sharing limit;
    // places and years from a few, so that some matches conflict.
    const hash = fc.integer({ min: 0, max: 60 }).map((h) => (h * 0x9e3779b1) >>> 0);
    const storyDoc = fc.record({
      fingerprint: fc.uniqueArray(hash, { maxLength: 30 }).map((hs) => Uint32Array.from(hs).sort()),
      places: fc.array(fc.constantFrom(KAIZHOU, QIJIANG, ['50']), { maxLength: 2 }),
      years: fc.uniqueArray(fc.constantFrom(2024, 2025), { maxLength: 2 }),
      junk: fc.constant(0),
    });
    const thresholds = fc.record({
      maxSharing: fc.integer({ min: 2, max: 12 }),
      minShared: fc.integer({ min: 1, max: 8 }),
      minContainment: fc.constantFrom(0.2, 0.5, 0.8),
    });
    fc.assert(
      fc.property(fc.array(storyDoc, { maxLength: 40 }), thresholds, (docs, t) => {
        expect(groupStories(docs, t)).toEqual(groupStoriesV1(docs, t));
      }),
      { numRuns: 300 },
    );
  });
});

describe('choosing the representative of a story', () => {
  const copy = (over: Partial<CopyFacts>): CopyFacts => ({
    id: 'a',
    size: 100,
    junk: 0,
    official: false,
    date: '2024-05-01',
    ...over,
  });

  it('prefers the fullest copy, then the official one, the cleanest, the earliest and the id', () => {
    const ids = (copies: CopyFacts[]) => rankCopies(copies).map((c) => c.id);
    expect(ids([copy({ id: 'cut', size: 50, official: true }), copy({ id: 'full' })])).toEqual([
      'full',
      'cut',
    ]);
    expect(
      ids([copy({ id: 'portal', size: 100 }), copy({ id: 'gov', size: 95, official: true })]),
    ).toEqual(['gov', 'portal']);
    expect(ids([copy({ id: 'junk', junk: 2 }), copy({ id: 'clean', junk: 0 })])).toEqual([
      'clean',
      'junk',
    ]);
    expect(ids([copy({ id: 'late', date: '2024-05-03' }), copy({ id: 'early' })])).toEqual([
      'early',
      'late',
    ]);
    expect(ids([copy({ id: 'b' }), copy({ id: 'a', date: null }), copy({ id: 'c' })])).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('knows government and school sites', () => {
    expect(isOfficialHost('jw.cq.gov.cn')).toBe(true);
    expect(isOfficialHost('www.moe.edu.cn')).toBe(true);
    expect(isOfficialHost('news.example.com')).toBe(false);
    expect(isOfficialHost('gov.cn.example.com')).toBe(false);
    expect(isOfficialHost(null)).toBe(false);
  });

  it('reads the years a body names', () => {
    expect(storyYears(['2025年秋季学期,2024-06-30发布;共2000余人,编号20251234', '2023年'])).toEqual(
      [2023, 2024, 2025],
    );
  });
});
