import { queryOptions, useQuery } from '@tanstack/react-query';
import { bundlePaths, type Manifest } from '../../../../domain/bundle/bundle';
import { fetchBundleFile } from '../../../lib/fetch-bundle-file';

export function getManifest({ signal }: { signal?: AbortSignal } = {}): Promise<Manifest> {
  return fetchBundleFile<Manifest>(bundlePaths.manifest(), { signal });
}

export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['articles', 'manifest'],
    queryFn: ({ signal }) => getManifest({ signal }),
  });
}

export function useManifest() {
  return useQuery(manifestQueryOptions());
}
