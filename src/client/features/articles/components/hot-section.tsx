import { Panel } from '../../../components/ui/panel';
import { QueryState } from '../../../components/ui/query-state';
import { useManifest } from '../api/get-manifest';
import { ItemSummaryList } from './item-summary-list';

/** The manifest keeps more hot items than the home page has room for. */
const HOT_SHOWN = 10;

export function HotSection() {
  const manifestQuery = useManifest();

  return (
    <Panel headingId="hot-heading" title="热门资讯" aside>
      <QueryState
        query={manifestQuery}
        loadingLabel="正在加载热门资讯…"
        errorTitle="热门资讯加载失败"
      >
        {(manifest) => (
          <ItemSummaryList
            items={manifest.hot.slice(0, HOT_SHOWN)}
            ranked
            emptyText="暂时还没有热门资讯。"
          />
        )}
      </QueryState>
    </Panel>
  );
}
