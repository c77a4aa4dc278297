import type { IsoDate } from '../../domain/bundle/bundle.ts';
import { simplifyText } from '../../domain/text/traditional-to-simplified.ts';
import { firstDateIn } from './parse-date.ts';

/**
 * A line of the scraped page that is not the article: site navigation, a breadcrumb, a metadata
 * line (its date and source are kept), share and print buttons, keyword lists, photo credits,
 * spam, the site's footer. docs/extraction.md lists each kind with examples.
 */
export type Furniture =
  | { kind: 'meta'; date: IsoDate | null; sourceName: string | null }
  | { kind: 'footer' }
  | {
      kind:
        | 'navigation'
        | 'breadcrumb'
        | 'share'
        | 'keywords'
        | 'credit'
        | 'spam'
        | 'placeholder'
        | 'login'
        | 'clock'
        | 'residue'
        | 'original-title'
        | 'page-header';
    };

export type FurnitureKind = Furniture['kind'];

// Labels are matched on the line folded to simplified characters, with the blanks that some sites
// put between a label's characters (`编 辑|`) taken out.
const META_LABELS =
  '消息来源|信息来源|文章来源|稿件来源|来源|责任编辑|责编|编审|监制|总监制|编辑|作者|撰稿|供稿|审核|终审|排版|记者|通讯员|发布时间|发布日期|发表时间|更新时间|时间|日期|点击数|点击量|点击次数|浏览次数|浏览量|阅读次数|阅读|访问量|访问人次|浏览人次|字号|字体|分类|单位|发稿人|发稿单位';
const META_AT_START = new RegExp(`^[【(（]?(?:${META_LABELS})[】)）]?\\s*[:：|｜]`);
const META_ANYWHERE = new RegExp(`(?:^|[\\s(（【])(?:${META_LABELS})\\s*[:：]`, 'g');
const PUBLISHED_ON = /^(?:发表于|发布于|发表时间)\s*\S/;
// A short line with no sentence in it that starts with a full date, or holds one with a time:
// `2021-11-03 06:26:58`, `2020-04-22 云卷书斋`, `掌上六盘水2025-08-21 19:12:40`.
const DATE_AT_START = /^(?:date\s+)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/i;
const TIME = /\d{1,2}:\d{2}/;
// A newspaper's edition line: `《人民日报》(2023年06月28日 13 版)`. Here and in DATELINE the
// blanks around an optional part are written once (`\s*(?:第…版\s*)?`), not `\s*(?:…)?\s*`:
// two runs side by side can share a long run of blanks every way, quadratic time.
const EDITION =
  /^《[^》]{1,20}》\s*[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:(?:第\s*)?\d{1,3}\s*版\s*)?[)）]$/;
// A page clock (`2024年11月3日 星期日`) tells the day the page was scraped, not published.
const CLOCK = /星期[一二三四五六日天]|周[一二三四五六日]\s*$/;
const SOURCE_NAME = /(?:信息来源|文章来源|稿件来源|消息来源|来源)\s*[:：]\s*([^\s|｜:：]+)/;

// 当前位置, 您的位置, 您现在的位置, 您当前所在的位置, 所在位置…: one pattern for them all.
const BREADCRUMB_LABEL =
  /^(?:(?:您|你)?(?:当前|现在)?(?:所在)?的?位置|您在这里|你在这里|当前页面)\s*[:：]/;
// A separator takes the blanks around it; no match starts inside a run of blanks, so a run is
// read once (see TITLE_SEPARATOR in html-seed/page-metadata.ts).
const BREADCRUMB_SEPARATOR = /(?!(?<=\s)\s)\s*(?:>|＞|›|»|→|>>)\s*/;
const MENU_SEPARATOR = /(?!(?<=\s)\s)\s*[|｜]\s*/;
const HOME_LINK = /^首页/;
const SHARE =
  /^(?:下载APP|打开APP|APP内打开|暂无评论|发表评论|我要评论|网友评论|您看到此篇文章时的感受是|分享到|分享|扫一扫|扫描二维码|扫码关注|打印本页|打印此页|关闭窗口|返回顶部|收藏本页|收藏|打赏|听全文|点赞|在看|【\s*(?:打印|关闭|收藏|返回|大|中|小)[^】]{0,4}】)/;
