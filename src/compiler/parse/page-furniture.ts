import type { IsoDate } from '../../domain/bundle.ts';
import { firstDateIn } from './parse-date.ts';

/**
 * A line of the scraped page that is not the article: site navigation, a breadcrumb, a metadata
 * line (its date and source are kept), share and print buttons, keyword lists, photo credits.
 */
export type Furniture =
  | { kind: 'meta'; date: IsoDate | null; sourceName: string | null }
  | { kind: 'navigation' | 'breadcrumb' | 'share' | 'keywords' | 'credit' };

const META_LABELS =
  '来源|信息来源|文章来源|稿件来源|责任编辑|编辑|作者|撰稿|供稿|审核|发布时间|发布日期|更新时间|时间|日期|点击数|点击量|浏览次数|阅读次数|访问量|字号';
const META_AT_START = new RegExp(`^【?(?:${META_LABELS})】?\\s*[:：]`);
const META_ANYWHERE = new RegExp(`(?:^|\\s)(?:${META_LABELS})\\s*[:：]`, 'g');
const PUBLISHED_ON = /^(?:发表于|发布于|发表时间)\s*\S/;
// A line that is nothing but a date, maybe with a time: `2021-11-03 06:26:58`.
const BARE_DATETIME =
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const SOURCE_NAME = /(?:信息来源|文章来源|稿件来源|来源)\s*[:：]\s*([^\s|｜]+)/;

const BREADCRUMB_LABEL = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/;
const BREADCRUMB_SEPARATOR = /\s*(?:>|＞|›|»|→|>>)\s*/;
const SHARE =
  /^(?:分享到|扫一扫|扫描二维码|打印本页|打印此页|关闭窗口|返回顶部|收藏本页|【\s*(?:打印|关闭|收藏|返回|大|中|小)[^】]{0,4}】)/;
const KEYWORDS_LABEL = /^(?:关键词|关键字|标签|tags?)\s*[:：]/i;
const CREDIT = /^[（(]?\s*(?:图片来源|摄影|摄|供图|图\s*\/|图片|视频来源)\s*[:：/]/;
const SENTENCE_END = /[。！？!?；;]/;

const segments = (text: string, separator: RegExp) =>
  text.split(separator).filter((s) => s.length > 0);

/** Recognises page furniture; the article's own lines give null. */
export function furnitureOf(text: string): Furniture | null {
  if (text.length > 200) return null;
  const metaLabels = text.match(META_ANYWHERE)?.length ?? 0;
  if (
    META_AT_START.test(text) ||
    metaLabels >= 2 ||
    PUBLISHED_ON.test(text) ||
    BARE_DATETIME.test(text)
  ) {
    return {
      kind: 'meta',
      date: firstDateIn(text),
      sourceName: SOURCE_NAME.exec(text)?.[1] ?? null,
    };
  }
  if (BREADCRUMB_LABEL.test(text)) return { kind: 'breadcrumb' };
  const crumbs = segments(text, BREADCRUMB_SEPARATOR);
  if (crumbs.length >= 3 && crumbs.every((c) => c.length <= 12) && !SENTENCE_END.test(text)) {
    return { kind: 'breadcrumb' };
  }
  if (SHARE.test(text)) return { kind: 'share' };
  if (KEYWORDS_LABEL.test(text)) return { kind: 'keywords' };
  if (CREDIT.test(text)) return { kind: 'credit' };
  if (!SENTENCE_END.test(text)) {
    // Menus (`首页 | 新闻 | 通知`) and keyword spam (`教育培训 北京教育 …`) are runs of short
    // words; Chinese prose is not written with spaces between words.
    const piped = segments(text, /\s*[|｜]\s*/);
    if (piped.length >= 3 && piped.every((s) => s.length <= 10)) return { kind: 'navigation' };
    const words = segments(text, /[\s,，]+/);
    if (words.length >= 6 && words.every((w) => w.length <= 8)) return { kind: 'keywords' };
  }
  return null;
}
