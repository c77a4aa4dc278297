import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { TeaserBadge } from '../../../components/ui/teaser-badge';
import {
  bookmarkButtonProps,
  listEntryProps,
  listPrimaryProps,
} from '../../../lib/keyboard-targets';
import { localIsoDate } from '../../../lib/local-date';
import { useBookmarks } from '../hooks/use-bookmarks';
import type { Bookmark } from '../lib/bookmark';
import { useBookmarkStore } from '../store/bookmark-store';

/** Every bookmark, newest first, each removable; the last removal can be undone. */
export function BookmarkList() {
  const bookmarks = useBookmarks();
  const store = useBookmarkStore();
  const [removed, setRemoved] = useState<Bookmark | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // The removed entry's button is gone; focus goes to the one thing that can bring it back.
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  const remove = (id: string) => setRemoved(store.remove(id) ?? null);
  const undo = () => {
    if (removed) store.restore(removed);
    setRemoved(null);
  };

  return (
    <>
      <div className="undo-bar" role="status">
        {removed && (
          <>
            <span>已移除《{removed.title}》。</span>
            <button ref={undoRef} type="button" className="link-button" onClick={undo}>
              撤销
            </button>
          </>
        )}
      </div>
      {bookmarks.length === 0 ? (
        <p className="empty-text">
          还没有收藏。在文章页点击“收藏”，或在列表中点击标题旁的星标，文章就会出现在这里。
        </p>
      ) : (
        <ol className="item-list bookmark-list">
          {bookmarks.map((bookmark) => (
            <li key={bookmark.id} className="item-list__entry" {...listEntryProps}>
              <Link
                className="item-list__title"
                to={paths.article.getHref(bookmark.id)}
                {...listPrimaryProps}
              >
                {bookmark.title}
              </Link>
              <span className="item-list__meta">
                {bookmark.kind === 'teaser' && <TeaserBadge />}
                {bookmark.date && <FormattedDate date={bookmark.date} />}
                <span>
                  收藏于 <FormattedDate date={localIsoDate(new Date(bookmark.savedAt))} />
                </span>
                <button
                  type="button"
                  className="remove-button"
                  onClick={() => remove(bookmark.id)}
                  {...bookmarkButtonProps}
                >
                  移除<span className="visually-hidden">《{bookmark.title}》</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
