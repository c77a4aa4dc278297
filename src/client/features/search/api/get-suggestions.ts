import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchContext } from '../../../../domain/search/query/search-client';
import type { SearchRequest } from '../../../../domain/search/query/search-types';
import type { SearchBackend } from '../lib/search-backend';
import { useSearchBackend } from '../store/search-backend-context';

/** Near queries keep the request's filters; its page plays no part. */
export function suggestionsQueryOptions(
  backend: SearchBackend,
  request: SearchRequest,
  context: SearchContext,
) {
  const asked = { text: request.text.trim(), filters: request.filters, page: 1 };
  return queryOptions({
    queryKey: ['search', 'suggestions', asked, context],
    queryFn: ({ signal }) => backend.run({ type: 'suggest', request: asked, context }, signal),
  });
}

/** Near queries that find something, for a search that found nothing. */
export function useSuggestions(request: SearchRequest, context: SearchContext, enabled: boolean) {
  const backend = useSearchBackend();
  return useQuery({ ...suggestionsQueryOptions(backend, request, context), enabled, retry: false });
}
