/**
 * Bookmarks per page. Paged rather than all at once: an imported file may hold 20,000, and
 * rendering them together took the page 35 s (issue #15); a page with a URL of its own is also
 * what a keyboard or screen-reader user can move through and come back to.
 */
export const BOOKMARKS_PAGE_SIZE = 50;

export interface BookmarkPage<T> {
  items: T[];
  /** The page shown: the one asked for, or the last when that is past the end. */
  page: number;
  pages: number;
  /** The place of the page's first item in the whole list, from 1. */
  first: number;
}

/**
 * One page of a list. A page past the end shows the last one, since removing the last bookmarks
 * of the last page should not leave the reader on an empty page.
 */
export function bookmarkPage<T>(
  list: readonly T[],
  requested: number,
  size = BOOKMARKS_PAGE_SIZE,
): BookmarkPage<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const page = Math.min(Math.max(1, requested), pages);
  const start = (page - 1) * size;
  return { items: list.slice(start, start + size), page, pages, first: start + 1 };
}
