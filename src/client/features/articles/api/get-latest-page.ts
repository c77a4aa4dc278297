import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  BUNDLE_VERSION,
  bundlePaths,
  type LatestFile,
  type LatestPage,
} from '../../../../domain/bundle/bundle';
import { latestSlicesOfPage } from '../../../../domain/bundle/latest-pages';
import { fetchBundleFile, HttpStatusError } from '../../../lib/fetch-bundle-file';
import { manifestQueryOptions } from './get-manifest';

/** `articles`: what can be read, the list readers see first; `all`: teasers too. */
export type LatestList = 'articles' | 'all';

const pathOf = (list: LatestList, file: LatestFile) =>
  list === 'articles' ? bundlePaths.latestArticlesPage(file) : bundlePaths.latestPage(file);

/**
 * Page `page` of a latest list, the newest first. The first page is the head file, fetched
 * beside the manifest; any other page's files depend on the list's months, so they wait for the
 * manifest and are then fetched together (docs/bundle-format.md).
 */
async function getLatestPage(
  client: QueryClient,
  page: number,
  list: LatestList,
  signal: AbortSignal,
): Promise<LatestPage> {
  const fetchFile = (file: LatestFile) =>
    fetchBundleFile<LatestPage>(pathOf(list, file), { signal });
  if (page === 1) return fetchFile('head');
  const manifest = await client.query({ ...manifestQueryOptions(), staleTime: 'static' });
  const slices = latestSlicesOfPage(
    list === 'articles' ? manifest.latestArticles : manifest.latest,
    page,
  );
  // A page past the last is missing, as its file would be were pages named by number.
  if (slices === null) throw new HttpStatusError(`${pathOf(list, 'head')} (page ${page})`, 404);
  const parts = await Promise.all(
    slices.map(async ({ file, from, to }) => (await fetchFile(file)).items.slice(from, to)),
  );
  return { version: BUNDLE_VERSION, items: parts.flat() };
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
