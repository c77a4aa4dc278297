import type { BUNDLE_VERSION, IsoDate } from './bundle.ts';

/**
 * The small count files behind the map and the timelines (`data/stats/…`), counted at build time
 * over the articles (teasers have no text to read); docs/map-timeline.md. Their paths are in
 * `bundlePaths`; the counting is `src/domain/stats/count-articles.ts`.
 */

/** A calendar month, `YYYY-MM`. */
export type IsoMonth = string;

/** Months a topic's sparkline covers, ending with the newest article's month. */
export const SPARKLINE_MONTHS = 24;

/** A place with the number of articles about it or about a place inside it. */
export interface PlaceCount {
  code: string;
  name: string;
  count: number;
}

/** `data/stats/places.json`: the map's numbers. */
export interface PlaceCountsFile {
  version: typeof BUNDLE_VERSION;
  /** Provincial-level divisions with at least one article, most first, then by code. */
  provinces: PlaceCount[];
  /**
   * By province code, the places one level below it with articles, most first: prefectures, or
   * the districts and counties of a province that has no prefectures (重庆市 › 开州区).
   */
  below: Record<string, PlaceCount[]>;
}

/** `data/stats/months.json`: the home page's timeline. */
export interface MonthCountsFile {
  version: typeof BUNDLE_VERSION;
  /** Every month from the first dated article's to the last's, oldest first, empty ones as 0. */
  months: [IsoMonth, number][];
  /** Articles without a date, which no month shows. */
  undated: number;
}

/** `data/stats/topics.json`: a sparkline per topic. */
export interface TopicMonthsFile {
  version: typeof BUNDLE_VERSION;
  /** The `SPARKLINE_MONTHS` months the counts cover, oldest first; empty without dated articles. */
  months: IsoMonth[];
  /**
   * Topics with at least one article, by id; `counts` follows `months` and `total` is their sum
   * (0 for a topic whose articles are all older).
   */
  topics: { id: string; name: string; total: number; counts: number[] }[];
}

/** The month of a date. */
export const monthOf = (date: IsoDate): IsoMonth => date.slice(0, 7);

/** The month after `month`. */
export function nextMonth(month: IsoMonth): IsoMonth {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included, oldest first; empty if `last` is earlier. */
export function monthsBetween(first: IsoMonth, last: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/** The first and last day of a month: the date filter's inclusive bounds. */
export function monthRange(month: IsoMonth): { from: IsoDate; to: IsoDate } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}

/** Sparse month counts laid out month by month from the first to the last, gaps as 0. */
export function fillMonths(counts: Readonly<Record<IsoMonth, number>>): [IsoMonth, number][] {
  const keys = Object.keys(counts).sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return [];
  return monthsBetween(first, last).map((m) => [m, counts[m] ?? 0]);
}
