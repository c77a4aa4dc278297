import { describe, expect, it } from 'vitest';
import { chooseHeadline, headlineShaped } from '../../../../src/compiler/parse/choose-headline.ts';
import { cleanLine } from '../../../../src/compiler/parse/clean-line.ts';
import { cleanHeadline, headlineFromLead } from '../../../../src/compiler/parse/headline-text.ts';
import { listPageReason } from '../../../../src/compiler/parse/list-page.ts';
import { furnitureOf } from '../../../../src/compiler/parse/page-furniture.ts';
import { parseSeed } from '../../../../src/compiler/parse/parse-seed.ts';

// Every sentence here is made up for these tests, in the shapes scraped pages take.
const TODAY = '2026-12-04';
const parse = (lines: string[], url?: string) =>
  parseSeed([...lines, ...(url ? [`原文链接:${url}`] : [])].join('\n'), { today: TODAY });
const body = (seed: ReturnType<typeof parseSeed>) => seed.paragraphs.map((p) => p.text);

const LEAD = '3月5日上午，枫林县第一中学举办青年教师课堂教学比赛，全县四十余名青年教师参赛。';
const SECOND = '比赛设说课和上课两个环节，评委从教学设计、课堂组织等方面打分。';

describe('cleaning a line', () => {
  it.each([
    ['<p class="x-block"> 枫林县举行运动会</p>', '枫林县举行运动会'],
    ['<dfn id="k2"><label id="k2"></label></dfn>', ''],
    ['王老" data-idx="0" depth="2">" data-idx="1" depth="2">师说', '王老师说'],
    ['&ldquo;双减&rdquo;落地&nbsp;见效', '“双减”落地\u00a0见效'],
    ['學(xué)校組織(zhī)師生', '學校組織師生'],
    ['《 枫林日报 》( 2023年06月28日 )', '《枫林日报》(2023年06月28日)'],
    ["0 n6 y( F2 t' x1 B( [ 会议在县城召开。", '会议在县城召开。'],
    ['第¶三小学', '第三小学'],
  ])('"%s" becomes "%s"', (raw, clean) => {
    expect(cleanLine(raw)).toBe(clean);
  });

  it.each([
    'AI VR AR 5G 技术走进课堂',
    '学生(xue sheng)一词的拼音',
    'ABC(abc) 课程',
    '3 < 5 的道理',
    '成绩 A & B 两档',
  ])('leaves "%s" as it is', (text) => {
    expect(cleanLine(text)).toBe(text);
  });
});

describe('page furniture', () => {
  it.each([
    ['青松影视在线观看-热播电视剧全集-高清电影免费看-综艺动漫短剧', 'spam'],
    ['欢迎光临枫林教育网，请 登录 | 注册', 'login'],
    ['用户名+密码登录', 'login'],
    ['枫林县教育局 版权所有 枫ICP备00000000号', 'footer'],
    ['友情链接: | 甲网 | 乙网', 'footer'],
    ['本文地址(转载请保留):http://a.example.cn/1.html', 'footer'],
    ['(资料图)', 'placeholder'],
    ['校园一角.jpg', 'placeholder'],
    ['20230101120000.jpg (94.95 KB, 下载次数: 40)', 'placeholder'],
    ['![]()', 'placeholder'],
    ['2 2 2 2', 'residue'],
    ['1857', 'residue'],
    ['2024年11月3日 星期日', 'clock'],
    ['原標題:某地开展教师培训', 'original-title'],
    ['Page 12 - 《枫林教育》2022年第4期', 'page-header'],
    ['《枫林教育》2022 NO.04', 'page-header'],
    ['■记者 王小明 通讯员 李大同', 'credit'],
    ['编 辑|周一 责 编|吴二', 'meta'],
    ['掌上枫林2025-08-21 19:12:40', 'meta'],
    ['2020-04-22     某某书斋', 'meta'],
    ['發佈時間:2024-07-02 09:15:00來源: 枫林日報', 'meta'],
    ['《 枫林日报 》( 2023年06月28日 13 版)', 'meta'],
    ['字体【 】 【日期:2014-12-4】 【单位:枫林县教育局】', 'meta'],
    ['您当前所在的位置: 首页 > 新闻中心 > 教育要闻', 'breadcrumb'],
    ['首頁行業資訊 某县启动护眼行动', 'breadcrumb'],
    ['栏目导航', 'navigation'],
    ['快訊', 'navigation'],
    ['【教育要闻】', 'navigation'],
    ['中央社／ 枫林28日電', 'credit'],
    ['新华社北京6月7日电', 'credit'],
  ])('"%s" is %s', (line, kind) => {
    expect(furnitureOf(line)?.kind).toBe(kind);
  });

  it.each([
    '枫林县举行中小学生运动会',
    '电影进校园活动让学生感受红色文化。',
    '2024年5月25日是心理健康日，学校组织了系列活动。',
    '登录国家智慧教育平台的师生越来越多，',
    '三年来，全县新建校舍十二万平方米。',
  ])('"%s" is article text', (line) => {
    expect(furnitureOf(line)).toBeNull();
  });
});

