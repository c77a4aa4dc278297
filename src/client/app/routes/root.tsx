import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { SiteFooter } from '../../components/layouts/site-footer';
import { SiteHeader } from '../../components/layouts/site-header';
import { SkipLink } from '../../components/layouts/skip-link';
import { useManifest } from '../../features/articles/api/get-manifest';

const MAIN_ID = 'main';

/** The frame around every view: header, main, and the footer with the site's one disclaimer. */
export function RootLayout() {
  const manifest = useManifest().data;
  const navigation = useNavigation();
  const mainRef = useMainFocusOnNavigation();

  return (
    <div className="app">
      <SkipLink targetId={MAIN_ID} />
      <SiteHeader />
      {navigation.state === 'loading' && <div className="route-progress" aria-hidden="true" />}
      <main
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        className="site-main"
        aria-busy={navigation.state === 'loading'}
      >
        <Outlet />
      </main>
      <SiteFooter disclaimer={manifest?.disclaimer ?? null} counts={manifest?.counts ?? null} />
      <ScrollRestoration />
    </div>
  );
}

/**
 * A client-side navigation leaves focus on the link that was followed, somewhere in the old page;
 * moving it to the main region lets keyboard and screen-reader users start at the new content,
 * as they would after a full page load.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPathname = useRef(pathname);
  useEffect(() => {
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
