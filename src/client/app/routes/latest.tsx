import { Link, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../components/errors/not-found';
import { QueryState } from '../../components/ui/query-state';
import { useLatestPage, type LatestList } from '../../features/articles/api/get-latest-page';
import { useManifest } from '../../features/articles/api/get-manifest';
import { ItemSummaryList } from '../../features/articles/components/item-summary-list';
import { useWhatsNew } from '../../features/articles/hooks/use-whats-new';
import { Pagination } from '../../components/ui/pagination';
import { useDocumentMeta } from '../../hooks/use-document-meta';
import { parsePageParam, paths } from '../paths';

const PAGE_NOT_FOUND = '找不到这一页';

export function LatestRoute() {
  const page = parsePageParam(useParams().page);
  const [params] = useSearchParams();
  const list: LatestList = params.get('all') === '1' ? 'all' : 'articles';
  const onlyNew = params.get('new') === '1';
  useDocumentMeta(
    page === null ? PAGE_NOT_FOUND : `最新加入 第 ${page} 页`,
    page === null
      ? '最新加入列表没有这一页。'
      : `最新加入本站的教育资讯，按日期从新到旧排列，第 ${page} 页。`,
  );
  if (page === null) return <NotFound title={PAGE_NOT_FOUND} />;
  // Keyed by page and list so that nothing of one page's state survives into the next.
  return <LatestPageView key={`${list}-${page}`} page={page} list={list} onlyNew={onlyNew} />;
}

function LatestPageView({
  page,
  list,
  onlyNew,
}: {
  page: number;
  list: LatestList;
  onlyNew: boolean;
}) {
  const latestQuery = useLatestPage(page, list);
  const manifestQuery = useManifest();
  const isNew = useWhatsNew();
  const notFound = <NotFound title={PAGE_NOT_FOUND} message="最新加入列表没有这一页。" />;
  const all = list === 'all';

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
          {/* Titles without text are there for whoever wants them, not in every reader's way. */}
          <nav className="list-switch" aria-label="列表内容">
            <Link to={paths.latest.getHref(1, { onlyNew })} aria-current={all ? undefined : 'page'}>
              只看全文
            </Link>
            <Link
              to={paths.latest.getHref(1, { all: true, onlyNew })}
              aria-current={all ? 'page' : undefined}
            >
              含仅标题
            </Link>
          </nav>
          {/* A switch in the address (`?new=1`), so that Back and a reload keep it. */}
          <nav className="list-switch" aria-label="新旧">
            <Link
              to={paths.latest.getHref(page, { all })}
              aria-current={onlyNew ? undefined : 'page'}
            >
              全部
            </Link>
            <Link
              to={paths.latest.getHref(page, { all, onlyNew: true })}
              aria-current={onlyNew ? 'page' : undefined}
            >
              只看新的
            </Link>
          </nav>
          <ItemSummaryList
            items={onlyNew ? latest.items.filter((item) => isNew?.(item) ?? false) : latest.items}
            dayHeadings="h2"
            emptyText={
              onlyNew
                ? isNew
                  ? '这一页没有上次来过之后新加入的内容。'
                  : '这是您第一次来，还没有可比较的上次访问。'
                : '这一页没有内容。'
            }
            isNew={isNew}
          />
          <QueryState
            query={manifestQuery}
            loadingLabel="正在加载分页…"
            errorTitle="分页信息加载失败"
          >
            {(manifest) => {
              const { pages } = all ? manifest.latest : manifest.latestArticles;
              return (
                pages > 1 && (
                  <Pagination
                    label="最新加入分页"
                    page={page}
                    pages={pages}
                    hasNext={page < pages}
                    hrefFor={(to) => paths.latest.getHref(to, { all, onlyNew })}
                  />
                )
              );
            }}
          </QueryState>
        </section>
      )}
    </QueryState>
  );
}
