import { useState } from 'react';
import type { RegionTable } from '../../../../domain/bundle/region-table';
import { FacetToggle } from './facet-toggle';

/** Values shown per level before 显示全部. */
const SHOWN = 8;

interface RegionFilterProps {
  table: RegionTable;
  /** Results per region code (a province counts everything inside it); null while counting. */
  counts: Record<string, number> | null;
  /** What to say while `counts` is null: they are coming, or they failed. */
  countingNote: string;
  selected: readonly string[];
  /** A region to narrow to, or null for every region. */
  onSelect: (code: string | null) => void;
}

/**
 * Regions as a tree, province › prefecture › county, opened along the chosen region: choosing
 * 重庆市 lists its counties with their counts; pressing the chosen one again steps back up.
 */
export function RegionFilter({
  table,
  counts,
  countingNote,
  selected,
  onSelect,
}: RegionFilterProps) {
  const path = new Set(selected.flatMap((code) => table.chain(code).map((r) => r.code)));
  if (counts === null && path.size === 0) {
    return <p className="facet-group__note">{countingNote}</p>;
  }
  return (
    <RegionLevel
      parent={null}
      table={table}
      counts={counts}
      selected={selected}
      path={path}
      onSelect={onSelect}
    />
  );
}

function RegionLevel({
  parent,
  table,
  counts,
  selected,
  path,
  onSelect,
}: Omit<RegionFilterProps, 'selected' | 'countingNote'> & {
  parent: string | null;
  selected: readonly string[];
  path: ReadonlySet<string>;
}) {
  const [showAll, setShowAll] = useState(false);
  const count = (code: string) => counts?.[code] ?? 0;
  const regions = table
    .children(parent)
    .filter((r) => count(r.code) > 0 || path.has(r.code))
    .sort((a, b) => count(b.code) - count(a.code) || (a.code < b.code ? -1 : 1));
  if (regions.length === 0) {
    return parent === null ? <p className="facet-group__note">没有可选的地区。</p> : null;
  }
  // The chosen region always shows, however far down the list its count puts it.
  const shown = showAll ? regions : regions.filter((r, i) => i < SHOWN || path.has(r.code));
  return (
    <>
      <ul className={parent === null ? 'facet-list' : 'facet-list facet-list--nested'}>
        {shown.map((region) => {
          const pressed = selected.includes(region.code);
          return (
            <li key={region.code}>
              <FacetToggle
                label={region.name}
                count={counts ? count(region.code) : undefined}
                pressed={pressed}
                onPath={!pressed && path.has(region.code)}
                onClick={() => onSelect(pressed ? region.parent : region.code)}
              />
              {path.has(region.code) && (
                <RegionLevel
                  parent={region.code}
                  table={table}
                  counts={counts}
                  selected={selected}
                  path={path}
                  onSelect={onSelect}
                />
              )}
            </li>
          );
        })}
      </ul>
      {regions.length > shown.length && (
        <button
          type="button"
          className="link-button facet-group__more"
          aria-expanded={false}
          onClick={() => setShowAll(true)}
        >
          显示全部 {regions.length} 个地区
        </button>
      )}
    </>
  );
}
