import { HotSection } from '../../features/articles/components/hot-section';
import { LatestSection } from '../../features/articles/components/latest-section';
import { APP_NAME, useDocumentTitle } from '../../hooks/use-document-title';

export function HomeRoute() {
  useDocumentTitle(null);
  return (
    <>
      <h1 className="visually-hidden">{APP_NAME}</h1>
      <div className="home-grid">
        <LatestSection />
        <HotSection />
      </div>
    </>
  );
}
