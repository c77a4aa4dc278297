import type { IsoDate } from '../domain/bundle/bundle.ts';
import { isoDate } from '../domain/bundle/dates.ts';

/** The environment variable that fixes a compile's build day, as `--today` does. */
export const BUILD_DATE_ENV = 'READER_BUILD_DATE';

const DAY_MS = 24 * 60 * 60 * 1000;
// China keeps UTC+8 all year (no daylight saving since 1991), so a fixed offset gives its
// calendar day without a time-zone database.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China (Asia/Shanghai) at `now`: the sites' own day. */
export function chinaToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `text` as a build day (`YYYY-MM-DD`, a real date); a plain sentence saying why if it is not. */
export function parseBuildDay(text: string, from = 'The build day'): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const day = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!day) throw new Error(`${from} must be a date written YYYY-MM-DD, not "${text}".`);
  return day;
}

/**
 * The build day of a compile: `explicit` (`--today`, the compile's `today` option), else the
 * `READER_BUILD_DATE` environment variable, else today in China. Fixing it keeps a compile's
 * output the same from one day to the next.
 */
export function buildDay(
  explicit?: IsoDate,
  env: Record<string, string | undefined> = process.env,
  now: Date = new Date(),
): IsoDate {
  if (explicit !== undefined) return explicit;
  const fixed = env[BUILD_DATE_ENV];
  if (fixed) return parseBuildDay(fixed, BUILD_DATE_ENV);
  return chinaToday(now);
}

/**
 * The latest date a page may carry as its publication date: the day after the build day. A
 * build day given as the date where the build runs (`--today $(date +%F)` on a UTC machine)
 * lags China by up to 8 hours, and by up to 20 in the Americas, so a page published in China
 * after its midnight would otherwise be refused; one day of slack covers every time zone and
 * still refuses dates of the years ahead.
 */
export function latestPublicationDay(day: IsoDate): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
