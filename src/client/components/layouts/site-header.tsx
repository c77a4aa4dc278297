import type { ReactNode } from 'react';
import { Link, NavLink, useMatch } from 'react-router';
import { paths } from '../../app/paths';
import { APP_NAME } from '../../hooks/use-document-meta';
import { useHideOnScroll } from '../../hooks/use-hide-on-scroll';

/** Scrolled less than about a header's height, the header stays. */
const HEADER_ROOM_PX = 120;

/** `search`: the site's search box; `tools`: controls beside the navigation (reading settings). */
export function SiteHeader({ search, tools }: { search?: ReactNode; tools?: ReactNode }) {
  // Every page of the latest list belongs to the 最新加入 section, not only the one the link opens.
  const inLatest = useMatch('/latest/*') !== null;
  // On phones the header sticks to the top and steps aside while reading down (layout.css).
  const hidden = useHideOnScroll(HEADER_ROOM_PX);
  return (
    <header className="site-header" data-hidden={hidden || undefined}>
      <div className="site-header__inner">
        <Link className="site-header__brand" to={paths.home.getHref()}>
          <span className="site-header__mark" aria-hidden="true">
            教
          </span>
          <span className="site-header__name">{APP_NAME}</span>
        </Link>
        <nav className="site-nav" aria-label="主导航">
          <ul>
            <li>
              <NavLink to={paths.home.getHref()} end>
                首页
              </NavLink>
            </li>
            <li>
              <Link to={paths.latest.getHref(1)} aria-current={inLatest ? 'true' : undefined}>
                最新加入
              </Link>
            </li>
            <li>
              <NavLink to={paths.bookmarks.getHref()}>收藏</NavLink>
            </li>
          </ul>
        </nav>
        {search && <div className="site-header__search">{search}</div>}
        {tools && <div className="site-header__tools">{tools}</div>}
      </div>
    </header>
  );
}
