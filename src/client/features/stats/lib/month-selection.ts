import { monthRange, type IsoMonth } from '../../../../domain/bundle/stats-files';
import type { IsoDate } from '../../../../domain/bundle/bundle';

/** A run of bars, by index, `start` ≤ `end`. */
export interface BarSpan {
  start: number;
  end: number;
}

/** The bar under a point `x` of a chart `width` wide holding `count` bars, kept inside it. */
export function barAt(x: number, width: number, count: number): number {
  if (count <= 0 || width <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor((x / width) * count)));
}

/** The span between two bars, whichever comes first. */
export const spanOf = (a: number, b: number): BarSpan => ({
  start: Math.min(a, b),
  end: Math.max(a, b),
});

/** The date filter a span of months sets: the first day of its first to the last of its last. */
export function rangeOfSpan(
  months: readonly IsoMonth[],
  { start, end }: BarSpan,
): { from: IsoDate; to: IsoDate } | null {
  const first = months[start];
  const last = months[end];
  if (first === undefined || last === undefined) return null;
  return { from: monthRange(first).from, to: monthRange(last).to };
}

/** The bars a date filter covers (any day of the month in range), or null when none or unset. */
export function spanOfRange(
  months: readonly IsoMonth[],
  from: IsoDate | undefined,
  to: IsoDate | undefined,
): BarSpan | null {
  if (from === undefined && to === undefined) return null;
  let start = -1;
  let end = -1;
  months.forEach((month, i) => {
    const range = monthRange(month);
    if ((from === undefined || range.to >= from) && (to === undefined || range.from <= to)) {
      if (start < 0) start = i;
      end = i;
    }
  });
  return start < 0 ? null : { start, end };
}

/** `2024-03` as 2024年3月. */
export function monthLabel(month: IsoMonth): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
