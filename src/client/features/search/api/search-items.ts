import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SearchContext } from '../../../../domain/search/query/search-client';
import type { SearchFacets, SearchRequest } from '../../../../domain/search/query/search-types';
import { useBookmarkIds } from '../../bookmarks';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import type { SearchBackend, ShownHit, ShownResult } from '../lib/search-backend';
import { useSearchBackend } from '../store/search-backend-context';

/** Typing pauses this long before the results are counted. */
export const COUNT_DELAY_MS = 250;

/** A search's answer, with the text it answers: results shown while a newer search runs keep it. */
export type AnsweredSearch = ShownResult & { query: string };

/** The request as searched: trimmed, so a trailing blank as the reader types costs no search. */
const searched = (asked: SearchRequest): SearchRequest => ({ ...asked, text: asked.text.trim() });

export function searchQueryOptions(
  backend: SearchBackend,
  asked: SearchRequest,
  context: SearchContext,
) {
  const request = searched(asked);
  return queryOptions({
    queryKey: ['search', 'results', request, context],
    queryFn: async ({ signal }): Promise<AnsweredSearch> => ({
      ...(await backend.run({ type: 'search', request, context }, signal)),
      query: request.text,
    }),
  });
}

/**
 * A search's first page, without counts. Only the bookmarked filter needs the ids on this path;
 * leaving them out otherwise keeps a new bookmark from re-running it.
 */
const pageContext = (request: SearchRequest, bookmarkIds: readonly string[]): SearchContext => ({
  bookmarks: request.filters.bookmarkedOnly ? bookmarkIds : [],
  complete: false,
});

/**
 * Starts the first page of a search at once, for the search box's input event: the results query
 * of the render that follows finds it running, rather than starting it after that render (the
 * results list, the filters), which on a slow phone is a good part of a keystroke's wait.
 */
function useStartSearch(): (request: SearchRequest) => void {
  const backend = useSearchBackend();
  const queryClient = useQueryClient();
  const bookmarkIds = useBookmarkIds();
  return (request) => {
    // A failure shows through the page's own results query, which takes this one over.
    queryClient
      .query(searchQueryOptions(backend, request, pageContext(request, bookmarkIds)))
      .catch(() => undefined);
  };
}

export interface SearchResultsView {
  /** The page of hits to show; from the previous search while the current one runs. */
  hits: ShownHit[];
  /** The (trimmed) text the hits were found for, which is what they mark; null before any. */
  query: string | null;
  /** No hits of any search yet. */
  isPending: boolean;
  /** The hits shown belong to an earlier search. */
  isStale: boolean;
  /** Every result, counted; null until the counts of this search arrive. */
  total: number | null;
  /** Counts per filter value, from the last counted search (maybe an earlier one). */
  facets: SearchFacets | null;
  facetsStale: boolean;
  error: Error | null;
  isRetrying: boolean;
  retry: () => void;
  /**
   * Starts the first page of a search the box has just asked for (`useStartSearch`), before the
   * URL holds it, and keeps the search the URL still holds from being counted meanwhile.
   */
  start: (request: SearchRequest) => void;
}

/**
 * The results of the search in the URL, in two steps: the first page right away (the engine
 * stops as soon as it is full, which keeps typing fast), then, once that page is shown and typing
 * has paused, the same page with the total and the facet counts. Counting waits for the page:
 * while a slow first page still loads, counting (every chunk of the index) would only compete
 * with it for the network. Earlier results stay on screen while newer ones load, and TanStack
 * Query cancels a search nobody waits for any more, whose answer is then dropped.
 */
export function useSearchResults(request: SearchRequest): SearchResultsView {
  const backend = useSearchBackend();
  const queryClient = useQueryClient();
  const bookmarkIds = useBookmarkIds();
  const startPage = useStartSearch();
  // The search in the URL when the box asked for another one. The URL takes the new one a render
  // later (the router's updates are transitions), and a count due in between counted a search
  // the reader had typed past: at a million documents its files then slowed the new search.
  const current = JSON.stringify(searched(request));
  const [typedPast, setTypedPast] = useState<string | null>(null);
  const held = typedPast === current;

  const fullOptions = searchQueryOptions(backend, request, {
    bookmarks: bookmarkIds,
    complete: true,
  });
  const fullKey = JSON.stringify(fullOptions.queryKey);
  const settled = useDebouncedValue(fullKey, COUNT_DELAY_MS) === fullKey;

  const page = useQuery({
    ...searchQueryOptions(backend, request, pageContext(request, bookmarkIds)),
    // Back and forward find the counted search in the cache; nothing else to ask then.
    enabled: queryClient.getQueryData(fullOptions.queryKey) === undefined,
    placeholderData: keepPreviousData,
  });
  const pageNow = page.data !== undefined && !page.isPlaceholderData;
  const counted = useQuery({
    ...fullOptions,
    enabled: settled && !held && (pageNow || page.isError),
    placeholderData: keepPreviousData,
  });
  const countedNow = counted.data !== undefined && !counted.isPlaceholderData;

  const shown = countedNow ? counted.data : pageNow ? page.data : (page.data ?? counted.data);
  const error = (countedNow || pageNow ? null : (page.error ?? counted.error)) ?? null;
  return {
    hits: shown?.hits ?? [],
    query: shown?.query ?? null,
    isPending: shown === undefined && error === null,
    isStale: !countedNow && !pageNow,
    total: countedNow ? counted.data.total : null,
    facets: counted.data?.facets ?? null,
    facetsStale: !countedNow,
    error,
    isRetrying: page.isFetching || counted.isFetching,
    retry: () => {
      void page.refetch();
      if (settled) void counted.refetch();
    },
    start: (next) => {
      const asked = JSON.stringify(searched(next));
      setTypedPast(asked === current ? null : current);
      // A count already running is of a search nobody waits for any more.
      if (asked !== current) void queryClient.cancelQueries({ queryKey: fullOptions.queryKey });
      startPage(next);
    },
  };
}
