import { queryOptions, useQuery } from '@tanstack/react-query';
import { bundlePaths, type LatestPage } from '../../../../domain/bundle/bundle';
import { fetchBundleFile } from '../../../lib/fetch-bundle-file';

export function getLatestPage(
  page: number,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LatestPage> {
  return fetchBundleFile<LatestPage>(bundlePaths.latestPage(page), { signal });
}

export function latestPageQueryOptions(page: number) {
  return queryOptions({
    queryKey: ['articles', 'latest', page],
    queryFn: ({ signal }) => getLatestPage(page, { signal }),
  });
}

export function useLatestPage(page: number) {
  return useQuery(latestPageQueryOptions(page));
}
