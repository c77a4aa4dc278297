import { describe, expect, it } from 'vitest';
import { dayLabel, groupByDay } from '../../../src/client/lib/day-groups';
import { pageWindow } from '../../../src/client/lib/page-window';

describe('groupByDay', () => {
  it('groups runs of one date in list order, undated last as they come', () => {
    const items = [
      { id: 'a', date: '2024-11-23' },
      { id: 'b', date: '2024-11-23' },
      { id: 'c', date: '2024-11-20' },
      { id: 'd', date: null },
    ];
    expect(groupByDay(items).map((g) => [g.date, g.items.map((i) => i.id)])).toEqual([
      ['2024-11-23', ['a', 'b']],
      ['2024-11-20', ['c']],
      [null, ['d']],
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('dayLabel', () => {
  const today = '2024-03-01';
  it.each([
    ['2024-03-01', '今天'],
    ['2024-02-29', '昨天'],
    ['2024-02-28', '2月28日'],
    ['2024-01-01', '1月1日'],
    ['2023-12-31', '2023年12月31日'],
    ['2024-03-02', '3月2日'],
  ])('%s is %s', (date, label) => {
    expect(dayLabel(date, today)).toBe(label);
  });

  it('says when a date is not known', () => {
    expect(dayLabel(null, today)).toBe('日期不详');
  });

  it('counts yesterday across a month and a year', () => {
    expect(dayLabel('2023-12-31', '2024-01-01')).toBe('昨天');
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 'gap', 5]],
    [6, 193, [1, 'gap', 5, 6, 7, 'gap', 193]],
    [3, 193, [1, 2, 3, 4, 'gap', 193]],
    [193, 193, [1, 'gap', 192, 193]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i', (page, pages, links) => {
    expect(pageWindow(page, pages)).toEqual(links);
  });
});
