import type { IsoDate, LatestFile, ListPaging } from '../bundle/bundle.ts';

/**
 * How a latest list (newest first, undated last) is cut into files, and which file a reader's
 * page is. Pages numbered from the newest would all shift when an article arrives, and a daily
 * scrape would rewrite and re-upload every one of them. So the dated items are numbered from the
 * oldest in full pages, and the newest items, between one page and two pages less one, form the
 * head: a new article changes the head, and one dated page when the head fills up. Items without
 * a date have pages of their own after the dated ones, so that a new one (where it lands depends
 * on the sites' list positions) moves only undated pages. While there are fewer dated items than
 * a page, the head fills up with undated ones: a short list is one page whatever its dates.
 */
export interface LatestCut<T> {
  paging: ListPaging;
  files: [LatestFile, T[]][];
}

export function cutLatest<T extends { date: IsoDate | null }>(
  list: readonly T[],
  pageSize: number,
): LatestCut<T> {
  const firstUndated = list.findIndex((item) => item.date === null);
  const datedCount = firstUndated === -1 ? list.length : firstUndated;
  const dated = Math.max(0, Math.floor(datedCount / pageSize) - 1);
  const head =
    datedCount >= pageSize ? datedCount - dated * pageSize : Math.min(list.length, pageSize);
  const files: [LatestFile, T[]][] = [['head', list.slice(0, head)]];
  for (let n = 1; n <= dated; n++) {
    files.push([
      { dated: n },
      list.slice(datedCount - n * pageSize, datedCount - (n - 1) * pageSize),
    ]);
  }
  const undatedFrom = Math.max(datedCount, head);
  const undated = Math.ceil((list.length - undatedFrom) / pageSize);
  for (let n = 1; n <= undated; n++) {
    const from = undatedFrom + (n - 1) * pageSize;
    files.push([{ undated: n }, list.slice(from, from + pageSize)]);
  }
  return { paging: { pageSize, pages: 1 + dated + undated, total: list.length, dated }, files };
}

/** The file that holds a reader's page `page` (from 1, the newest), or null past the last. */
export function latestFileOfPage(paging: ListPaging, page: number): LatestFile | null {
  if (!Number.isInteger(page) || page < 1 || page > paging.pages) return null;
  if (page === 1) return 'head';
  if (page <= paging.dated + 1) return { dated: paging.dated + 2 - page };
  return { undated: page - paging.dated - 1 };
}
