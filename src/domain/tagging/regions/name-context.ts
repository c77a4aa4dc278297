// What the characters around a place name say about it: a surname before it makes it a given
// name, a school or office after it makes it a place, and a qualifier may stand right before it.

// The commonest surnames, as folded text has them. A two-character short form right after one
// is a given name far more often than a place: 刘建华 (建华区), 王建平 (建平县), 赵宏伟 (宏伟区).
// Characters that also end common words before a place name (提高, 工程, 位于, 全) are left out.
const SURNAMES = new Set(
  '王李张刘陈杨赵黄周吴徐孙胡朱郭何罗梁宋郑谢韩唐冯董萧曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田姜范姚谭廖邹熊陆郝孔崔毛邱秦顾侯邵孟段雷钱汤尹黎龚',
);

// Words that follow a place, not an everyday word: its schools, offices and media. 教育 alone
// is not one of them (资源教育, 新兴教育形态).
const INSTITUTIONS = [
  '中学',
  '小学',
  '学校',
  '幼儿园',
  '一中',
  '二中',
  '三中',
  '四中',
  '五中',
  '六中',
  '七中',
  '八中',
  '实验学校',
  '教育局',
  '教体局',
  '教委',
  '县委',
  '市委',
  '区委',
  '日报',
  '融媒',
  '多所',
];

// Between a province or prefecture and a place inside it written as its qualifier (重庆开州,
// 重庆:开州区), nothing or one of these.
const QUALIFIER_GAP = new Set([':', '·']);

/** Whether a character is one of the commonest surnames. */
export const isSurname = (char: string): boolean => SURNAMES.has(char);

/** Whether a school, an office or a paper's name starts at `at`: 高州 in 高州中学 is a place. */
export const institutionAt = (text: string, at: number): boolean =>
  INSTITUTIONS.some((word) => text.startsWith(word, at));

/** Whether a character may stand between a qualifier and the place it qualifies (重庆:开州区). */
export const isQualifierGap = (char: string): boolean => QUALIFIER_GAP.has(char);

/**
 * Whether a paragraph is a row of links (友情链接: | 甲网 | 乙网 | 丙网): sites of other places,
 * wherever on the page the cleaner left it. Three bars or more.
 */
export function isLinkList(text: string): boolean {
  let bars = 0;
  for (let i = text.indexOf('|'); i !== -1 && bars < 3; i = text.indexOf('|', i + 1)) bars++;
  return bars >= 3;
}
