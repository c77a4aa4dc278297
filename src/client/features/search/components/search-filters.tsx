import { useState, type ReactNode } from 'react';
import type {
  SearchFacets,
  SearchFilters as Filters,
} from '../../../../domain/search/query/search-types';
import { topicById } from '../../../../domain/tagging/topics/topic-vocabulary';
import { formatChineseDate } from '../../../lib/format-date';
import { SearchTimeline } from '../../stats';
import { useSearchRegions } from '../api/get-search-regions';
import { hasFilters } from '../lib/has-filters';
import { CountedLabel, FacetToggle } from './facet-toggle';
import { RegionFilter } from './region-filter';

type FilterChange = Partial<Filters>;

interface SearchFiltersProps {
  filters: Filters;
  /** Counts of the last counted search; null until the first arrives. */
  facets: SearchFacets | null;
  /** The counts belong to an earlier search and are being redone. */
  stale: boolean;
  /** The search failed (its files did not load, the reader is offline): no counts are coming. */
  failed: boolean;
  retrying: boolean;
  onRetry: () => void;
  onChange: (change: FilterChange) => void;
}

const NO_FILTERS: Record<keyof Filters, undefined> = {
  regions: undefined,
  topics: undefined,
  hosts: undefined,
  from: undefined,
  to: undefined,
  kind: undefined,
  bookmarkedOnly: undefined,
};

/** Wide screens have room for the filters beside the results; phones open them when wanted. */
const startsOpen = () =>
  typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 60rem)').matches;

/** Every filter, each value with the number of results it would leave. */
export function SearchFilters({
  filters,
  facets,
  stale,
  failed,
  retrying,
  onRetry,
  onChange,
}: SearchFiltersProps) {
  const [open, setOpen] = useState(startsOpen);
  const active =
    (filters.regions?.length ?? 0) +
    (filters.topics?.length ?? 0) +
    (filters.hosts?.length ?? 0) +
    (filters.from || filters.to ? 1 : 0) +
    (filters.kind ? 1 : 0) +
    (filters.bookmarkedOnly ? 1 : 0);
  // Without this, a failed search left 正在统计… under the filters for good.
  const uncounted = failed && facets === null;
  return (
    <details
      className="search-filters"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="search-filters__summary">
        筛选{active > 0 && `（已选 ${active} 项）`}
      </summary>
      <div className="search-filters__body" aria-busy={stale && !uncounted}>
        {uncounted && (
          <p className="facet-group__note">
            搜索未能完成，各项的数量无法统计。{' '}
            <button type="button" className="link-button" onClick={onRetry} disabled={retrying}>
              {retrying ? '正在重试…' : '重新统计'}
            </button>
          </p>
        )}
        <KindFilter filters={filters} facets={facets} onChange={onChange} />
        <FacetGroup legend="地区">
          <Regions filters={filters} facets={facets} uncounted={uncounted} onChange={onChange} />
        </FacetGroup>
        <ValueFilter
          legend="专题"
          none="没有可选的专题。"
          counts={facets?.topics}
          chosen={filters.topics ?? []}
          labelOf={(id) => topicById(id)?.name ?? id}
          note={uncounted ? NOT_COUNTED : COUNTING}
          onChange={(topics) => onChange({ topics })}
        />
        <ValueFilter
          legend="来源"
          none="没有可选的来源。"
          counts={facets?.hosts}
          chosen={filters.hosts ?? []}
          labelOf={(host) => host}
          note={uncounted ? NOT_COUNTED : COUNTING}
          shown={HOSTS_SHOWN}
          onChange={(hosts) => onChange({ hosts })}
        />
        <DateFilter
          key={`${filters.from}|${filters.to}`}
          filters={filters}
          facets={facets}
          onChange={onChange}
        />
        <BookmarkedFilter filters={filters} facets={facets} onChange={onChange} />
        {hasFilters(filters) && (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            清除全部筛选
          </button>
        )}
      </div>
    </details>
  );
}

interface FilterProps {
  filters: Filters;
  facets: SearchFacets | null;
  onChange: (change: FilterChange) => void;
}

/** The counts failed and none are coming until a retry. */
type CountedFilterProps = FilterProps & { uncounted: boolean };

const COUNTING = '正在统计…';
const NOT_COUNTED = '未能统计。';

function FacetGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="facet-group">
      <legend className="facet-group__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

function KindFilter({ filters, facets, onChange }: FilterProps) {
  const kinds = facets?.kinds;
  const options = [
    { kind: undefined, label: '全部', count: kinds && kinds.article + kinds.teaser },
    { kind: 'article', label: '全文', count: kinds?.article },
    { kind: 'teaser', label: '仅标题', count: kinds?.teaser },
  ] as const;
  return (
    <FacetGroup legend="类型">
      <ul className="facet-list facet-list--row">
        {options.map((option) => (
          <li key={option.label}>
            <FacetToggle
              label={option.label}
              count={option.count}
              pressed={filters.kind === option.kind}
              onClick={() => onChange({ kind: option.kind })}
            />
          </li>
        ))}
      </ul>
    </FacetGroup>
  );
}

