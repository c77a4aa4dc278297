import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';

interface NotFoundProps {
  title?: string;
  message?: string;
  /** More ways on, shown before the link home. */
  children?: ReactNode;
}

/** Shown for unknown URLs and for items whose file does not exist; the route sets the tab title. */
export function NotFound({
  title = '页面不存在',
  message = '您要找的页面不存在，可能是链接有误，或内容已被移除。',
  children,
}: NotFoundProps) {
  return (
    <div className="not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>{title}</h1>
      <p>{message}</p>
      {children}
      <p>
        <Link className="button" to={paths.home.getHref()}>
          返回首页
        </Link>
      </p>
    </div>
  );
}
