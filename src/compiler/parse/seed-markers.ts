import { simplifyText } from '../../domain/text/traditional-to-simplified.ts';

/** Which of the reader's lists a scraped sidebar feeds. */
export type SidebarKind = 'latest' | 'hot' | 'other';

// Sites name the same sidebars differently; lists we do not use are still recognised so that
// their items are not mistaken for body text.
const SIDEBAR_HEADINGS: Record<string, SidebarKind> = {
  最新加入: 'latest',
  最新资讯: 'latest',
  最新文章: 'latest',
  最新发布: 'latest',
  最近更新: 'latest',
  热门资讯: 'hot',
  热门文章: 'hot',
  热点资讯: 'hot',
  热门推荐: 'hot',
  点击排行: 'hot',
  相关文章: 'other',
  相关阅读: 'other',
  相关资讯: 'other',
  推荐阅读: 'other',
  猜你喜欢: 'other',
  延伸阅读: 'other',
  相关链接: 'other',
  相关新闻: 'other',
  往期回顾: 'other',
  相关推荐: 'other',
  精彩推荐: 'other',
  热点推荐: 'other',
  网友热评: 'other',
  热门评论: 'other',
  排行榜: 'other',
  关联信息: 'other',
  相关信息: 'other',
};

const HEADING_LENGTHS = [...new Set(Object.keys(SIDEBAR_HEADINGS).map((h) => h.length))];
const MAX_HEADING = Math.max(...HEADING_LENGTHS);
const HEADING_STARTS = new Set(Object.keys(SIDEBAR_HEADINGS).map((h) => h.charAt(0)));

/** What one seed line is, when it is more than body text. */
export type Marker =
  | { kind: 'source'; value: string }
  | { kind: 'disclaimer'; value: string }
  | { kind: 'prev' | 'next'; value: string }
  | { kind: 'sidebar'; list: SidebarKind; heading: string };

// Colons may be half- or full-width; brackets around 免责声明 may be [] or 【】. The patterns
// match the label only and `valueAfter` reads the rest: a label followed by `\s*(.*)$` tried a
// long run of blanks every way when the line held a break (U+2028) further on, quadratic time.
const SOURCE = /^(?:原文链接|原文地址|原文网址)\s*[:：]/;
const DISCLAIMER = /^(?:[[【]\s*免责声明\s*[\]】]|免责声明\s*[:：])/;
const NEIGHBOUR = /^(上一篇|下一篇)\s*[:：]/;
// What `.` does not match. Seed lines end at CR and LF, but U+2028 and U+2029 stay inside them.
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The value after a marker's label, trimmed; null when a line break is left in it after its
 * leading blanks, so the line is no marker (as it was with `\s*(.*)$`).
 */
function valueAfter(text: string, label: RegExpExecArray | null): string | null {
  if (!label) return null;
  const value = text.slice(label[0].length).trimStart();
  return LINE_BREAK.test(value) ? null : value.trimEnd();
}

/** Recognises the seed's section markers; body text and list lines give null. */
export function markerOf(text: string): Marker | null {
  let value = valueAfter(text, SOURCE.exec(text));
  if (value !== null) return { kind: 'source', value };
  value = valueAfter(text, DISCLAIMER.exec(text));
  if (value !== null) return { kind: 'disclaimer', value };
  const neighbour = NEIGHBOUR.exec(text);
  value = valueAfter(text, neighbour);
  if (value !== null) return { kind: neighbour?.[1] === '上一篇' ? 'prev' : 'next', value };
  // Only a line that starts with a heading can be one: most lines are body text, some of them
  // long, and trimming each to look it up was a good part of parsing.
  // Headings are looked up in simplified characters: 相關新聞 is 相关新闻.
  if (!HEADING_STARTS.has(simplifyText(text.charAt(0)))) return null;
  const start = simplifyText(text.slice(0, MAX_HEADING));
  if (!HEADING_LENGTHS.some((n) => Object.hasOwn(SIDEBAR_HEADINGS, start.slice(0, n)))) return null;
  let end = text.length;
  // Trimmed by hand: `/[\s:：]+$/` would retry every run of blanks in a long line.
  while (end > 0 && /[\s:：]/.test(text[end - 1] ?? '')) end--;
  const heading = text.slice(0, end);
  const list = SIDEBAR_HEADINGS[simplifyText(heading)];
  if (list) return { kind: 'sidebar', list, heading };
  return null;
}
