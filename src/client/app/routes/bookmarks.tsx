import { useSearchParams } from 'react-router';
import { BookmarkList } from '../../features/bookmarks/components/bookmark-list';
import { BookmarkTransfer } from '../../features/bookmarks/components/bookmark-transfer';
import { useBookmarks } from '../../features/bookmarks/hooks/use-bookmarks';
import { useMissingItems } from '../../features/offline/hooks/use-missing-items';
import { useDocumentMeta } from '../../hooks/use-document-meta';
import { parsePageParam } from '../paths';

export function BookmarksRoute() {
  useDocumentMeta('我的收藏', '在本阅读器中收藏的教育资讯，保存在这个浏览器里，可以导出和导入。');
  const count = useBookmarks().length;
  // Anything but a page number shows the first page: the list is the reader's own, not a
  // file that may be missing.
  const page = parsePageParam(useSearchParams()[0].get('page') ?? undefined) ?? 1;
  const missing = useMissingItems();
  return (
    <section className="panel panel--page" aria-labelledby="bookmarks-heading">
      <h1 id="bookmarks-heading" className="panel__title">
        我的收藏 <span className="panel__subtitle">共 {count} 篇</span>
      </h1>
      <BookmarkTransfer />
      <BookmarkList page={page} missing={missing} />
    </section>
  );
}
