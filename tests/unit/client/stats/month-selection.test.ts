import { describe, expect, it } from 'vitest';
import {
  barAt,
  monthLabel,
  rangeOfSpan,
  spanOf,
  spanOfRange,
} from '../../../../src/client/features/stats/lib/month-selection.ts';

const months = ['2023-11', '2023-12', '2024-01', '2024-02'];

describe('choosing months on a timeline', () => {
  it('finds the bar under a point, kept inside the chart', () => {
    expect(barAt(0, 400, 4)).toBe(0);
    expect(barAt(150, 400, 4)).toBe(1);
    expect(barAt(399, 400, 4)).toBe(3);
    expect(barAt(-20, 400, 4)).toBe(0);
    expect(barAt(460, 400, 4)).toBe(3);
  });

  it('turns a drag either way into the first month’s first day to the last month’s last', () => {
    expect(spanOf(3, 1)).toEqual({ start: 1, end: 3 });
    expect(rangeOfSpan(months, spanOf(3, 1))).toEqual({ from: '2023-12-01', to: '2024-02-29' });
    expect(rangeOfSpan(months, { start: 2, end: 2 })).toEqual({
      from: '2024-01-01',
      to: '2024-01-31',
    });
  });

  it('draws as chosen every month the date filter touches, and nothing without one', () => {
    expect(spanOfRange(months, '2023-12-15', '2024-01-03')).toEqual({ start: 1, end: 2 });
    expect(spanOfRange(months, '2024-01-01', undefined)).toEqual({ start: 2, end: 3 });
    expect(spanOfRange(months, undefined, '2023-11-30')).toEqual({ start: 0, end: 0 });
    expect(spanOfRange(months, '2025-01-01', undefined)).toBeNull();
    expect(spanOfRange(months, undefined, undefined)).toBeNull();
  });

  it('names a month in Chinese', () => {
    expect(monthLabel('2024-03')).toBe('2024年3月');
  });
});
