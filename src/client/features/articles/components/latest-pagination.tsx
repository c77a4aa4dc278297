import { Link } from 'react-router';
import { paths } from '../../../app/paths';

export function LatestPagination({ page, pages }: { page: number; pages: number }) {
  return (
    <nav className="pagination" aria-label="最新加入分页">
      {page > 1 ? (
        <Link className="pagination__step" to={paths.latest.getHref(page - 1)} rel="prev">
          上一页
        </Link>
      ) : (
        <span className="pagination__step pagination__step--off" aria-hidden="true">
          上一页
        </span>
      )}
      <span className="pagination__status">
        第 {page} 页，共 {pages} 页
      </span>
      {page < pages ? (
        <Link className="pagination__step" to={paths.latest.getHref(page + 1)} rel="next">
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
