import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '../../components/errors/not-found';
import { ErrorState } from '../../components/ui/error-state';
import { useDocumentMeta } from '../../hooks/use-document-meta';
import { useReloadPage } from '../../lib/service-worker/offline-support';

/**
 * Catches what the views do not: a render that throws, or a route chunk that fails to load
 * (often a stale tab after a new deployment), which a full reload fixes.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const reloadPage = useReloadPage();
  useDocumentMeta(notFound ? '页面不存在' : '出错了');
  if (notFound) return <NotFound />;
  return (
    <div className="page-error">
      <ErrorState
        title="页面出错了"
        titleAs="h1"
        message="显示这个页面时发生了意外错误。重新加载页面通常可以解决。"
        onRetry={reloadPage}
        retryLabel="重新加载页面"
      />
    </div>
  );
}
