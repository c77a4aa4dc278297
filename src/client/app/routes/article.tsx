import type { UseQueryResult } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { Item } from '../../../domain/bundle';
import { NotFound } from '../../components/errors/not-found';
import { QueryState } from '../../components/ui/query-state';
import { useItem } from '../../features/articles/api/get-item';
import { ArticleView } from '../../features/articles/components/article-view';
import { TeaserView } from '../../features/articles/components/teaser-view';
import { displayTitle } from '../../features/articles/lib/item-title';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { isNotFoundError } from '../../lib/fetch-bundle-file';
import { isItemIdParam } from '../paths';

const ITEM_NOT_FOUND = '找不到这篇文章';
const ITEM_FAILED = '文章加载失败';

function ItemNotFound() {
  return <NotFound title={ITEM_NOT_FOUND} message="本站没有这篇文章，可能是链接有误。" />;
}

/** One route for both kinds of item: only the item file knows whether it is an article. */
export function ArticleRoute() {
  const { id } = useParams();
  if (!isItemIdParam(id)) return <InvalidItem />;
  // Keyed by id so that nothing of one item's page survives into the next.
  return <ItemPage key={id} id={id} />;
}

function InvalidItem() {
  useDocumentTitle(ITEM_NOT_FOUND);
  return <ItemNotFound />;
}

function ItemPage({ id }: { id: string }) {
  const itemQuery = useItem(id);
  useDocumentTitle(itemPageTitle(itemQuery));

  return (
    <QueryState
      query={itemQuery}
      loadingLabel="正在加载文章…"
      errorTitle={ITEM_FAILED}
      errorTitleAs="h1"
      notFound={<ItemNotFound />}
    >
      {(item) =>
        item.kind === 'article' ? <ArticleView article={item} /> : <TeaserView teaser={item} />
      }
    </QueryState>
  );
}

function itemPageTitle(query: UseQueryResult<Item>): string {
  if (query.data) return displayTitle(query.data);
  if (isNotFoundError(query.error)) return ITEM_NOT_FOUND;
  return query.isError ? ITEM_FAILED : '正在加载';
}