function Regions({ filters, facets, uncounted, onChange }: CountedFilterProps) {
  const regions = useSearchRegions();
  if (regions.isError) return <p className="facet-group__note">地区列表加载失败。</p>;
  if (!regions.data) return <p className="facet-group__note">正在加载地区…</p>;
  return (
    <RegionFilter
      table={regions.data}
      counts={facets?.regions ?? null}
      countingNote={uncounted ? NOT_COUNTED : COUNTING}
      selected={filters.regions ?? []}
      onSelect={(code) => onChange({ regions: code === null ? undefined : [code] })}
    />
  );
}

// Sources run to thousands in a large corpus: the most frequent first, the rest on request.
const HOSTS_SHOWN = 8;

interface ValueFilterProps {
  legend: string;
  /** What the group says when the results have no value to choose. */
  none: string;
  counts: Record<string, number> | undefined;
  chosen: readonly string[];
  labelOf: (value: string) => string;
  /** Said while there are no counts: still counting, or failed. */
  note: string;
  /** Values shown before 显示全部; all when not given. */
  shown?: number;
  onChange: (values: string[] | undefined) => void;
}

/** A facet of many values (专题, 来源): each a toggle with its count, the most frequent first. */
function ValueFilter({
  legend,
  none,
  counts,
  chosen,
  labelOf,
  note,
  shown,
  onChange,
}: ValueFilterProps) {
  const [all, setAll] = useState(false);
  const values = [...new Set([...chosen, ...Object.keys(counts ?? {})])].sort(
    (a, b) => (counts?.[b] ?? 0) - (counts?.[a] ?? 0) || (a < b ? -1 : 1),
  );
  const visible =
    all || shown === undefined ? values : values.slice(0, Math.max(shown, chosen.length));
  return (
    <FacetGroup legend={legend}>
      {values.length === 0 ? (
        <p className="facet-group__note">{counts ? none : note}</p>
      ) : (
        <ul className="facet-list">
          {visible.map((value) => {
            const pressed = chosen.includes(value);
            return (
              <li key={value}>
                <FacetToggle
                  label={labelOf(value)}
                  count={counts ? (counts[value] ?? 0) : undefined}
                  pressed={pressed}
                  onClick={() => {
                    const next = pressed ? chosen.filter((v) => v !== value) : [...chosen, value];
                    onChange(next.length > 0 ? next : undefined);
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      {visible.length < values.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          显示全部 {values.length} 个{legend}
        </button>
      )}
    </FacetGroup>
  );
}

const yearRange = (year: string) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

function DateFilter({ filters, facets, onChange }: FilterProps) {
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  const years = Object.entries(facets?.years ?? {})
    .filter(([year]) => year !== 'undated')
    .sort((a, b) => (a[0] < b[0] ? 1 : -1));
  const ranged = filters.from !== undefined || filters.to !== undefined;
  return (
    <FacetGroup legend="日期">
      {facets && (
        <SearchTimeline
          months={facets.months}
          from={filters.from}
          to={filters.to}
          onSelect={(range) => onChange(range)}
        />
      )}
      {years.length > 0 && (
        <ul className="facet-list facet-list--row">
          {years.map(([year, count]) => {
            const range = yearRange(year);
            const pressed = filters.from === range.from && filters.to === range.to;
            return (
              <li key={year}>
                <FacetToggle
                  label={`${year}年`}
                  count={count}
                  pressed={pressed}
                  onClick={() => onChange(pressed ? { from: undefined, to: undefined } : range)}
                />
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="date-range"
        onSubmit={(event) => {
          event.preventDefault();
          // Either order means the same range.
          const [low, high] = from && to && from > to ? [to, from] : [from, to];
          onChange({ from: low || undefined, to: high || undefined });
        }}
      >
        <label className="date-range__field">
          起始日期
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="date-range__field">
          截止日期
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <div className="date-range__actions">
          <button type="submit" className="facet">
            应用日期
          </button>
          {ranged && (
            <button
              type="button"
              className="link-button"
              onClick={() => onChange({ from: undefined, to: undefined })}
            >
              不限日期
            </button>
          )}
        </div>
      </form>
      {ranged && (
        <p className="facet-group__note">
          {filters.from ? formatChineseDate(filters.from) : '最早'} 至{' '}
          {filters.to ? formatChineseDate(filters.to) : '最近'}
        </p>
      )}
    </FacetGroup>
  );
}

function BookmarkedFilter({ filters, facets, onChange }: FilterProps) {
  return (
    <FacetGroup legend="收藏">
      <label className="facet-check">
        <input
          type="checkbox"
          checked={filters.bookmarkedOnly === true}
          onChange={(event) => onChange({ bookmarkedOnly: event.target.checked })}
        />
        <span>
          <CountedLabel
            label="只看已收藏"
            count={facets?.bookmarked}
            countClassName="facet__count"
            bracketed
          />
        </span>
      </label>
    </FacetGroup>
  );
}
