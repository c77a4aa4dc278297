import type { IsoDate } from '../../domain/bundle/bundle.ts';
import { isoDate } from '../../domain/bundle/dates.ts';

// Year, month and day written with -, /, . or 年月日, as Chinese news sites print them.
const DATE_DIGITS = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`;
const WRITTEN_DATE = String.raw`${DATE_DIGITS}\s*日?`;
const LEADING_DATE = new RegExp(`^${WRITTEN_DATE}`);
const TRAILING_DATE = new RegExp(`${WRITTEN_DATE}$`);
const ANY_DATE = new RegExp(WRITTEN_DATE, 'g');

function fromMatch(m: RegExpMatchArray): IsoDate | null {
  return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A date at the very start of `text`, and the text after it. */
export function leadingDate(text: string): { date: IsoDate; rest: string } | null {
  const m = LEADING_DATE.exec(text);
  const date = m ? fromMatch(m) : null;
  return m && date ? { date, rest: text.slice(m[0].length) } : null;
}

/** A date at the very end of `text`, and the text before it. */
export function trailingDate(text: string): { date: IsoDate; rest: string } | null {
  const m = TRAILING_DATE.exec(text);
  const date = m ? fromMatch(m) : null;
  return m && date ? { date, rest: text.slice(0, m.index) } : null;
}

/** The first valid date written anywhere in `text`. */
export function firstDateIn(text: string): IsoDate | null {
  for (const m of text.matchAll(ANY_DATE)) {
    const date = fromMatch(m);
    if (date) return date;
  }
  return null;
}

// Government CMS paths such as /202210/t20221021_11213004.html carry the publication date;
// other sites use /2022/10/21/, /2022-10-21/, /20221021/, /2015-05/08/, /2021/0627/,
// /2014/xiaoyuan_0108/ or a file named by its date and a serial, /20230520518233.shtml.
// A path with only a year and a month (/201209/) gives no date.
const URL_DATE_PATTERNS = [
  /\/t(\d{4})(\d{2})(\d{2})_/,
  /\/(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=[/_.-]|$)/,
  /\/(\d{4})(\d{2})(\d{2})(?=[/_.-]|$)/,
  /\/(\d{4})\/(?:[a-z]{1,20}_)?(\d{2})(\d{2})(?=\/)/i,
  /\/(\d{4})(\d{2})(\d{2})\d{4,12}\.s?html?$/,
];

// A report that opens with its dateline: `本报2023年6月7日讯`, `新华社北京2023年6月7日电`.
// `日` is optional between two runs of blanks, written so that the runs cannot trade blanks: a
// long run would be split every way.
const DATELINE = new RegExp(String.raw`^[^，,。]{0,16}?${DATE_DIGITS}\s*(?:日\s*)?(?:讯|訊|电|電)`);

/** The date of a dateline at the start of a report's first paragraph, if it has a full one. */
export function datelineDate(paragraph: string): IsoDate | null {
  const m = DATELINE.exec(paragraph);
  return m ? fromMatch(m) : null;
}

/** The publication date encoded in a source URL's path, if it has one. */
export function dateFromUrlPath(url: URL): IsoDate | null {
  for (const pattern of URL_DATE_PATTERNS) {
    const m = pattern.exec(url.pathname);
    const date = m ? fromMatch(m) : null;
    if (date) return date;
  }
  return null;
}
