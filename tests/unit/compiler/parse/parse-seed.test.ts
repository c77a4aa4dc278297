import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../../../src/compiler/parse/parse-seed.ts';
import { REAL_SEED, REAL_SEED_FILE } from '../../../support/real-seed.ts';
import { writeSeed } from '../../../support/write-seed.ts';

const realText = readFileSync(REAL_SEED_FILE, 'utf8');

describe('parsing the real seed', () => {
  const seed = parseSeed(realText);

  it('reads the title from the first line', () => {
    expect(seed.title).toEqual({ text: REAL_SEED.title, line: 1 });
  });

  it('keeps the four body paragraphs verbatim and in order', () => {
    expect(seed.paragraphs.map((p) => p.text)).toEqual(REAL_SEED.paragraphs);
    expect(seed.paragraphs.map((p) => p.line)).toEqual([2, 3, 4, 5]);
  });

  it('reads the source URL, its host and the publication date in its path', () => {
    expect(seed.source).toEqual({ url: REAL_SEED.url, host: REAL_SEED.host, line: 6 });
    expect(seed.publishedAt).toBe('2022-10-21');
  });

  it('takes the disclaimer and the previous article out of the body', () => {
    expect(seed.disclaimer).toBe(REAL_SEED.disclaimer);
    expect(seed.prev).toEqual({ title: REAL_SEED.prev, truncated: false, line: 8 });
    expect(seed.next).toBeNull();
  });

  it('splits the 最新加入 list into nine truncated titles with their dates', () => {
    const latest = seed.lists.find((l) => l.kind === 'latest');
    expect(latest?.heading).toBe('最新加入');
    expect(
      latest?.entries.map(({ title, truncated, date }) => ({ title, truncated, date })),
    ).toEqual(REAL_SEED.latest.map((item) => ({ ...item, truncated: true })));
  });

  it('splits the 热门资讯 list into ten truncated titles with their dates', () => {
    const hot = seed.lists.find((l) => l.kind === 'hot');
    expect(hot?.entries.map(({ title, truncated, date }) => ({ title, truncated, date }))).toEqual(
      REAL_SEED.hot.map((item) => ({ ...item, truncated: true })),
    );
    expect(hot?.entries[0]?.line).toBe(21);
  });

  it('finds nothing to complain about', () => {
    expect(seed.problems).toEqual([]);
  });
});

describe('parsing other seed shapes', () => {
  it('accepts a BOM, CRLF line ends, trailing blanks and full-width colons', () => {
    const text =
      '\uFEFF标题  \r\n\r\n第一段。 \r\n原文链接：https://jyj.example.cn/2023/05/06/x.html\r\n上一篇：前文';
    const seed = parseSeed(text);
    expect(seed.title?.text).toBe('标题');
    expect(seed.paragraphs.map((p) => p.text)).toEqual(['第一段。']);
    expect(seed.source?.host).toBe('jyj.example.cn');
    expect(seed.publishedAt).toBe('2023-05-06');
    expect(seed.prev?.title).toBe('前文');
  });

  it('drops characters that draw nothing, so that a line of them is blank, not a title', () => {
    // Hangul fillers, a soft hyphen, a variation selector, tag characters, an invisible operator.
    const blank = '\u3164\uffa0\u00ad\ufe0f\u{e0041}\u{e0042}\u2063';
    const seed = parseSeed(
      `${blank}\n县教\u00ad育局召开\u3164安全工作会议\n会议要求各校排查隐患${blank}。`,
    );
    expect(seed.title?.text).toBe('县教育局召开安全工作会议');
    expect(seed.paragraphs.map((p) => p.text)).toEqual(['会议要求各校排查隐患。']);
  });

  it('rejects a source link that is not http or https, with its line', () => {
    const seed = parseSeed('标题\n正文\n原文链接:javascript:alert(1)');
    expect(seed.source).toBeNull();
    expect(seed.problems).toEqual([
      expect.objectContaining({
        line: 3,
        severity: 'warning',
        message: expect.stringContaining('javascript:'),
      }),
    ]);
  });

  it('takes the publication date from the text when the URL has none', () => {
    const seed = parseSeed(
      '标题\n本报2023年6月7日讯,会议召开。\n原文链接:https://example.cn/news/42.html',
    );
    expect(seed.publishedAt).toBe('2023-06-07');
  });

  it('reports a seed with no title as an error on line 1', () => {
    const seed = parseSeed('\n\n原文链接:https://example.cn/a.html');
    expect(seed.title).toBeNull();
    expect(seed.problems).toContainEqual(expect.objectContaining({ line: 1, severity: 'error' }));
  });

  it('warns when there is no source link and still keeps the article text', () => {
    const seed = parseSeed(writeSeed({ title: '无链接', paragraphs: ['甲', '乙'], url: null }));
    expect(seed.paragraphs.map((p) => p.text)).toEqual(['甲', '乙']);
    expect(seed.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('原文链接') }),
    ]);
  });

  it('treats 没有了 as no neighbour', () => {
    expect(parseSeed('标题\n正文\n下一篇:没有了').next).toBeNull();
  });

  it('recognises other sidebar headings and does not take their items for body text', () => {
    const seed = parseSeed('标题\n正文\n相关文章\n某地召开会议\n热门文章：\n热点一...\n2024-01-02');
    expect(seed.paragraphs.map((p) => p.text)).toEqual(['正文']);
    expect(seed.lists.map((l) => [l.kind, l.entries.map((e) => e.title)])).toEqual([
      ['other', ['某地召开会议']],
      ['hot', ['热点一']],
    ]);
  });

  it('keeps stray text after the footer as body, with a warning naming its line', () => {
    const seed = parseSeed('标题\n正文\n原文链接:https://example.cn/a.html\n补充说明');
    expect(seed.paragraphs.map((p) => p.text)).toEqual(['正文', '补充说明']);
    expect(seed.problems).toEqual([expect.objectContaining({ line: 4, severity: 'warning' })]);
  });
});
