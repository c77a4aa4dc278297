import type { Topic } from './topic.ts';
import { POLICY_AND_SCHOOL_LIFE_TOPICS } from './topics-policy-and-school-life.ts';
import { STAGES_AND_GROUPS_TOPICS } from './topics-stages-and-groups.ts';

export type { Topic, TopicTerm } from './topic.ts';

/**
 * The education topics readers browse by, with the words that signal each. docs/search-design.md
 * explains the weights; add a topic here and it is tagged on the next compile. Ids never change
 * once published, since bookmarked search URLs carry them: a topic that was split keeps its id for
 * the part that kept its name (`teachers` is now 教师队伍 only, 师德师风 is `teacher-ethics`).
 *
 * Terms are matched on folded text (simplified, no spaces), longest first, so a longer term
 * claims its characters from a shorter one: 有偿补课 counts for 师德师风, not also 补课 for 校外
 * 培训. Traditional-only words (偏鄉, 收生, 霸凌) are listed in their folded, simplified form.
 */
export const TOPICS: readonly Topic[] = [
  ...POLICY_AND_SCHOOL_LIFE_TOPICS,
  ...STAGES_AND_GROUPS_TOPICS,
];

/**
 * Words that hold a topic term across a word boundary: 期中考试 holds 中考, 提高 holds the 高 of
 * 高考, 高校 and 高职, 集中考核 holds 中考, 监督学校 holds 督学. The tagger reads them as words of
 * their own, which count for no topic.
 */
export const NOT_TOPIC_TERMS: readonly string[] = [
  '期中考',
  '提高',
  '集中',
  '监督',
  // The verbs that end in 入 and run into 学习, 学校, 学生: all but 入学 itself.
  '深入',
  '纳入',
  '融入',
  '投入',
  '列入',
  '进入',
  '加入',
  '引入',
];

/**
 * Words synonym spinners (伪原创 tools) swap into copied articles, by the word they replace:
 * 食品安全 comes out as 食物平安. Each term holding a replaced word is also matched in its spun
 * form; a one-word term is not (平安 alone is a greeting, not safety).
 */
export const SPUN_WORDS: readonly (readonly [word: string, spun: string])[] = [
  ['安全', '平安'],
  ['食品', '食物'],
  ['特殊', '特别'],
  ['教师', '教员'],
  ['营养', '养分'],
  ['健康', '康健'],
  ['学校', '黉舍'],
];

/** A term and its spun forms (`SPUN_WORDS`), the term first. */
export function spunForms(term: string): string[] {
  const forms = [term];
  for (const [word, spun] of SPUN_WORDS) {
    for (const form of [...forms]) {
      if (form !== word && form.includes(word)) forms.push(form.replaceAll(word, spun));
    }
  }
  return forms;
}

/** A topic by id. */
export function topicById(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