describe('the shape of a headline', () => {
  it.each([
    '枫林县举行中小学生运动会',
    '木棉花开,青春起航!某中学2023届毕业典礼,燃!',
    '补齐短板 均衡发展 全面提高教育质量',
  ])('"%s" could be a headline', (line) => {
    expect(headlineShaped(line)).toBe(true);
  });

  it.each([
    LEAD,
    '会上，局长通报了全年工作。',
    '◇孩子的周末被补习班填满',
    '一、活动背景',
    '(二)报名时间',
    '1.活动预热',
    '2月27日,县召开教',
    '新建教学楼一角',
    '同志们:',
  ])('"%s" is not a headline', (line) => {
    expect(headlineShaped(line)).toBe(false);
  });
});

describe('choosing the headline', () => {
  const text = (lines: string[]) => lines.map((l) => ({ text: l, furniture: null }));

  it('takes the first line above the prose', () => {
    const choice = chooseHeadline(text(['枫林县举办青年教师课堂教学比赛', LEAD, SECOND]));
    expect(choice.index).toBe(0);
  });

  it('prefers the line standing over the date line to a site name above it', () => {
    const seed = parse([
      '枫林教育资讯中心',
      '枫林县举办青年教师课堂教学比赛',
      '2024-03-06 来源:枫林县教育局',
      LEAD,
      SECOND,
    ]);
    expect(seed.title?.text).toBe('枫林县举办青年教师课堂教学比赛');
    expect(body(seed)).toEqual([LEAD, SECOND]);
  });

  it('finds no headline above a dateline and prose, under a column label', () => {
    const seed = parse([' date 2025-12-28 快訊', '中央社／ 枫林28日電', LEAD, SECOND]);
    expect(seed.titleDerived).toBe(true);
    expect(body(seed)).toEqual([LEAD, SECOND]);
  });

  it('passes over the section a breadcrumb ends in and a column label', () => {
    const seed = parse([
      '您在这里:首页 > 新闻中心 > 教育动态',
      '教育动态',
      '快讯',
      '枫林县举办青年教师课堂教学比赛',
      LEAD,
    ]);
    expect(seed.title?.text).toBe('枫林县举办青年教师课堂教学比赛');
  });

  it('passes over an SEO headline that tells another story than the article', () => {
    const seed = parse([
      '某市中考录取分数线公布(附历年分数线)',
      '2024-04-28',
      '枫林县青年教师课堂教学比赛举行',
      LEAD,
      SECOND,
    ]);
    expect(seed.title?.text).toBe('枫林县青年教师课堂教学比赛举行');
  });

  it('keeps an unlike headline when it is the only one', () => {
    const seed = parse(['某市中考录取分数线公布', LEAD, SECOND]);
    expect(seed.title?.text).toBe('某市中考录取分数线公布');
    expect(seed.titleDerived).toBe(false);
  });

  it('drops the lines above the headline and its repeats below', () => {
    const seed = parse([
      '枫林教育资讯中心',
      '枫林县举办青年教师课堂教学比赛',
      '2024-03-06',
      '枫林县举办青年教师课堂教学比赛',
      '【|枫林县举办青年教师课堂教学比赛】' + LEAD,
    ]);
    expect(body(seed)).toEqual([LEAD]);
  });

  it('reads a —— line under the headline as its subtitle', () => {
    const seed = parse([
      '补齐短板 全面提高教育质量',
      '2016-03-18 来源:本站',
      '——在全县教育工作会议上的讲话',
      LEAD,
    ]);
    expect(seed.subtitle).toBe('在全县教育工作会议上的讲话');
    expect(body(seed)).toEqual([LEAD]);
  });

  it('derives a headline from the lead of a page that shows none, and says so', () => {
    const seed = parse(['(资料图)', LEAD, SECOND]);
    expect(seed.titleDerived).toBe(true);
    expect(seed.title?.text).toBe('3月5日上午，枫林县第一中学举办青年教师课堂教学比赛…');
    expect(body(seed)).toEqual([LEAD, SECOND]);
  });

  it('finds no headline in text broken into short lines', () => {
    const lines = ['劳动最光荣', '实践长本领', '刚刚', '省教育厅公布', '首批实践基地名单'];
    const seed = parse([...lines, '枫林县三所学校入选', '一起来看', '一、实验区', '枫林县']);
    expect(seed.titleDerived).toBe(true);
    expect(body(seed)[0]).toBe('劳动最光荣');
  });

  it('drops a tag list at the end of the body, but not a short last line', () => {
    expect(body(parse(['标题行', LEAD, '心理健康', '讲座', '青春', '二中']))).toEqual([LEAD]);
    expect(body(parse(['标题行', LEAD, '二中']))).toEqual([LEAD, '二中']);
  });

  it('drops everything under the site footer', () => {
    const seed = parse(['标题行', LEAD, '枫林县教育局 版权所有', '地址:枫林县人民路1号', SECOND]);
    expect(body(seed)).toEqual([LEAD]);
  });
});

