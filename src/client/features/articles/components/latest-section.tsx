import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { Panel } from '../../../components/ui/panel';
import { QueryState } from '../../../components/ui/query-state';
import { useLatestPage } from '../api/get-latest-page';
import { useManifest } from '../api/get-manifest';
import { useWhatsNew } from '../hooks/use-whats-new';
import { ItemSummaryList } from './item-summary-list';

/**
 * The home page's first page of 最新加入: articles only, since a reader taps to read; the titles
 * without text are one link away.
 */
export function LatestSection() {
  const latestQuery = useLatestPage(1, 'articles');
  const manifest = useManifest().data;
  const pages = manifest?.latestArticles.pages ?? 1;
  const teasers = manifest?.counts.teasers ?? 0;
  const isNew = useWhatsNew();

  return (
    <Panel headingId="latest-heading" title="最新加入">
      <QueryState
        query={latestQuery}
        loadingLabel="正在加载最新加入…"
        errorTitle="最新加入加载失败"
      >
        {(latest) => (
          <>
            <WhatsNewLine count={isNew ? latest.items.filter(isNew).length : 0} />
            <ItemSummaryList
              items={latest.items}
              dayHeadings="h3"
              emptyText="暂时还没有可读的文章。"
              isNew={isNew}
            />
            {(pages > 1 || teasers > 0) && (
              <p className="panel__more">
                {pages > 1 && <Link to={paths.latest.getHref(2)}>更多最新加入</Link>}
                {teasers > 0 && (
                  <Link
                    className="panel__more-secondary"
                    to={paths.latest.getHref(1, { all: true })}
                  >
                    另有 {teasers} 条仅标题的资讯
                  </Link>
                )}
              </p>
            )}
          </>
        )}
      </QueryState>
    </Panel>
  );
}

/** How many of the first page came since the last visit, with the way to see only those. */
function WhatsNewLine({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="whats-new">
      上次来过之后新加入 {count} 篇
      <Link to={paths.latest.getHref(1, { onlyNew: true })}>只看新的</Link>
    </p>
  );
}
