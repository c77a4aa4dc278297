import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import type { SearchFilters } from '../../../../domain/search/query/search-types';
import { Panel } from '../../../components/ui/panel';
import { useManifest } from '../../articles';
import { CountedLabel } from './facet-toggle';

/**
 * The home page's ways into search: the places and topics most items are about, with how many,
 * each a link to that search. Read from the manifest, so the home page loads nothing of search.
 */
export function QuickFilters() {
  // The hot list reads the same manifest and already says when it could not be loaded.
  const facets = useManifest().data?.facets;
  if (!facets || (facets.regions.length === 0 && facets.topics.length === 0)) return null;
  return (
    <Panel
      headingId="quick-filters-heading"
      title="按地区和专题浏览"
      aside
      className="quick-filters"
    >
      {facets.regions.length > 0 && (
        <ChipGroup
          id="quick-regions"
          title="地区"
          chips={facets.regions.map((r) => chip(r.code, r.name, r.count, { regions: [r.code] }))}
        />
      )}
      {facets.topics.length > 0 && (
        <ChipGroup
          id="quick-topics"
          title="专题"
          chips={facets.topics.map((t) => chip(t.id, t.name, t.count, { topics: [t.id] }))}
        />
      )}
      <p className="panel__more">
        <Link to={paths.search.getHref()}>搜索全部文章</Link>
      </p>
      <p className="panel__more">
        <Link to={paths.map.getHref()}>各地文章地图</Link>
      </p>
    </Panel>
  );
}

/** A chip that opens the search filtered to one region or topic. */
function chip(key: string, label: string, count: number, filters: SearchFilters): Chip {
  return { key, label, count, href: paths.search.getHref({ filters }) };
}

interface Chip {
  key: string;
  label: string;
  count: number;
  href: string;
}

function ChipGroup({ id, title, chips }: { id: string; title: string; chips: Chip[] }) {
  return (
    <div className="quick-filters__group">
      <h3 id={id} className="quick-filters__title">
        {title}
      </h3>
      <ul className="tag-chips" aria-labelledby={id}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link className="tag-chip" to={chip.href}>
              <CountedLabel
                label={chip.label}
                count={chip.count}
                countClassName="tag-chip__count"
              />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
