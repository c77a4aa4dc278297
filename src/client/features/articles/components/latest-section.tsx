import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { Panel } from '../../../components/ui/panel';
import { QueryState } from '../../../components/ui/query-state';
import { useLatestPage } from '../api/get-latest-page';
import { useManifest } from '../api/get-manifest';
import { ItemSummaryList } from './item-summary-list';

/** The home page's first page of 最新加入, with a way on to the rest of the list. */
export function LatestSection() {
  const latestQuery = useLatestPage(1);
  const pages = useManifest().data?.latest.pages ?? 1;

  return (
    <Panel headingId="latest-heading" title="最新加入">
      <QueryState
        query={latestQuery}
        loadingLabel="正在加载最新加入…"
        errorTitle="最新加入加载失败"
      >
        {(latest) => (
          <>
            <ItemSummaryList items={latest.items} emptyText="暂时还没有内容。" />
            {pages > 1 && (
              <p className="panel__more">
                <Link to={paths.latest.getHref(2)}>更多最新加入</Link>
              </p>
            )}
          </>
        )}
      </QueryState>
    </Panel>
  );
}
