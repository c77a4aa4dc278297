import type { IsoDate } from '../../../../domain/bundle/bundle';
import { fillMonths } from '../../../../domain/bundle/stats-files';
import { spanOfRange } from '../lib/month-selection';
import { MonthTimeline } from './month-timeline';

interface SearchTimelineProps {
  /** `SearchFacets.months`: the results per month, counted without the date filter. */
  months: Readonly<Record<string, number>>;
  from: IsoDate | undefined;
  to: IsoDate | undefined;
  onSelect: (range: { from: IsoDate; to: IsoDate }) => void;
}

/**
 * The current results per month, under the search's date filter. Its counts leave the date
 * filter out (like every facet's), so the months outside the chosen range stay to choose from.
 */
export function SearchTimeline({ months, from, to, onSelect }: SearchTimelineProps) {
  const filled = fillMonths(months);
  if (filled.length === 0) return null;
  const selected = spanOfRange(
    filled.map(([month]) => month),
    from,
    to,
  );
  return (
    <MonthTimeline
      months={filled}
      selected={selected}
      onSelect={onSelect}
      label="各月结果数"
      unit="条"
    />
  );
}
