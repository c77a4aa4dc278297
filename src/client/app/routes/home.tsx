import { useEffect, useState } from 'react';
import { Loading } from '../../components/ui/loading';
import { useLatestPage } from '../../features/articles/api/get-latest-page';
import { useManifest } from '../../features/articles/api/get-manifest';
import { HotSection } from '../../features/articles/components/hot-section';
import { LatestSection } from '../../features/articles/components/latest-section';
import { QuickFilters } from '../../features/search/components/quick-filters';
import { APP_NAME, useDocumentMeta } from '../../hooks/use-document-meta';
import { warmRouteWhenIdle } from '../route-modules';

export function HomeRoute() {
  useDocumentMeta(null);
  // Most readers go on to an article: its code is ready by then, so opening one fetches only
  // the article's own file.
  useEffect(() => warmRouteWhenIdle('article'), []);
  return (
    <>
      <h1 className="visually-hidden">{APP_NAME}</h1>
      <HomeSections />
    </>
  );
}

/**
 * The lists come from two files; showing each as it arrives would push the hot list down the
 * screen when the latest list lands under it (a layout shift a reader sees as the page jumping),
 * so the page waits for both. Each section still reports its own failure. The wait happens once:
 * a section retrying a failed file must not take the whole page back to the loading state.
 */
function HomeSections() {
  const manifest = useManifest();
  const latest = useLatestPage(1);
  const settled = !manifest.isPending && !latest.isPending;
  const [shown, setShown] = useState(settled);
  if (settled && !shown) setShown(true);
  if (!shown) return <Loading label="正在加载最新加入和热门资讯…" />;
  return (
    <div className="home-grid">
      <LatestSection />
      <div className="home-grid__aside">
        <HotSection />
        <QuickFilters />
      </div>
    </div>
  );
}
