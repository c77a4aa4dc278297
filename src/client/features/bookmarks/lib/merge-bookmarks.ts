import type { Bookmark } from './bookmark';

export interface MergeResult {
  bookmarks: Bookmark[];
  /** Records new to this browser. */
  added: number;
  /** Records of items already bookmarked here; the local record is kept. */
  alreadyThere: number;
}

/**
 * Adds imported bookmarks to the current ones. An item bookmarked on both sides keeps its local
 * record, so importing an old backup never rewinds what the reader did since.
 */
export function mergeBookmarks(
  current: readonly Bookmark[],
  incoming: readonly Bookmark[],
): MergeResult {
  const known = new Set(current.map((bookmark) => bookmark.id));
  const fresh: Bookmark[] = [];
  let alreadyThere = 0;
  for (const bookmark of incoming) {
    if (known.has(bookmark.id)) {
      alreadyThere++;
      continue;
    }
    known.add(bookmark.id);
    fresh.push(bookmark);
  }
  return { bookmarks: [...current, ...fresh], added: fresh.length, alreadyThere };
}
