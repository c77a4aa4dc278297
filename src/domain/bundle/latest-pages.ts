import type { IsoDate, LatestFile, ListPaging } from './bundle.ts';

/**
 * How a latest list (newest first, undated last) is cut into files, and which files hold a
 * reader's page. Pages numbered from the newest all shifted when one article arrived, so a daily
 * scrape rewrote, and a deploy uploaded, every one of them. Numbered from the oldest they still
 * shifted whenever an old item moved: a story gaining a copy hides that copy from the list, a
 * teaser listed again takes the newer date, and every page after it changed (1,000 new seeds on
 * 100,000 rewrote 11,822 of 11,880 files that way). So the files are cut by month: each month's
 * items in pages counted from its oldest item, and a change in one month rewrites files of that
 * month alone, plus `head`, the list's first page, which the home page fetches beside the
 * manifest. Undated items have pages of their own after the dated ones. A reader's pages stay
 * `pageSize` items from the newest, each read from the files of the months it spans.
 */
export interface LatestCut<T> {
  paging: ListPaging;
  files: [LatestFile, T[]][];
}

export function cutLatest<T extends { date: IsoDate | null }>(
  list: readonly T[],
  pageSize: number,
): LatestCut<T> {
  const files: [LatestFile, T[]][] = [['head', list.slice(0, pageSize)]];
  const months: [string, number][] = [];
  let at = 0;
  for (let date = list[0]?.date; date != null; date = list[at]?.date) {
    const month = date.slice(0, 7);
    const from = at;
    while (at < list.length && list[at]?.date?.startsWith(month)) at++;
    const count = at - from;
    // Page n holds the month's items n·pageSize − pageSize … n·pageSize − 1, counted from its
    // oldest; each file lists them newest first, as they are shown.
    for (let n = 1; (n - 1) * pageSize < count; n++) {
      const end = at - (n - 1) * pageSize;
      files.push([{ month, n }, list.slice(Math.max(from, end - pageSize), end)]);
    }
    months.push([month, count]);
  }
  for (let n = 1; at < list.length; n++, at += pageSize) {
    files.push([{ undated: n }, list.slice(at, at + pageSize)]);
  }
  const pages = Math.max(1, Math.ceil(list.length / pageSize));
  return { paging: { pageSize, pages, total: list.length, months }, files };
}

/** Items `from` … `to` − 1 of one file. */
export interface LatestSlice {
  file: LatestFile;
  from: number;
  to: number;
}

/**
 * The files that hold a reader's page `page` (from 1, the newest), each with the part of it on
 * that page, in the order shown; null for a page that is not there.
 */
export function latestSlicesOfPage(paging: ListPaging, page: number): LatestSlice[] | null {
  const size = paging.pageSize;
  if (!Number.isInteger(page) || page < 1 || page > paging.pages) return null;
  if (page === 1) return [{ file: 'head', from: 0, to: size }];
  const start = (page - 1) * size;
  const end = Math.min(page * size, paging.total);
  const slices: LatestSlice[] = [];
  // The page's positions, newest first, relative to the month that starts at `offset`.
  let offset = 0;
  for (const [month, count] of paging.months) {
    const a = Math.max(start, offset) - offset;
    const b = Math.min(end, offset + count) - offset;
    offset += count;
    if (a >= b) continue;
    // Position x is the month's (count − 1 − x)-th item from its oldest, on its page n.
    const pageOf = (x: number) => Math.floor((count - 1 - x) / size) + 1;
    for (let n = pageOf(a); n >= pageOf(b - 1); n--) {
      const low = Math.max(0, count - n * size);
      const high = count - (n - 1) * size;
      slices.push({
        file: { month, n },
        from: Math.max(a, low) - low,
        to: Math.min(b, high) - low,
      });
    }
  }
  const a = Math.max(start, offset) - offset;
  const b = end - offset;
  for (let n = Math.floor(a / size) + 1; a < b && (n - 1) * size < b; n++) {
    const low = (n - 1) * size;
    slices.push({
      file: { undated: n },
      from: Math.max(a, low) - low,
      to: Math.min(b, low + size) - low,
    });
  }
  return slices;
}
