import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../../../src/compiler/parse/parse-seed.ts';
import { furnitureOf } from '../../../../src/compiler/parse/page-furniture.ts';

const texts = (seed: ReturnType<typeof parseSeed>) => seed.paragraphs.map((p) => p.text);

describe('pages that do not follow the seed layout', () => {
  it('drops navigation, breadcrumbs, metadata and share lines, keeping the date and source', () => {
    const seed = parseSeed(
      [
        '首页 | 机构概况 | 新闻中心 | 政务公开 | 办事服务',
        '当前位置：首页 > 新闻中心 > 教育动态',
        '某县举办中小学教师教学技能比赛',
        '发布时间：2022年06月07日  来源：某县教育局  作者：李明  浏览次数：1024',
        '某县举办中小学教师教学技能比赛',
        '6月6日,全县120名青年教师参加了教学技能比赛。',
        '比赛分为教学设计、课堂展示两个环节。',
        '【打印本页】【关闭窗口】',
        '分享到：微信 微博 QQ空间',
        '原文链接:https://jyj.example.gov.cn/news/1234.html',
      ].join('\n'),
    );
    expect(seed.title?.text).toBe('某县举办中小学教师教学技能比赛');
    expect(texts(seed)).toEqual([
      '6月6日，全县120名青年教师参加了教学技能比赛。',
      '比赛分为教学设计、课堂展示两个环节。',
    ]);
    expect(seed.publishedAt).toBe('2022-06-07');
    expect(seed.sourceName).toBe('某县教育局');
    expect(seed.problems).toEqual([]);
  });

  it.each([
    ['发布时间:2022年06月07日', '2022-06-07'],
    ['2021-11-03 06:26:58', '2021-11-03'],
    ['发表于 2022-5-22', '2022-05-22'],
    ['时间：2020/01/09 点击数：88', '2020-01-09'],
  ])('reads the date of the metadata line "%s"', (line, date) => {
    const seed = parseSeed(`标题\n${line}\n正文第一段。`);
    expect(seed.publishedAt).toBe(date);
    expect(texts(seed)).toEqual(['正文第一段。']);
  });

  it('prefers the date the page shows to the one in its source URL', () => {
    // A CMS path holds the day the page was filed, which can be days after the news it prints.
    const seed = parseSeed(
      '标题\n发布时间：2022-06-07\n正文。\n原文链接:http://a.gov.cn/202210/t20221021_1.html',
    );
    expect(seed.publishedAt).toBe('2022-06-07');
  });

  it('keeps photo captions but drops photo credits', () => {
    const seed = parseSeed('标题\n图为学生在操场上进行体育锻炼。\n（摄影：王强）\n正文。');
    expect(texts(seed)).toEqual(['图为学生在操场上进行体育锻炼。', '正文。']);
  });

  it('drops keyword and spam lines', () => {
    const seed = parseSeed(
      '标题\n正文。\n关键词：教育 学校\n教育培训 北京教育 上海教育 高考辅导 免费课程 留学中介',
    );
    expect(texts(seed)).toEqual(['正文。']);
  });

  it('does not take a related-article list for body text', () => {
    const seed = parseSeed('标题\n正文。\n延伸阅读\n另一篇文章的标题\n第三篇文章');
    expect(texts(seed)).toEqual(['正文。']);
  });
});

describe('recognising page furniture', () => {
  it.each([
    '首页 > 新闻 > 通知公告',
    '您的位置：首页',
    '首页 | 新闻 | 通知',
    '扫一扫在手机打开当前页',
    '标签：双减',
    '责任编辑：张三',
  ])('"%s" is furniture', (line) => {
    expect(furnitureOf(line)).not.toBeNull();
  });

  it.each([
    '开州区教育系统严格落实全面从严治党主体责任,按照整体思路推进。',
    '精准施策 全面护航',
    '会议强调:要抓好落实。',
    '一是完善管理体制机制。二是落实党建工作责任。',
    '2021年来,新建党组织6个。',
  ])('"%s" is article text', (line) => {
    expect(furnitureOf(line)).toBeNull();
  });
});

describe('awkward and hostile text', () => {
  it('gives an empty file no article, with an error on line 1', () => {
    for (const text of ['', '   \n\t\n']) {
      const seed = parseSeed(text);
      expect(seed.title).toBeNull();
      expect(seed.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error' })]);
    }
  });

  it('reads a title and body with no sections at all', () => {
    const seed = parseSeed('只有标题\n和一段正文。');
    expect(seed.title?.text).toBe('只有标题');
    expect(texts(seed)).toEqual(['和一段正文。']);
    expect(seed.lists).toEqual([]);
  });

  it('splits old Mac line ends (CR only)', () => {
    expect(texts(parseSeed('标题\r第一段\r第二段'))).toEqual(['第一段', '第二段']);
  });

  it('removes zero-width and control characters', () => {
    const seed = parseSeed('标\u200b题\u0007\n正\u0000文\u2060。');
    expect(seed.title?.text).toBe('标题');
    expect(texts(seed)).toEqual(['正文。']);
  });

  it('removes bidirectional overrides and says so', () => {
    const seed = parseSeed('标题\u202e反转\n正文。\n原文链接:https://a.cn/1');
    expect(seed.title?.text).toBe('标题反转');
    expect(seed.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('bidirectional') }),
    ]);
  });

  it('takes leftover markup out of the text, which is never rendered as HTML', () => {
    const seed = parseSeed('<script>alert(1)</script>标题\n<img src=x onerror=alert(1)>正文');
    expect(seed.title?.text).toBe('alert(1)标题');
    expect(texts(seed)).toEqual(['正文']);
  });

  it('rejects data: and javascript: source links', () => {
    for (const link of ['data:text/html,<b>x</b>', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)']) {
      expect(parseSeed(`标题\n正文\n原文链接:${link}`).source).toBeNull();
    }
  });

  it('reads a line of tens of thousands of characters in full, as lines of 20,000 at most', () => {
    const long = '教育'.repeat(30_000);
    expect(texts(parseSeed(`标题\n${long}`))).toEqual([
      long.slice(0, 20_000),
      long.slice(20_000, 40_000),
      long.slice(40_000),
    ]);
  });

  it('keeps the first of repeated sections and warns about the rest', () => {
    const seed = parseSeed(
      '标题\n正文\n原文链接:https://a.cn/1\n原文链接:https://b.cn/2\n上一篇:甲\n上一篇:乙',
    );
    expect(seed.source?.host).toBe('a.cn');
    expect(seed.prev?.title).toBe('甲');
    expect(seed.problems.map((p) => p.line)).toEqual([4, 6]);
  });
});
