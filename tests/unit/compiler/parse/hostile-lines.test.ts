import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../../../src/compiler/parse/clean-line.ts';
import { listPageReason } from '../../../../src/compiler/parse/list-page.ts';
import { parseSeed } from '../../../../src/compiler/parse/parse-seed.ts';
import { markerOf } from '../../../../src/compiler/parse/seed-markers.ts';
import { parseListTitle } from '../../../../src/compiler/parse/split-glued-dates.ts';

// Lines of 300,000 characters shaped to make a backtracking pattern try every start: read
// linearly each takes milliseconds, quadratically minutes. The timeout only stops a hang.
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
    expect(parseSeed(`标题\n${run}\n原文链接:https://a.example.cn/1.html`).paragraphs).toHaveLength(
      1,
    );
  });
});
