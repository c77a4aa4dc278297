import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isTransientError } from './fetch-bundle-file';

type QueryDefaults = NonNullable<DefaultOptions['queries']>;

/**
 * The bundle is static for the life of a deployment, so data never goes stale in a session;
 * only transient failures (network, timeout, 5xx) are retried, since a 404 or a version
 * mismatch will not fix itself.
 */
export function createQueryClient(overrides: QueryDefaults = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // Offline, the service worker still answers from its caches: always ask, and let a file
        // it does not have fail with the usual message, rather than wait for the network.
        networkMode: 'always',
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isTransientError(error),
        ...overrides,
      },
    },
  });
}
