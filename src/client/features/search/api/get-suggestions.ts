import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchBackend, SuggestRequest } from '../lib/search-backend';
import { useSearchBackend } from '../store/search-backend-context';

export function suggestionsQueryOptions(backend: SearchBackend, request: SuggestRequest) {
  return queryOptions({
    queryKey: ['search', 'suggestions', request],
    queryFn: ({ signal }) => backend.run({ type: 'suggest', request }, signal),
  });
}

/** Near queries that find something, for a search that found nothing. */
export function useSuggestions(request: SuggestRequest, enabled: boolean) {
  const backend = useSearchBackend();
  return useQuery({ ...suggestionsQueryOptions(backend, request), enabled, retry: false });
}
