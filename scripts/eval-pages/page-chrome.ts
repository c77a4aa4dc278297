// What the evaluation counts as page chrome left in an article's body: parts of the site around
// the article, never its text. Written from the kinds of junk the labelled set names, apart
// from the compiler's own rules, so that a rule the compiler lacks shows up here as a miss.

const CHROME: [string, RegExp][] = [
  ['HTML markup', /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|&(?:[a-z]{2,8}|#\d{2,5});/i],
  ['pinyin ruby', /\p{Script=Han}\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/u],
  ['breadcrumb', /(?:首[页頁]|当前位置|當前位置|您的位置|您所在的位置|您在这里)\s*(?:[:：>＞]|$)/],
  ['share or print bar', /分享到|打印本页|关闭窗口|關閉窗口|听全文|聽全文|打赏|收藏本页/],
  [
    'edit or count metadata',
    /^(?:责任编辑|責任編輯|点击数|點擊數|阅读次数|閱讀次數|浏览量|瀏覽量)/,
  ],
  [
    'login or captcha',
    /请输入验证码|請輸入驗證碼|用户名|用戶名|免費註冊|免费注册|登录\s*\||登錄\s*\|/,
  ],
  ['site footer', /ICP[备備]|版权所有|版權所有|Copyright|©|公网安备|公網安備|举报邮箱|舉報郵箱/i],
  [
    'link list',
    /友情链接|友情鏈接|推荐阅读|推薦閱讀|相关推荐|相關推薦|相关新闻|相關新聞|排行榜|查看全文/,
  ],
  [
    'image placeholder',
    /\.(?:jpe?g|png|gif|webp)\b|!\[\]\(\)|^文章图片$|^\((?:配图|資料圖|资料图)\)$/i,
  ],
  ['source link', /^(?:原文链接|本文地址|本文链接)/],
  ['tag list', /^(?:本文标签|本文標籤|标签|標籤)\s*[:：]/],
  ['bare URL', /^https?:\/\/\S+$/],
  ['widget residue', /^(?:\d+\s+){2,}\d+$/],
  ['spam keywords', /(?:在线看|在线观看|在线播放|免费观看|高清影视|热播剧|电影频道|深夜影院)/],
  ['advert note', /^上图为广告$/],
];

/** The kinds of chrome found in an article's paragraphs, each with the first line showing it. */
export function chromeIn(paragraphs: readonly string[]): { kind: string; line: string }[] {
  const found: { kind: string; line: string }[] = [];
  for (const [kind, pattern] of CHROME) {
    const line = paragraphs.find((p) => pattern.test(p));
    if (line !== undefined) found.push({ kind, line: line.slice(0, 40) });
  }
  return found;
}
