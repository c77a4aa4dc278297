import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../../../src/compiler/parse/clean-line.ts';
import { cleanHeadline } from '../../../../src/compiler/parse/headline-text.ts';
import { listPageReason } from '../../../../src/compiler/parse/list-page.ts';
import { datelineDate } from '../../../../src/compiler/parse/parse-date.ts';
import { parseSeed } from '../../../../src/compiler/parse/parse-seed.ts';
import { MAX_LINE_CHARS } from '../../../../src/compiler/parse/seed-limits.ts';
import { markerOf } from '../../../../src/compiler/parse/seed-markers.ts';
import { parseListTitle } from '../../../../src/compiler/parse/split-glued-dates.ts';

// Lines of 300,000 characters shaped to make a backtracking pattern try every start: read
// linearly each takes milliseconds, quadratically minutes. The timeout only stops a hang. The
// parser reads such a line as lines of at most MAX_LINE_CHARS, and says so.
const N = 300_000;
const runs = {
  blanks: ' '.repeat(N) + 'x',
  dots: '.'.repeat(N) + 'x',
  stops: '。'.repeat(N) + 'x',
  colons: '：'.repeat(N) + 'x',
  brackets: '( '.repeat(N / 2) + 'x',
  tags: '<a '.repeat(N / 3) + 'x',
  quotes: '" a="b"'.repeat(N / 7) + 'x',
  ampersands: '&'.repeat(N) + 'x',
};

describe('lines built to make the parser backtrack', { timeout: 60_000 }, () => {
  it.each(Object.entries(runs))('reads a long run of %s in linear time', (_, run) => {
    expect(parseListTitle(`标题${run}`).truncated).toBe(false);
    expect(markerOf(`相关文章${run}`)).toBeNull();
    expect(cleanLine(run).endsWith('x')).toBe(true);
    expect(listPageReason(null, [`…${run}`, `…${run}`, `…${run}`])).toBeNull();
    const seed = parseSeed(`标题\n${run}\n原文链接:https://a.example.cn/1.html`);
    // Blanks around a line are trimmed first: a run of them leaves a short line.
    const split = seed.problems.filter((p) => p.message.startsWith('The line has 30000'));
    expect(split.map((p) => p.line)).toEqual(run.trim().length > MAX_LINE_CHARS ? [2] : []);
    expect(seed.paragraphs.length).toBeGreaterThan(0);
    for (const p of seed.paragraphs) expect(p.text.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
  });
});

// One case per pattern that once tried a run of blanks every way (`\s*(.*)$`, `\s*日?\s*讯`,
// `\s+(?:必看…)$`): 300,000 blanks and a rejecting end took minutes each, read once they take
// milliseconds. Each case also says what the line must give, so a faster wrong answer fails too.
const blanks = ' '.repeat(N);
const LINK = '原文链接:https://a.example.cn/1.html';

describe('long runs of blanks before a rejecting end', { timeout: 60_000 }, () => {
  it('does not take a marker whose value holds a line separator after the blanks', () => {
    for (const label of ['原文链接:', '【免责声明】', '免责声明：', '上一篇:', '下一篇：']) {
      expect(markerOf(`${label}${blanks}x\u2028y`)).toBeNull();
    }
    expect(markerOf(`原文链接:${blanks}https://a.example.cn/1.html`)).toEqual({
      kind: 'source',
      value: 'https://a.example.cn/1.html',
    });
    expect(markerOf(`下一篇：${blanks}校园开放日`)).toEqual({ kind: 'next', value: '校园开放日' });
  });

  it('keeps such a line as body text of the seed', () => {
    const seed = parseSeed(`标题\n原文链接:${blanks}x\u2028y\n${LINK}`);
    expect(seed.source?.url).toBe('https://a.example.cn/1.html');
    expect(seed.paragraphs).toHaveLength(1);
  });

  it('reads no dateline from a lead whose date is followed by blanks and no 讯 or 电', () => {
    expect(datelineDate(`本报2023年6月7${blanks}x`)).toBeNull();
    expect(datelineDate(`本报2023年6月7日${blanks}讯 今天`)).toBe('2023-06-07');
    const seed = parseSeed(`标题\n本报2023年6月7${blanks}x\n${LINK}`, { today: '2024-01-01' });
    expect(seed.publishedAt).toBeNull();
    // The blanks fill the pieces the line is read as: what is left is the date and the end.
    expect(seed.paragraphs.map((p) => p.text)).toEqual(['本报2023年6月7', 'x']);
  });

  it('cleans a headline ending in blanks and half an SEO word or page marker', () => {
    expect(cleanHeadline(`标题${blanks}必`)).toBe(`标题${blanks}必`);
    expect(cleanHeadline(`标题${blanks}x`)).toBe(`标题${blanks}x`);
    expect(cleanHeadline(`标题${blanks}必看`)).toBe('标题');
    expect(cleanHeadline(`标题${blanks}（ 二 ）`)).toBe('标题');
  });
});
