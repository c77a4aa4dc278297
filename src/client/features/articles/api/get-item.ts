import { queryOptions, useQuery } from '@tanstack/react-query';
import { bundlePaths, type Item, type ItemFile } from '../../../../domain/bundle/bundle';
import { fetchBundleFile } from '../../../lib/fetch-bundle-file';

/** The bundle path of an item's file; the id comes from the URL, so it is encoded first. */
export function itemFilePath(id: string): string {
  return bundlePaths.item(encodeURIComponent(id));
}

/** Loads one article or teaser. */
export async function getItem(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Item> {
  const file = await fetchBundleFile<ItemFile>(itemFilePath(id), { signal });
  return file.item;
}

export function itemQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', id],
    queryFn: ({ signal }) => getItem(id, { signal }),
  });
}

/** One item; `enabled: false` waits without fetching (what is cached still shows). */
export function useItem(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...itemQueryOptions(id), enabled });
}
