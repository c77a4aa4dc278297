import { describe, expect, it } from 'vitest';
import {
  fillMonths,
  monthRange,
  monthsBetween,
  nextMonth,
} from '../../../../src/domain/bundle/stats-files.ts';

describe('months', () => {
  it('steps over the end of a year', () => {
    expect(nextMonth('2023-12')).toBe('2024-01');
    expect(monthsBetween('2023-11', '2024-02')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(monthsBetween('2024-02', '2023-11')).toEqual([]);
  });

  it('gives a month’s first and last day as the date filter’s bounds, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(monthRange('2024-12')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });

  it('fills the months between sparse counts with 0', () => {
    expect(fillMonths({ '2024-03': 2, '2024-01': 1 })).toEqual([
      ['2024-01', 1],
      ['2024-02', 0],
      ['2024-03', 2],
    ]);
    expect(fillMonths({})).toEqual([]);
  });
});
