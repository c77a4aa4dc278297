import { queryOptions, useQuery } from '@tanstack/react-query';
import { RegionTable, type CompactRegionTable } from '../../../../domain/bundle/region-table';
import type { SearchBackend } from '../lib/search-backend';
import { useSearchBackend } from '../store/search-backend-context';

export function searchRegionsQueryOptions(backend: SearchBackend) {
  return queryOptions({
    queryKey: ['search', 'regions'],
    queryFn: ({ signal }) => backend.run({ type: 'regions' }, signal),
  });
}

const toTable = (json: CompactRegionTable) => RegionTable.fromJSON(json);

/** The regions the bundle's items are about, with their ancestors: the region filter's tree. */
export function useSearchRegions() {
  const backend = useSearchBackend();
  return useQuery({ ...searchRegionsQueryOptions(backend), select: toTable });
}
