import type { IsoMonth } from '../../../../domain/bundle/stats-files';
import { monthLabel } from '../lib/month-selection';
import '../../../styles/charts.css';

const WIDTH = 120;
const HEIGHT = 28;

/**
 * A topic's last months as one line, small enough to sit beside its name. A picture with its
 * numbers in words (total, busiest month); the exact counts are one search away.
 */
export function Sparkline({
  months,
  counts,
  unit = '篇',
}: {
  months: readonly IsoMonth[];
  counts: readonly number[];
  unit?: string;
}) {
  if (months.length === 0) return null;
  const max = Math.max(1, ...counts);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const step = months.length > 1 ? WIDTH / (months.length - 1) : 0;
  const points = months
    .map((_, i) => {
      const y = HEIGHT - 2 - ((counts[i] ?? 0) / max) * (HEIGHT - 4);
      return `${(i * step).toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  const busiest = counts.indexOf(Math.max(...counts));
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const label =
    `${monthLabel(first)}至${monthLabel(last)}共 ${total} ${unit}` +
    (total > 0
      ? `，最多在${monthLabel(months[busiest] ?? '')}（${counts[busiest] ?? 0} ${unit}）`
      : '');
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <polyline className="sparkline__line" points={points} fill="none" />
    </svg>
  );
}