describe('cleaning the headline', () => {
  it.each([
    ['|枫林职专学生走进劳动基地', '枫林职专学生走进劳动基地'],
    ['1. 枫林县购房入学政策解读', '枫林县购房入学政策解读'],
    ['【校园直通车】开学第一课开讲', '开学第一课开讲'],
    ['热点|枫林县开展校园安全大检查', '枫林县开展校园安全大检查'],
    ['志愿填报咨询升温,家长需理性看待_鸿福888棋牌官网入口', '志愿填报咨询升温,家长需理性看待'],
    ['枫林县2025年秋季幼儿园招生公告 实时热讯', '枫林县2025年秋季幼儿园招生公告'],
    ['枫林县教育工作会议召开( 二 )', '枫林县教育工作会议召开'],
  ])('"%s" becomes "%s"', (raw, clean) => {
    expect(cleanHeadline(raw)).toBe(clean);
  });

  it.each([
    '家庭教育工作简报 (第12期)',
    '北师大-枫林实验学校揭牌',
    '【回顾】',
    '枫林县2024年招生政策_问答',
  ])('leaves "%s" as it is', (title) => {
    expect(cleanHeadline(title)).toBe(title);
  });

  it('makes a short headline from a lead, without its dateline', () => {
    expect(headlineFromLead('本报讯 枫林县举行运动会。比赛历时三天。')).toBe('枫林县举行运动会');
    expect(headlineFromLead('枫林融媒3月5日讯(通讯员 王一)枫林县举行运动会。')).toBe(
      '枫林县举行运动会',
    );
  });
});

