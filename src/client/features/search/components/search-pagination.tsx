import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { RESULTS_PER_PAGE, toSearchLink, type SearchState } from '../lib/search-state';

interface SearchPaginationProps {
  state: SearchState;
  total: number | null;
  /** Hits on this page: a full page may have more after it even before the total is known. */
  shown: number;
}

export function SearchPagination({ state, total, shown }: SearchPaginationProps) {
  const { page } = state;
  const pages = total === null ? null : Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  const hasNext = pages === null ? shown === RESULTS_PER_PAGE : page < pages;
  if (page === 1 && !hasNext) return null;
  const href = (to: number) => paths.search.getHref(toSearchLink({ ...state, page: to }));
  return (
    <nav className="pagination" aria-label="搜索结果分页">
      {page > 1 ? (
        <Link className="pagination__step" to={href(page - 1)} rel="prev">
          上一页
        </Link>
      ) : (
        <span className="pagination__step pagination__step--off" aria-hidden="true">
          上一页
        </span>
      )}
      <span className="pagination__status">
        第 {page} 页{pages !== null && `，共 ${pages} 页`}
      </span>
      {hasNext ? (
        <Link className="pagination__step" to={href(page + 1)} rel="next">
          下一页
        </Link>
      ) : (
        <span className="pagination__step pagination__step--off" aria-hidden="true">
          下一页
        </span>
      )}
    </nav>
  );
}
