import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { pageWindow } from '../../lib/page-window';

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

/**
 * 上一页 / 下一页 for any paged list whose pages have URLs; once the page count is known, the
 * first, last and nearby pages as links and a box to jump to any page, since a list of 193
 * pages cannot be walked one page at a time.
 */
export function Pagination({ label, page, pages, hasNext, hrefFor }: PaginationProps) {
  return (
    <nav className="pagination" aria-label={label}>
      {pages !== null && pages > 1 && (
        <ol className="pagination__pages">
          {pageWindow(page, pages).map((link, index) =>
            link === 'gap' ? (
              <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
                …
              </li>
            ) : (
              <li key={link}>
                <Link
                  className="pagination__page"
                  to={hrefFor(link)}
                  aria-current={link === page ? 'page' : undefined}
                  aria-label={`第 ${link} 页`}
                >
                  {link}
                </Link>
              </li>
            ),
          )}
        </ol>
      )}
      <div className="pagination__row">
        <Step to={page > 1 ? hrefFor(page - 1) : null} rel="prev" text="上一页" />
        {pages !== null && pages > 7 ? (
          <PageJump page={page} pages={pages} hrefFor={hrefFor} />
        ) : (
          <span className="pagination__status">
            第 {page} 页{pages !== null && `，共 ${pages} 页`}
          </span>
        )}
        <Step to={hasNext ? hrefFor(page + 1) : null} rel="next" text="下一页" />
      </div>
    </nav>
  );
}

function PageJump({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const navigate = useNavigate();
  const id = useId();
  const [value, setValue] = useState(String(page));
  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const to = Math.min(pages, Math.max(1, Math.trunc(Number(value)) || page));
    setValue(String(to));
    void navigate(hrefFor(to));
  };
  return (
    <form className="pagination__jump" onSubmit={submit}>
      <label htmlFor={id}>跳至第</label>
      <input
        id={id}
        className="pagination__jump-input"
        type="number"
        inputMode="numeric"
        min={1}
        max={pages}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <span>页，共 {pages} 页</span>
      <button type="submit" className="button">
        前往
      </button>
    </form>
  );
}
