import { traditional } from './plant-reposts.ts';
import type { SeedParts } from './write-seed.ts';

/**
 * A made-up story told by a district's own site and copied by two others, for the tests of
 * story grouping (docs/stories.md): a traditional mirror with a spam line and a new headline,
 * and a portal's cut copy.
 */
export const STORY_TEXT = [
  '本学期以来,开州区教育委员会组织全区中小学开展近视防控专项行动,为每名学生建立视力健康档案,做到一人一档。',
  '各校每天安排两次眼保健操,课间督促学生走出教室远眺,每学期开展两次视力筛查并及时把结果告知家长。',
  '区教委还联合卫健部门开展护眼知识进校园活动,组织眼科医生走进课堂,为师生讲解科学用眼方法。',
  '下一步,全区将把近视防控纳入学校年度考核,推动家校协同,切实降低儿童青少年近视发生率。',
];

export const STORY_ORIGINAL: SeedParts = {
  title: '开州区多措并举做好儿童青少年近视防控',
  paragraphs: STORY_TEXT,
  url: 'http://jw.cq.gov.cn/kzq/202405/t20240506_1001.html',
};

export const STORY_MIRROR: SeedParts = {
  title: traditional('护眼行动进校园 开州这样做'),
  paragraphs: [
    STORY_TEXT[0] ?? '',
    '热门推荐:某某棋牌官网入口注册即送体验金',
    ...STORY_TEXT.slice(1),
  ].map(traditional),
  url: 'http://www.mirror-example.com/news/20240507/88.html',
};

export const STORY_CUT: SeedParts = {
  title: '开州区全面开展近视防控专项行动',
  paragraphs: STORY_TEXT.slice(0, 2),
  url: 'http://portal.example.com/edu/2024/0508/77.html',
};

/** A fuller official copy: added to a corpus, it becomes the story's representative. */
export const STORY_FULLER: SeedParts = {
  title: '重庆市开州区构建近视防控长效机制',
  paragraphs: [
    ...STORY_TEXT,
    '据统计,今年全区中小学生总体近视率较去年同期下降一点二个百分点,各项防控措施取得阶段性成效。',
    '区教委相关负责人表示,将继续完善学校、家庭、医疗机构协同联动的工作格局,守护孩子们的光明未来。',
  ],
  url: 'http://www.cq.gov.cn/kzq/202405/t20240509_2002.html',
};
