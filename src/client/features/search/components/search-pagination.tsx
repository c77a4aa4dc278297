import { paths } from '../../../app/paths';
import { Pagination } from '../../../components/ui/pagination';
import { RESULTS_PER_PAGE } from '../../../../domain/search/query/search-client';
import type { SearchRequest } from '../../../../domain/search/query/search-types';

interface SearchPaginationProps {
  request: SearchRequest;
  total: number | null;
  /** Hits on this page: a full page may have more after it even before the total is known. */
  shown: number;
}

export function SearchPagination({ request, total, shown }: SearchPaginationProps) {
  const { page } = request;
  const pages = total === null ? null : Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  const hasNext = pages === null ? shown === RESULTS_PER_PAGE : page < pages;
  if (page === 1 && !hasNext) return null;
  return (
    <Pagination
      label="搜索结果分页"
      page={page}
      pages={pages}
      hasNext={hasNext}
      hrefFor={(to) => paths.search.getHref({ ...request, page: to })}
    />
  );
}
