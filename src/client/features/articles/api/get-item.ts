import { queryOptions, useQuery } from '@tanstack/react-query';
import { bundlePaths, type Item, type ItemFile } from '../../../../domain/bundle';
import { fetchBundleFile } from '../../../lib/fetch-bundle-file';

/** Loads one article or teaser; the id comes from the URL, so it is encoded before use as a path. */
export async function getItem(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Item> {
  const file = await fetchBundleFile<ItemFile>(bundlePaths.item(encodeURIComponent(id)), {
    signal,
  });
  return file.item;
}

export function itemQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', id],
    queryFn: ({ signal }) => getItem(id, { signal }),
  });
}

export function useItem(id: string) {
  return useQuery(itemQueryOptions(id));
}
