import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { bundlePaths, type LatestFile, type LatestPage } from '../../../../domain/bundle/bundle';
import { latestFileOfPage } from '../../../../domain/bundle/latest-pages';
import { fetchBundleFile, HttpStatusError } from '../../../lib/fetch-bundle-file';
import { manifestQueryOptions } from './get-manifest';

/** `articles`: what can be read, the list readers see first; `all`: teasers too. */
export type LatestList = 'articles' | 'all';

const pathOf = (list: LatestList, file: LatestFile) =>
  list === 'articles' ? bundlePaths.latestArticlesPage(file) : bundlePaths.latestPage(file);

/**
 * Page `page` of a latest list, the newest first. The first page is the head file, fetched
 * beside the manifest; any other page's file depends on the list's length, so it waits for the
 * manifest (docs/bundle-format.md).
 */
async function getLatestPage(
  client: QueryClient,
  page: number,
  list: LatestList,
  signal: AbortSignal,
): Promise<LatestPage> {
  if (page === 1) return fetchBundleFile<LatestPage>(pathOf(list, 'head'), { signal });
  const manifest = await client.query({ ...manifestQueryOptions(), staleTime: 'static' });
  const file = latestFileOfPage(
    list === 'articles' ? manifest.latestArticles : manifest.latest,
    page,
  );
  // A page past the last is missing, as its file would be were pages named by number.
  if (file === null) throw new HttpStatusError(`${pathOf(list, 'head')} (page ${page})`, 404);
  return fetchBundleFile<LatestPage>(pathOf(list, file), { signal });
}

export function useLatestPage(
  page: number,
  list: LatestList,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['articles', 'latest', list, page],
    queryFn: ({ signal }) => getLatestPage(client, page, list, signal),
    enabled,
  });
}
