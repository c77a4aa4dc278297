import { Link } from 'react-router';

interface PaginationProps {
  /** The navigation landmark's name, e.g. 最新加入分页. */
  label: string;
  page: number;
  /** Page count, or null while it is not known yet (search before counting). */
  pages: number | null;
  hasNext: boolean;
  hrefFor: (page: number) => string;
}

function Step({ to, rel, text }: { to: string | null; rel: 'prev' | 'next'; text: string }) {
  return to === null ? (
    <span className="pagination__step pagination__step--off" aria-hidden="true">
      {text}
    </span>
  ) : (
    <Link className="pagination__step" to={to} rel={rel}>
      {text}
    </Link>
  );
}

/** 上一页 / 第 n 页 / 下一页, for any paged list whose pages have URLs. */
export function Pagination({ label, page, pages, hasNext, hrefFor }: PaginationProps) {
  return (
    <nav className="pagination" aria-label={label}>
      <Step to={page > 1 ? hrefFor(page - 1) : null} rel="prev" text="上一页" />
      <span className="pagination__status">
        第 {page} 页{pages !== null && `，共 ${pages} 页`}
      </span>
      <Step to={hasNext ? hrefFor(page + 1) : null} rel="next" text="下一页" />
    </nav>
  );
}
