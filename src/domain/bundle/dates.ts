import type { IsoDate } from './bundle.ts';

/** A valid `YYYY-MM-DD` for a plausible news date, or null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The later of two dates; ISO strings compare correctly as text. */
export function laterDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** Days since 1970-01-01 of a date: what distances between dates are counted in. */
export const dayNumber = (date: IsoDate): number =>
  Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
