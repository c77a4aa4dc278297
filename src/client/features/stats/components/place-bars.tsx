import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { PlaceCount } from '../../../../domain/bundle/stats-files';
import { placeSearchHref } from './province-tile-map';
import '../../../styles/charts.css';

/** Places ranked by their articles, each a link to their search with a bar as long as its share. */
export function PlaceBars({ places, label }: { places: readonly PlaceCount[]; label: string }) {
  const max = Math.max(1, ...places.map((p) => p.count));
  return (
    <ol className="place-bars" aria-label={label}>
      {places.map((place) => (
        <li key={place.code} className="place-bars__row">
          <Link className="place-bars__link" to={placeSearchHref(place.code)}>
            <span className="place-bars__name">{place.name}</span>
            <span className="place-bars__count">
              {place.count}
              <span className="visually-hidden"> 篇</span>
            </span>
          </Link>
          <span
            className="place-bars__bar"
            style={{ '--bar-share': `${(place.count / max) * 100}%` } as CSSProperties}
            aria-hidden="true"
          />
        </li>
      ))}
    </ol>
  );
}
