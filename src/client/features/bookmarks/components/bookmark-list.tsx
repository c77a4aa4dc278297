import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { Pagination } from '../../../components/ui/pagination';
import { TeaserBadge } from '../../../components/ui/teaser-badge';
import {
  bookmarkButtonProps,
  listEntryProps,
  listPrimaryProps,
} from '../../../lib/keyboard-targets';
import { localIsoDate } from '../../../lib/local-date';
import { QueueToggle } from '../../listen';
import { useBookmarks } from '../hooks/use-bookmarks';
import type { Bookmark } from '../lib/bookmark';
import { bookmarkPage } from '../lib/bookmark-pages';
import { useBookmarkStore } from '../store/bookmark-store';

interface BookmarkListProps {
  /** The page asked for in the URL; past the end, the last page shows. */
  page: number;
  /** Ids of items the site no longer has (learnt while copying them for offline reading). */
  missing: ReadonlySet<string>;
}

/**
 * The bookmarks, newest first, a page at a time, each removable; the last removal can be undone.
 * A bookmark whose item is gone says so on its row, and all such can be removed at once.
 */
export function BookmarkList({ page: requested, missing }: BookmarkListProps) {
  const bookmarks = useBookmarks();
  const store = useBookmarkStore();
  const [removed, setRemoved] = useState<Bookmark[]>([]);
  const undoRef = useRef<HTMLButtonElement>(null);

  // The removed entry's button is gone; focus goes to the one thing that can bring it back.
  useEffect(() => {
    if (removed.length > 0) undoRef.current?.focus();
  }, [removed]);

  const remove = (id: string) => {
    const bookmark = store.remove(id);
    setRemoved(bookmark ? [bookmark] : []);
  };
  const gone = bookmarks.filter((bookmark) => missing.has(bookmark.id));
  const removeGone = () => setRemoved(store.removeMany(new Set(gone.map((b) => b.id))));
  const undo = () => {
    store.restore(removed);
    setRemoved([]);
  };
  const { items, page, pages, first } = bookmarkPage(bookmarks, requested);

  return (
    <>
      <div className="undo-bar" role="status">
        {removed.length > 0 && (
          <>
            <span>
              {removed.length === 1
                ? `已移除《${removed[0]?.title ?? ''}》。`
                : `已移除 ${removed.length} 条收藏。`}
            </span>
            <button ref={undoRef} type="button" className="link-button" onClick={undo}>
              撤销
            </button>
          </>
        )}
      </div>
      {gone.length > 1 && (
        <p className="notice">
          有 {gone.length} 条收藏的文章已不在资讯库中。{' '}
          <button type="button" className="link-button" onClick={removeGone}>
            全部移除
          </button>
        </p>
      )}
      {bookmarks.length === 0 ? (
        <p className="empty-text">
          还没有收藏。在文章页点击“收藏”，或在列表中点击标题旁的星标，文章就会出现在这里。
        </p>
      ) : (
        <ol className="item-list bookmark-list" start={first}>
          {items.map((bookmark) => (
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
                {missing.has(bookmark.id) && (
                  <strong className="bookmark-list__gone">
                    {bookmark.kind === 'teaser' ? '该条目' : '该文章'}已不在资讯库中
                  </strong>
                )}
                {bookmark.kind === 'article' && <QueueToggle target={bookmark} variant="entry" />}
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
      {pages > 1 && (
        <Pagination
          label="收藏分页"
          page={page}
          pages={pages}
          hasNext={page < pages}
          hrefFor={(to) => paths.bookmarks.getHref(to)}
        />
      )}
    </>
  );
}
