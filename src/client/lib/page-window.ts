/** A page number to link, or a gap (…) between two runs of them. */
export type PageLink = number | 'gap';

/**
 * The page numbers a pager shows: the first and last page, and `around` pages each side of the
 * current one; a gap of one page is shown as that page rather than as `…`.
 */
export function pageWindow(page: number, pages: number, around = 1): PageLink[] {
  const shown = new Set([1, pages]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const p of sorted) {
    const before = links.at(-1);
    if (typeof before === 'number' && p - before === 2) links.push(before + 1);
    else if (typeof before === 'number' && p - before > 2) links.push('gap');
    links.push(p);
  }
  return links;
}
