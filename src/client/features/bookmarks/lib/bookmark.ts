import type { IsoDate, ItemKind } from '../../../../domain/bundle/bundle';

/**
 * One saved item. It carries its own title and date so that the bookmarks page needs no data
 * file, and so that a bookmark outlives its item if a later bundle drops it.
 */
export interface Bookmark {
  id: string;
  kind: ItemKind;
  /** The title as shown when it was saved (with `…` if the source cut it short). */
  title: string;
  date: IsoDate | null;
  /** When it was saved, an ISO 8601 timestamp; the bookmarks page lists newest first. */
  savedAt: string;
}

/** What a page knows about an item it offers to bookmark. */
export type BookmarkTarget = Omit<Bookmark, 'savedAt'>;

/**
 * Newest first. Items saved in the same millisecond keep the reverse of the order they were
 * saved in, which the stored array preserves.
 */
export function newestFirst(bookmarks: readonly Bookmark[]): Bookmark[] {
  return bookmarks
    .map((bookmark, index) => ({ bookmark, index, time: Date.parse(bookmark.savedAt) }))
    .sort((a, b) => b.time - a.time || b.index - a.index)
    .map(({ bookmark }) => bookmark);
}
