import { HotSection } from '../../features/articles/components/hot-section';
import { LatestSection } from '../../features/articles/components/latest-section';
import { QuickFilters } from '../../features/search/components/quick-filters';
import { APP_NAME, useDocumentMeta } from '../../hooks/use-document-meta';

export function HomeRoute() {
  useDocumentMeta(null);
  return (
    <>
      <h1 className="visually-hidden">{APP_NAME}</h1>
      <div className="home-grid">
        <LatestSection />
        <div className="home-grid__aside">
          <HotSection />
          <QuickFilters />
        </div>
      </div>
    </>
  );
}
