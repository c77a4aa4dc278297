import { spamWords } from './page-furniture.ts';

// What sites and hijackers put around a headline (docs/extraction.md):
// `|标题`, `1. 标题`, `【校园直通车】标题`, `标题_鸿运888棋牌官网入口`, `标题 实时热讯`, `标题( 二 )`.
const LEADING_PIPE = /^[|｜]\s*/;
const LIST_MARKER = /^\d{1,2}[.、]\s+/;
const COLUMN_TAG = /^【([^】]{1,12})】\s*(?=\S)/;
const TAG_PREFIX = /^(\p{Script=Han}{2,6})\s*[|｜]\s*(?=\S)/u;
const SPAM_SUFFIX = /[_|｜\-—]\s*([^_|｜\-—]{2,40})$/;
const SPAM_TAIL = /官网|入口|平台|注册|下载|娱乐|棋牌|彩票|博彩|投注|真人|老虎机/;
// Both tails go with the blanks before them. The patterns stop short of those blanks (a pattern
// that starts with a run of blanks and ends at `$` reads a long run once per blank: quadratic
// time) and `withoutTail` trims them.
const SEO_TAIL =
  /(?:实时热讯|实时资讯|热点资讯|最新资讯|最新消息|新闻资讯|今日头条|今日热点|热门推荐|必看|速看)$/;
const PAGE_MARKER = /[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]$/;

/** `text` without the tail `pattern` finds at its end and the blanks before it. */
function withoutTail(text: string, pattern: RegExp, blankBefore: boolean): string {
  const tail = pattern.exec(text);
  if (!tail || (blankBefore && !/\s/.test(text.charAt(tail.index - 1)))) return text;
  return text.slice(0, tail.index).trimEnd();
}

/** The headline as a reader should see it: tag prefixes, list markers and spam tails removed. */
export function cleanHeadline(text: string): string {
  let title = text.replace(LEADING_PIPE, '').replace(LIST_MARKER, '');
  const column = COLUMN_TAG.exec(title);
  if (column) title = title.slice(column[0].length);
  const tag = TAG_PREFIX.exec(title);
  if (tag && title.length - tag[0].length >= 8) title = title.slice(tag[0].length);
  const suffix = SPAM_SUFFIX.exec(title);
  if (suffix?.[1] && (SPAM_TAIL.test(suffix[1]) || spamWords(suffix[1]) > 0)) {
    title = title.slice(0, suffix.index);
  }
  // SEO words need a blank before them (`标题 必看`); a page marker may touch the title.
  title = withoutTail(withoutTail(title, SEO_TAIL, true), PAGE_MARKER, false);
  return title.trim() || text;
}

const LEAD_LENGTH = 36;
const SENTENCE = /^[^。！？!?]{4,}?[。！？!?]/;
// Datelines and bylines that open a report say who wrote it, not what happened:
// `本报讯`, `某某网讯:`, `南宁6月27日电`, `(记者 某某)`, a summary bullet.
const DATELINE =
  /^(?:本报讯|本報訊|\S{2,10}?(?:网讯|網訊|报讯|報訊)|[^，,。\s]{0,10}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊))\s*[:：]?\s*/;
const BYLINE = /^[(（](?:记者|記者|通讯员|通訊員)[^)）]{0,30}[)）]\s*/;
const BULLET = /^[◇◆■□●•]\s*/;

/**
 * A headline made from the lead of a page that shows none: the first sentence without its
 * dateline, cut at a comma near `LEAD_LENGTH` characters, with an ellipsis where it was cut.
 */
export function headlineFromLead(paragraph: string): string {
  const text =
    paragraph.replace(BULLET, '').replace(DATELINE, '').replace(BYLINE, '').trim() || paragraph;
  const sentence = SENTENCE.exec(text)?.[0].slice(0, -1) ?? text;
  if (Array.from(sentence).length <= LEAD_LENGTH) return sentence;
  const head = Array.from(sentence).slice(0, LEAD_LENGTH).join('');
  const comma = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf(' '));
  return `${comma >= 12 ? head.slice(0, comma) : head}…`;
}
