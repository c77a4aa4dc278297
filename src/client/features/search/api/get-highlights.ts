import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TextRange } from '../../../../domain/search/query/match-ranges';
import type { SearchBackend } from '../lib/search-backend';
import { useSearchBackend } from '../store/search-backend-context';

/** `key` names the texts (an item id): they are too long to be part of the query key. */
export function highlightQueryOptions(
  backend: SearchBackend,
  query: string,
  key: string,
  texts: readonly string[],
) {
  return queryOptions({
    queryKey: ['search', 'highlight', query, key],
    queryFn: ({ signal }) => backend.run({ type: 'highlight', query, texts }, signal),
  });
}

/**
 * Where `query` matches in each of `texts` (a title, paragraphs), as the search matched them:
 * folded, with pinyin and the places inside a region. Undefined while unknown or without a query;
 * a failure only means nothing is marked.
 */
export function useHighlights(
  query: string,
  key: string,
  texts: readonly string[] | null,
): TextRange[][] | undefined {
  const backend = useSearchBackend();
  const trimmed = query.trim();
  const result = useQuery({
    ...highlightQueryOptions(backend, trimmed, key, texts ?? []),
    enabled: trimmed !== '' && texts !== null,
    placeholderData: (previous, previousQuery) =>
      // Marks of the previous query for the same texts, so that typing does not blink them away.
      previousQuery?.queryKey[3] === key ? previous : undefined,
    retry: false,
  });
  return trimmed === '' ? undefined : result.data;
}
