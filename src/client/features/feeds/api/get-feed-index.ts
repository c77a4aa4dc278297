import { queryOptions, useQuery } from '@tanstack/react-query';
import { bundlePaths, type FeedIndex } from '../../../../domain/bundle/bundle';
import { fetchBundleFile } from '../../../lib/fetch-bundle-file';

export function getFeedIndex({ signal }: { signal?: AbortSignal } = {}): Promise<FeedIndex> {
  return fetchBundleFile<FeedIndex>(bundlePaths.feedIndex(), { signal });
}

export function feedIndexQueryOptions() {
  return queryOptions({
    queryKey: ['feeds', 'index'],
    queryFn: ({ signal }) => getFeedIndex({ signal }),
    // Which feeds exist changes only with a new build.
    staleTime: Infinity,
  });
}

/** Which feeds the build wrote; `enabled: false` when it wrote none (no request then). */
export function useFeedIndex({ enabled }: { enabled: boolean }) {
  return useQuery({ ...feedIndexQueryOptions(), enabled });
}