const KEYWORDS_LABEL = /^(?:关键词|关键字|标签|本文标签|tags?)\s*[:：]/i;
const CREDIT =
  /^[（(■□●]?\s*(?:图片来源|摄影|摄|供图|图\s*\/|图片|视频来源|素材提供|来源)\s*[:：/]/;
const BYLINE = /^[■□●◆]?\s*(?:本报记者|记者|通讯员|特约记者)\s+\S{2,4}(?:\s+\S{2,4}){0,4}$/;
const PLACEHOLDER =
  /^(?:[(（]?(?:配图|资料图|图片|视频|组图|图)[)）]?|文章图片|!\[[^\]]{0,40}\]\([^)]{0,200}\)|[^。，,]{1,60}\.(?:jpe?g|png|gif|webp|bmp)|上图为广告|广告|请输入验证码|验证码|[(（]完[)）]|下载附件|保存到相册|\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2} 上传)$/i;
// A forum's attachment line: `2015052211143546.jpg (94.95 KB, 下载次数: 40)`.
const ATTACHMENT = /\.(?:jpe?g|png|gif|webp|bmp)\s*[(（][\d.]+\s*[KM]B/i;
const LOGIN = /(?:登录|注册|用户名|密码|忘记密码|验证码)/;
const WELCOME = /^(?:欢迎(?:光临|访问|来到|您)|您好[,，!！]?\s*欢迎)/;
const FOOTER =
  /^(?:本文地址|本文链接|转载请注明)|^(?:友情链接|地方频道|各地站点|合作媒体|免责说明)\s*[:：]|仅代表作者(?:个人)?观点|不代表本(?:站|网|平台)|ICP备|ICP证|公网安备|版权所有|copyright|©|违法和不良信息举报|举报邮箱|举报电话|未经(?:书面)?(?:许可|授权)不得转载|保留所有权利/i;
const ORIGINAL_TITLE = /^原标题\s*[:：]/;
// A page of a magazine scan: `Page 23 - 《某某教育》2022年第4期`, `P. 23`, `《某某教育》2022 NO.04`.
const PAGE_HEADER =
  /^(?:Page\s+\d+|P\.\s*\d+)(?:\s|$)|^《[^》]{1,20}》\s*\d{4}\s*(?:年\s*)?(?:NO\.?\s*\d{1,3}|第\s*\d{1,3}\s*期)$/i;
const SITE_MENU = /^(?:栏目导航|网站导航|导航|频道导航)$/;
// A column or section name standing alone: news sites print it above the headline.
const COLUMN_LABEL =
  /^[【[]?(?:快讯|要闻|头条|独家|原创|热点|专题|图文|视频|图片新闻|即时|滚动|最新消息|通知公告|工作动态|新闻动态|校园动态|教育新闻|教育要闻|新闻中心|新闻资讯|本地新闻|国内新闻|时政要闻)[】\]]?$/;
// A dateline standing alone: `中央社／ 台北28日电`, `新华社北京6月7日电`.
const DATELINE = /^\S{1,8}(?:社|报|台|网)\s*(?:[／/]\s*)?\S{0,8}?\d{1,2}日(?:电|讯)$/;
// Counters, pagers and leftovers of widgets: `1857`, `2 2 2 2`, `|`, `1.`, `>>`.
const RESIDUE = /^[\d\s|｜.,、·•>»<«\-—_~*#]+$/;
const SENTENCE_END = /[。！？!?；;]/;
// Words of the keyword lines hijacked sites put on top of a page (video, gambling), never of
// education news; a line made of runs of them, joined by separators, is spam.
const SPAM_WORDS =
  /在线看|在线观看|在线播放|在线影院|免费看|免费观看|免费播放|高清影视|影视|热播剧|电视剧|电影|美剧|日剧|韩剧|综艺|动漫|短剧|影院|全集|棋牌|娱乐城|彩票|博彩|赌场|投注|百家乐|老虎机|真人视讯|电子游艺|官网入口/g;

const segments = (text: string, separator: RegExp) =>
  text.split(separator).filter((s) => s.length > 0);

// Some scrapers write the page's date before its first line: ` date 2024-09-27 教育局…`.
const DATE_PREFIX = /^date\s+(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+|$)/i;

/** A scraper's `date YYYY-MM-DD` prefix: its date and the text after it. */
export function datePrefix(text: string): { date: IsoDate | null; rest: string } | null {
  const m = DATE_PREFIX.exec(text);
  return m ? { date: firstDateIn(m[0]), rest: text.slice(m[0].length) } : null;
}

/** How many spam words the line holds; a sentence or two of news never holds three. */
export function spamWords(text: string): number {
  return text.match(SPAM_WORDS)?.length ?? 0;
}

/** Recognises page furniture; the article's own lines give null. */
export function furnitureOf(raw: string): Furniture | null {
  if (raw.length > 200) return null;
  const text = simplifyText(raw);
  // Spaced labels (`编 辑|王思雨`, `责 编| 刘 洋`) read as their words.
  const unspaced = text.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
  if (PLACEHOLDER.test(text) || ATTACHMENT.test(text)) return { kind: 'placeholder' };
  if (ORIGINAL_TITLE.test(text)) return { kind: 'original-title' };
  if (CLOCK.test(text) && DATE_AT_START.test(text) && text.length <= 24) return { kind: 'clock' };
  const metaLabels = unspaced.match(META_ANYWHERE)?.length ?? 0;
  const shortLine = !SENTENCE_END.test(text) && text.length <= 60;
  if (
    META_AT_START.test(unspaced) ||
    metaLabels >= 2 ||
    PUBLISHED_ON.test(text) ||
    EDITION.test(text) ||
    (shortLine && (DATE_AT_START.test(text) || (TIME.test(text) && firstDateIn(text) !== null)))
  ) {
    return {
      kind: 'meta',
      date: firstDateIn(text),
      sourceName: SOURCE_NAME.exec(unspaced)?.[1] ?? null,
    };
  }
  if (RESIDUE.test(text)) return { kind: 'residue' };
  if (BYLINE.test(text)) return { kind: 'credit' };
  if (FOOTER.test(text)) return { kind: 'footer' };
  if (BREADCRUMB_LABEL.test(text) || HOME_LINK.test(text)) return { kind: 'breadcrumb' };
  const crumbs = segments(text, BREADCRUMB_SEPARATOR);
  if (crumbs.length >= 3 && crumbs.every((c) => c.length <= 12) && !SENTENCE_END.test(text)) {
    return { kind: 'breadcrumb' };
  }
  if (SHARE.test(text)) return { kind: 'share' };
  if (KEYWORDS_LABEL.test(text)) return { kind: 'keywords' };
  if (CREDIT.test(text)) return { kind: 'credit' };
  if (PAGE_HEADER.test(text)) return { kind: 'page-header' };
  if (SITE_MENU.test(text) || COLUMN_LABEL.test(text)) return { kind: 'navigation' };
  if (DATELINE.test(text)) return { kind: 'credit' };
  if (spamWords(text) >= 3) return { kind: 'spam' };
  if ((text.length <= 40 && WELCOME.test(text)) || (text.length <= 16 && LOGIN.test(text))) {
    return { kind: 'login' };
  }
  if (!SENTENCE_END.test(text)) {
    // Menus (`首页 | 新闻 | 通知`) and keyword spam (`教育培训 北京教育 …`) are runs of short
    // words; Chinese prose is not written with spaces between words.
    const piped = segments(text, MENU_SEPARATOR);
    if (piped.length >= 3 && piped.every((s) => s.length <= 10)) return { kind: 'navigation' };
    const words = segments(text, /[\s,，]+/);
    if (words.length >= 6 && words.every((w) => w.length <= 8)) return { kind: 'keywords' };
  }
  return null;
}
