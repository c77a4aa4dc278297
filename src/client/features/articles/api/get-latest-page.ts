import { queryOptions, useQuery } from '@tanstack/react-query';
import { bundlePaths, type LatestPage } from '../../../../domain/bundle/bundle';
import { fetchBundleFile } from '../../../lib/fetch-bundle-file';

/** `articles`: what can be read, the list readers see first; `all`: teasers too. */
export type LatestList = 'articles' | 'all';

const pathOf = (list: LatestList, page: number) =>
  list === 'articles' ? bundlePaths.latestArticlesPage(page) : bundlePaths.latestPage(page);

export function getLatestPage(
  page: number,
  list: LatestList,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LatestPage> {
  return fetchBundleFile<LatestPage>(pathOf(list, page), { signal });
}

export function latestPageQueryOptions(page: number, list: LatestList) {
  return queryOptions({
    queryKey: ['articles', 'latest', list, page],
    queryFn: ({ signal }) => getLatestPage(page, list, { signal }),
  });
}

export function useLatestPage(
  page: number,
  list: LatestList,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...latestPageQueryOptions(page, list), enabled });
}
