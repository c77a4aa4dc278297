import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { scaleStep, stepStyle, stepThresholds } from '../lib/color-scale';
import { GRID_COLUMNS, PROVINCE_GRID } from '../lib/province-grid';
import '../../../styles/charts.css';

/** The search of a place's articles: what its tile or bar opens, and what its number counts. */
export const placeSearchHref = (code: string) =>
  paths.search.getHref({ filters: { regions: [code], kind: 'article' } });

/**
 * The 34 provincial-level divisions as equal tiles in their rough places, each coloured by its
 * number of articles and a link to their search. The tiles go in reading order (north to south,
 * west to east), which is also their order for the keyboard and screen readers.
 */
export function ProvinceTileMap({ counts }: { counts: ReadonlyMap<string, number> }) {
  const max = Math.max(0, ...counts.values());
  return (
    <div className="tile-map">
      <ul
        className="tile-map__grid"
        aria-label="各省级行政区的文章数"
        style={{ '--tile-columns': GRID_COLUMNS } as CSSProperties}
      >
        {PROVINCE_GRID.map((tile) => {
          const count = counts.get(tile.code) ?? 0;
          return (
            <li
              key={tile.code}
              className="tile-map__cell"
              style={{ gridRow: tile.row + 1, gridColumn: tile.col + 1 }}
            >
              <Link
                className="tile-map__tile"
                to={placeSearchHref(tile.code)}
                style={stepStyle(scaleStep(count, max))}
              >
                <span className="tile-map__name">
                  {tile.short}
                  <span className="visually-hidden">{tile.name.slice(tile.short.length)}</span>
                </span>{' '}
                <span className="tile-map__count">{count}</span>
                <span className="visually-hidden"> 篇</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Legend max={max} />
    </div>
  );
}

/** The colour of each step with the counts it stands for. */
function Legend({ max }: { max: number }) {
  const thresholds = stepThresholds(max);
  const steps = [{ step: 0, label: '0' }];
  thresholds.forEach(({ step, from }, i) => {
    const next = thresholds[i + 1];
    const to = next ? next.from - 1 : max;
    steps.push({ step, label: to > from ? `${from}–${to}` : String(from) });
  });
  return (
    <ul className="tile-map__legend" aria-label="图例：颜色越深（深色主题中越亮）文章越多">
      {steps.map(({ step, label }) => (
        <li key={step} className="tile-map__legend-item">
          <span
            className="tile-map__swatch"
            style={stepStyle(step) as CSSProperties}
            aria-hidden="true"
          />
          {label} 篇
        </li>
      ))}
    </ul>
  );
}
