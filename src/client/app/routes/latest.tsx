import { useParams } from 'react-router';
import { NotFound } from '../../components/errors/not-found';
import { QueryState } from '../../components/ui/query-state';
import { useLatestPage } from '../../features/articles/api/get-latest-page';
import { useManifest } from '../../features/articles/api/get-manifest';
import { ItemSummaryList } from '../../features/articles/components/item-summary-list';
import { LatestPagination } from '../../features/articles/components/latest-pagination';
import { useDocumentMeta } from '../../hooks/use-document-meta';
import { parsePageParam } from '../paths';

const PAGE_NOT_FOUND = '找不到这一页';

export function LatestRoute() {
  const page = parsePageParam(useParams().page);
  useDocumentMeta(
    page === null ? PAGE_NOT_FOUND : `最新加入 第 ${page} 页`,
    page === null
      ? '最新加入列表没有这一页。'
      : `最新加入本站的教育资讯，按日期从新到旧排列，第 ${page} 页。`,
  );
  if (page === null) return <NotFound title={PAGE_NOT_FOUND} />;
  // Keyed by page so that nothing of one page's state survives into the next.
  return <LatestPageView key={page} page={page} />;
}

function LatestPageView({ page }: { page: number }) {
  const latestQuery = useLatestPage(page);
  const manifestQuery = useManifest();
  const notFound = <NotFound title={PAGE_NOT_FOUND} message="最新加入列表没有这一页。" />;

  return (
    <QueryState
      query={latestQuery}
      loadingLabel="正在加载最新加入…"
      errorTitle="最新加入加载失败"
      errorTitleAs="h1"
      notFound={notFound}
    >
      {(latest) => (
        <section className="panel panel--page" aria-labelledby="latest-page-heading">
          <h1 id="latest-page-heading" className="panel__title">
            最新加入 <span className="panel__subtitle">第 {page} 页</span>
          </h1>
          <ItemSummaryList items={latest.items} emptyText="这一页没有内容。" />
          <QueryState
            query={manifestQuery}
            loadingLabel="正在加载分页…"
            errorTitle="分页信息加载失败"
          >
            {(manifest) =>
              manifest.latest.pages > 1 && (
                <LatestPagination page={page} pages={manifest.latest.pages} />
              )
            }
          </QueryState>
        </section>
      )}
    </QueryState>
  );
}