describe('pages that are not articles', () => {
  const teasers = [
    '为推广运动风气，教育部门主办全国中学运动会，将于下月在枫林举行...',
    '为照顾经济弱势学生，本学年持续办理午餐补助，符合资格者可申请…',
    '枫林县少子化冲击持续扩大，沿海小校学生人数逐年减少… 查看全文>> |',
  ];

  it('rejects a list of teasers cut short, naming why', () => {
    const seed = parse(['最新消息', ...teasers], 'https://a.example.cn/news/1.html');
    expect(seed.title).toBeNull();
    expect(seed.notArticle).toBe('3 of its 3 lines are teasers cut short');
    expect(seed.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('not an article') }),
    ]);
  });

  it('rejects a page of items each under a date line of its own', () => {
    const seed = parse([
      '2026-01-08 17:58',
      '枫林县一所中学发生意外，教育局表示已前往医院关心并提供必要协助。',
      '日期:2026-01-07',
      '枫林县宣布推动学校营养午餐全面免费，多个县市跟进，引发热议。',
      '2026-01-06 10:27',
      '枫林县教育局回应，营养午餐全面免费须有长期稳定的财源支撑。',
    ]);
    expect(seed.notArticle).toBe('it lists 3 items under dates of their own');
  });

  it('keeps an article with a publication and an update date', () => {
    const seed = parse(['标题行', '发布时间:2024-03-05', '更新时间:2024-03-06', LEAD, SECOND]);
    expect(seed.notArticle).toBeNull();
  });

  it('rejects a tag page with no prose', () => {
    const seed = parse(['枫林县高考志愿填报时间安排'], 'https://a.example.cn/tag/abc.html');
    expect(seed.notArticle).toBe('its address is a listing (/tag/)');
  });

  it('keeps an article whose address only looks like a list', () => {
    const url = 'https://a.example.cn/tag/abc.html';
    expect(parse(['枫林县举办青年教师课堂教学比赛', LEAD, SECOND], url).notArticle).toBeNull();
    expect(listPageReason(new URL('https://a.example.cn/archives/123'), ['一行'])).toBeNull();
    expect(parse(['枫林县举办比赛', LEAD, teasers[0] ?? ''], undefined).notArticle).toBeNull();
  });
});

describe('the publication date', () => {
  it('takes the date the page shows over the one in its address', () => {
    const seed = parse(['标题行', '日期:2023-06-05', LEAD], 'http://a.example.cn/t20230612_1.html');
    expect(seed.publishedAt).toBe('2023-06-05');
  });

  it.each([
    ['http://a.example.cn/html/2014/xiaoyuan_0108/20317.html', '2014-01-08'],
    ['http://a.example.cn/a/2021/0627/0812394.html', '2021-06-27'],
    ['https://a.example.cn/xinwen/2015-05/08/content_1.htm', '2015-05-08'],
    ['http://a.example.cn/zxsp/20230520518233.shtml', '2023-05-20'],
    ['http://a.example.cn/art/2022/1/25/art_1_2.html', '2022-01-25'],
  ])('reads the date in the address %s', (url, date) => {
    expect(parse(['标题行', LEAD], url).publishedAt).toBe(date);
  });

  it.each([
    'http://a.example.cn/news/xz/201209/73305.shtml',
    'https://a.example.cn/fanwen/139015227640093_3.htm',
    'https://a.example.cn/article/1751452064187312.html',
  ])('finds no date in the address %s', (url) => {
    expect(parse(['标题行', LEAD], url).publishedAt).toBeNull();
  });

  it('takes no date from an event the article reports, nor from a page clock', () => {
    const seed = parse(['2024年11月3日 星期日', '标题行', '2025年9月16日，全县开展食品安全督查。']);
    expect(seed.publishedAt).toBeNull();
  });

  it('reads an edition line, a signature date, a date prefix and a dateline', () => {
    expect(parse(['标题行', LEAD, '《 枫林日报 》( 2023年06月28日 13 版)']).publishedAt).toBe(
      '2023-06-28',
    );
    expect(parse(['标题行', LEAD, '枫林县教育局', '2018年5月25日']).publishedAt).toBe('2018-05-25');
    expect(parse([' date 2024-09-27 ' + LEAD]).publishedAt).toBe('2024-09-27');
    expect(parse(['标题行', '本报2023年6月7日讯，会议召开。']).publishedAt).toBe('2023-06-07');
  });

  it('never takes a date later than the build day, and says so', () => {
    const seed = parse(['标题行', '发布时间:2099-01-01', LEAD]);
    expect(seed.publishedAt).toBeNull();
    expect(seed.problems).toContainEqual(
      expect.objectContaining({ line: 2, message: expect.stringContaining('2099-01-01') }),
    );
  });
});
