import type { IsoDate } from '../../domain/bundle/bundle.ts';
import type { Problem } from '../diagnostic.ts';
import { leadingDate, trailingDate } from './parse-date.ts';
import type { SeedLine } from './split-lines.ts';

/** One item of a scraped sidebar list. */
export interface ListEntry {
  title: string;
  /** The site cut the title and marked it with `...`; `title` is what it kept. */
  truncated: boolean;
  date: IsoDate | null;
  line: number;
}

/**
 * Where a trailing ellipsis (`..`, `…`, `。。。`) starts in `text`, or its length when it has none.
 * Read from the end in one pass: a pattern such as `\s*\.{2,}$` would try every run of dots in
 * a long line, and take minutes on a line of a few hundred kilobytes.
 */
function ellipsisStart(text: string): number {
  let start = text.length;
  const last = text[start - 1];
  if (last !== '.' && last !== '…' && last !== '。') return start;
  while (start > 0 && text[start - 1] === last) start--;
  const run = text.length - start;
  if ((last === '.' && run < 2) || (last === '。' && run < 3)) return text.length;
  while (start > 0 && /\s/.test(text[start - 1] ?? '')) start--;
  return start;
}

/** Splits a scraped title into the text kept and whether the site truncated it. */
export function parseListTitle(text: string): { title: string; truncated: boolean } {
  const kept = text.trim();
  const title = kept.slice(0, ellipsisStart(kept));
  return { title, truncated: title.length < kept.length };
}

/**
 * Turns sidebar lines into dated entries. The scraper drops each item's date at the start of the
 * next line (`2024-11-23省教育厅举办2023...` is one item's date glued to the next item's title)
 * and leaves the last date on a line of its own. Lists whose every line starts or ends with its
 * own date are read that way instead.
 */
export function splitGluedDates(lines: SeedLine[]): { entries: ListEntry[]; problems: Problem[] } {
  const entries: ListEntry[] = [];
  const problems: Problem[] = [];
  const add = (text: string, line: number, date: IsoDate | null) => {
    const { title, truncated } = parseListTitle(text);
    if (title) entries.push({ title, truncated, date, line });
    else
      problems.push({ line, severity: 'warning', message: 'A list line has no title; skipped.' });
  };

  if (lines.length > 0 && lines.every((l) => trailingDate(l.text) && !leadingDate(l.text))) {
    for (const l of lines) {
      const found = trailingDate(l.text);
      add(found ? found.rest : l.text, l.line, found?.date ?? null);
    }
    return { entries, problems };
  }

  const first = lines[0];
  const last = lines.at(-1);
  const ownLeadingDates =
    first !== undefined &&
    leadingDate(first.text) !== null &&
    last !== undefined &&
    leadingDate(last.text)?.rest.trim() !== '';
  if (ownLeadingDates) {
    for (const l of lines) {
      const found = leadingDate(l.text);
      add(found ? found.rest : l.text, l.line, found?.date ?? null);
    }
    return { entries, problems };
  }

  for (const l of lines) {
    const found = leadingDate(l.text);
    if (found) {
      const previous = entries.at(-1);
      if (!previous) {
        problems.push({
          line: l.line,
          severity: 'warning',
          message: `The date ${found.date} starts the list but belongs to no item; ignored.`,
        });
      } else {
        previous.date = found.date;
      }
    }
    const rest = found ? found.rest.trim() : l.text;
    if (rest) add(rest, l.line, null);
  }
  return { entries, problems };
}
