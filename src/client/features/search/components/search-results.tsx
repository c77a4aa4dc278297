import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { ErrorState } from '../../../components/ui/error-state';
import { Loading } from '../../../components/ui/loading';
import { describeError } from '../../../lib/describe-error';
import { VersionMismatchError } from '../../../lib/fetch-bundle-file';
import { useReloadPage } from '../../../lib/service-worker/offline-support';
import type { SearchRequest } from '../../../../domain/search/query/search-types';
import { useBookmarkIds } from '../../bookmarks';
import type { SearchResultsView } from '../api/search-items';
import { hasFilters } from '../lib/has-filters';
import { NoResults } from './no-results';
import { SearchPagination } from './search-pagination';
import { SearchResultEntry } from './search-result-entry';

/** The results panel: a count, the page of results (or why there are none) and paging. */
export function SearchResults({
  request,
  results,
}: {
  request: SearchRequest;
  results: SearchResultsView;
}) {
  const bookmarkIds = useBookmarkIds();
  const query = request.text.trim();
  const searching = results.isPending || (results.isStale && results.hits.length === 0);
  const empty = !searching && results.error === null && results.hits.length === 0;

  return (
    <section
      className="panel search-results"
      aria-labelledby="results-heading"
      aria-busy={results.isStale}
    >
      <h2 id="results-heading" className="panel__title">
        {query || hasFilters(request.filters) ? '搜索结果' : '全部文章'}
      </h2>
      <p className="search-results__status" role="status">
        {statusText(results, query)}
      </p>
      {results.error ? (
        <SearchError error={results.error} retrying={results.isRetrying} retry={results.retry} />
      ) : searching ? (
        <Loading label="正在搜索…" />
      ) : empty && request.page > 1 ? (
        <p className="empty-text">
          这一页没有结果。
          <Link to={paths.search.getHref({ ...request, page: 1 })}>回到第一页</Link>
        </p>
      ) : empty ? (
        <NoResults request={request} bookmarks={bookmarkIds} />
      ) : (
        <>
          <ol className="item-list search-results__list" aria-label="搜索结果列表">
            {results.hits.map((hit) => (
              // Marked for the text they were found for: results still shown while a newer
              // search runs keep their marks rather than ask for marks they may never need.
              <SearchResultEntry key={hit.id} hit={hit} query={results.query ?? query} />
            ))}
          </ol>
          <SearchPagination request={request} total={results.total} shown={results.hits.length} />
        </>
      )}
    </section>
  );
}

function statusText(results: SearchResultsView, query: string): string {
  if (results.error || results.isPending) return '';
  if (results.total !== null) {
    if (results.total === 0) return '没有找到结果';
    return query ? `找到 ${results.total} 条结果` : `共 ${results.total} 条`;
  }
  return results.isStale ? '正在搜索…' : '正在统计结果数…';
}

function SearchError({
  error,
  retrying,
  retry,
}: {
  error: Error;
  retrying: boolean;
  retry: () => void;
}) {
  const stale = error instanceof VersionMismatchError;
  // A new build waiting in the service worker is what a version mismatch needs: take it.
  const reloadPage = useReloadPage();
  return (
    <ErrorState
      title="搜索失败"
      message={describeError(error)}
      onRetry={stale ? reloadPage : retry}
      retryLabel={stale ? '刷新页面' : '重试'}
      retrying={retrying}
    />
  );
}
