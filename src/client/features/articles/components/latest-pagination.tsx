import { paths } from '../../../app/paths';
import { Pagination } from '../../../components/ui/pagination';

export function LatestPagination({ page, pages }: { page: number; pages: number }) {
  return (
    <Pagination
      label="最新加入分页"
      page={page}
      pages={pages}
      hasNext={page < pages}
      hrefFor={(to) => paths.latest.getHref(to)}
    />
  );
}
