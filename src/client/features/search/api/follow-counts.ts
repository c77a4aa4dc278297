import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SearchContext } from '../../../../domain/search/query/search-client';
import type { SearchRequest } from '../../../../domain/search/query/search-types';
import {
  followedRequest,
  followKey,
  useBookmarkIds,
  useFollow,
  useFollowStore,
  type FollowedSearch,
} from '../../bookmarks';
import { useSearchBackend } from '../store/search-backend-context';

/** Only a bookmarks-only search needs the bookmark ids; others must not recount on a new one. */
const contextOf = (request: SearchRequest, bookmarkIds: readonly string[]): SearchContext => ({
  bookmarks: request.filters.bookmarkedOnly ? bookmarkIds : [],
});

/**
 * `N 条新` of a followed search, counted in the search worker from the same index as the search
 * page (docs/follow.md). Null when it cannot be counted (never opened, or the count failed).
 */
export function useNewCount(follow: FollowedSearch): number | null | undefined {
  const backend = useSearchBackend();
  const bookmarkIds = useBookmarkIds();
  const request = followedRequest(follow);
  const context = contextOf(request, bookmarkIds);
  const { seen } = follow;
  const query = useQuery({
    queryKey: ['search', 'new-count', follow.search, seen, context],
    queryFn: ({ signal }) =>
      seen ? backend.run({ type: 'countNew', request, context, mark: seen }, signal) : null,
    // A count that fails is shown as nothing rather than an error: the list still opens.
    retry: 1,
  });
  return query.isError ? null : query.data;
}

/**
 * Opening a followed search resets its count: what it finds now is recorded as seen. Runs for
 * whatever search the page shows, so a search followed from anywhere, or typed again, counts.
 */
export function useMarkFollowSeen(request: SearchRequest): void {
  const key = followKey(request);
  const followed = useFollow(key) !== undefined;
  const store = useFollowStore();
  const backend = useSearchBackend();
  const bookmarkIds = useBookmarkIds();
  const context = contextOf(request, bookmarkIds);
  const contextKey = JSON.stringify(context);
  useEffect(() => {
    if (!followed) return;
    const controller = new AbortController();
    const { text, filters } = readBack(key);
    backend
      .run(
        {
          type: 'seen',
          request: { text, filters, page: 1 },
          context: JSON.parse(contextKey) as SearchContext,
        },
        controller.signal,
      )
      .then((mark) => store.markSeen(key, mark))
      // Offline or cancelled: the count stays as it was, to be reset on the next opening.
      .catch(() => undefined);
    return () => controller.abort();
  }, [key, followed, contextKey, backend, store]);
}

const readBack = (key: string) =>
  followedRequest({ search: key, label: '', followedAt: '', seen: null });
