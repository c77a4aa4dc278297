import { describe, expect, it } from 'vitest';
import { dayNumber, monthOfDay } from '../../../../src/domain/bundle/dates.ts';

describe('the month of a day number', () => {
  it('is the calendar month of every day from 1900 to 2100, leap days and centuries included', () => {
    const wrong: number[] = [];
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++) {
      const date = new Date(day * 86_400_000);
      if (monthOfDay(day) !== date.getUTCFullYear() * 12 + date.getUTCMonth()) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it('turns at the first of a month', () => {
    expect(monthOfDay(dayNumber('2024-02-29'))).toBe(2024 * 12 + 1);
    expect(monthOfDay(dayNumber('2024-03-01'))).toBe(2024 * 12 + 2);
    expect(monthOfDay(dayNumber('1999-12-31'))).toBe(1999 * 12 + 11);
    expect(monthOfDay(dayNumber('2000-01-01'))).toBe(2000 * 12);
  });
});
