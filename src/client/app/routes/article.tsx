import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Item } from '../../../domain/bundle/bundle';
import { NotFound } from '../../components/errors/not-found';
import { NotFoundSearch } from './not-found';
import { QueryState } from '../../components/ui/query-state';
import { useItem } from '../../features/articles/api/get-item';
import { ArticleView } from '../../features/articles/components/article-view';
import type { ItemMarks } from '../../features/articles/lib/item-marks';
import { TeaserView } from '../../features/articles/components/teaser-view';
import { describeItem } from '../../features/articles/lib/describe-item';
import { displayTitle } from '../../features/articles/lib/item-title';
import { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle';
import { useBookmark } from '../../features/bookmarks/hooks/use-bookmarks';
import { useMarkVisited } from '../../features/reading-state/hooks/use-reading-state';
import { useHighlights } from '../../features/search/api/get-highlights';
import { useDocumentMeta } from '../../hooks/use-document-meta';
import { isNotFoundError } from '../../lib/fetch-bundle-file';
import { isItemIdParam } from '../paths';

const ITEM_NOT_FOUND = '找不到这篇文章';
const ITEM_FAILED = '文章加载失败';

/** One route for both kinds of item: only the item file knows whether it is an article. */
export function ArticleRoute() {
  const { id } = useParams();
  if (!isItemIdParam(id)) return <InvalidItem />;
  // Keyed by id so that nothing of one item's page survives into the next.
  return <ItemPage key={id} id={id} />;
}

function InvalidItem() {
  useDocumentMeta(ITEM_NOT_FOUND, '本站没有这篇文章。');
  return (
    <NotFound title={ITEM_NOT_FOUND} message="本站没有这篇文章，可能是链接有误。">
      <NotFoundSearch />
    </NotFound>
  );
}

function ItemPage({ id }: { id: string }) {
  const itemQuery = useItem(id);
  useDocumentMeta(
    itemPageTitle(itemQuery),
    itemQuery.data ? describeItem(itemQuery.data) : undefined,
  );

  return (
    <QueryState
      query={itemQuery}
      loadingLabel="正在加载文章…"
      errorTitle={ITEM_FAILED}
      errorTitleAs="h1"
      notFound={<ItemNotFound id={id} />}
    >
      {(item) => <LoadedItem item={item} />}
    </QueryState>
  );
}

function LoadedItem({ item }: { item: Item }) {
  useMarkVisited(item.id);
  const marks = useSearchMarks(item);
  return item.kind === 'article' ? (
    <ArticleView article={item} marks={marks} />
  ) : (
    <TeaserView teaser={item} marks={marks} />
  );
}

/**
 * Opened from a search (`?q=…`): where the search matched the title and each paragraph, so the
 * page marks them as the result list did.
 */
function useSearchMarks(item: Item): ItemMarks | undefined {
  const query = useSearchParams()[0].get('q') ?? '';
  const texts = useMemo(
    () => [item.title, ...(item.kind === 'article' ? item.paragraphs : [])],
    [item],
  );
  const ranges = useHighlights(query, item.id, texts);
  return useMemo(
    () =>
      ranges
        ? { query: query.trim(), title: ranges[0] ?? [], paragraphs: ranges.slice(1) }
        : undefined,
    [ranges, query],
  );
}

/**
 * A bookmarked item may leave a later bundle. Its bookmark keeps the title, so the page can
 * still say what it was, and offer to remove the bookmark.
 */
function ItemNotFound({ id }: { id: string }) {
  const bookmark = useBookmark(id);
  if (!bookmark) {
    return (
      <NotFound title={ITEM_NOT_FOUND} message="本站没有这篇文章，可能是链接有误。">
        <NotFoundSearch />
      </NotFound>
    );
  }
  return (
    <NotFound
      title={ITEM_NOT_FOUND}
      message={`您收藏的《${bookmark.title}》已不在本站的数据中，可能已被移除。收藏会保留，直到您取消它。`}
    >
      <p>
        <BookmarkToggle target={bookmark} variant="page" />
      </p>
      <NotFoundSearch />
    </NotFound>
  );
}

function itemPageTitle(query: UseQueryResult<Item>): string {
  if (query.data) return displayTitle(query.data);
  if (isNotFoundError(query.error)) return ITEM_NOT_FOUND;
  return query.isError ? ITEM_FAILED : '正在加载';
}
