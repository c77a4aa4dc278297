import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { Panel } from '../../../components/ui/panel';
import { useMonthCounts } from '../api/get-stats';
import { MonthTimeline } from './month-timeline';

/**
 * The home page's articles per month. Choosing months opens the search of those months'
 * articles, so each bar's number is the number of results it leads to.
 */
export function HomeTimeline() {
  const months = useMonthCounts();
  const navigate = useNavigate();
  // Nothing to show is no reason for a notice on the home page: the lists above say it all.
  if (!months.data || months.data.months.length === 0) return null;
  const { months: counts, undated } = months.data;
  return (
    <Panel headingId="timeline-heading" title="各月文章" className="home-timeline">
      <MonthTimeline
        months={counts}
        selected={null}
        label="各月文章数"
        unit="篇"
        onSelect={(range) => {
          void navigate(paths.search.getHref({ filters: { ...range, kind: 'article' } }));
        }}
      />
      {undated > 0 && <p className="timeline__hint">另有 {undated} 篇没有日期，不在图中。</p>}
    </Panel>
  );
}
