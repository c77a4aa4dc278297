import type { IsoDate } from '../../domain/bundle/bundle';

export interface DayGroup<T> {
  /** The items' date, or null for the undated ones (listed last by the compiler). */
  date: IsoDate | null;
  items: T[];
}

/** Consecutive items of the same date, in list order: one header per day in a newest-first list. */
export function groupByDay<T extends { date: IsoDate | null }>(items: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.date === item.date) last.items.push(item);
    else groups.push({ date: item.date, items: [item] });
  }
  return groups;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: IsoDate): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const [, y, m, d] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/**
 * The header of a day as news sites write it: 今天, 昨天, 11月23日 in the reader's year, and
 * 2023年11月23日 before it. `today` is the reader's own calendar date.
 */
export function dayLabel(date: IsoDate | null, today: IsoDate): string {
  if (date === null) return '日期不详';
  const day = dayNumber(date);
  const now = dayNumber(today);
  const match = ISO_DATE.exec(date);
  if (day === null || now === null || !match) return date;
  if (day === now) return '今天';
  if (day === now - 1) return '昨天';
  const [, year, month, dayOfMonth] = match;
  const monthDay = `${Number(month)}月${Number(dayOfMonth)}日`;
  return year === today.slice(0, 4) ? monthDay : `${year}年${monthDay}`;
}
