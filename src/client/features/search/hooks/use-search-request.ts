import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchFilters, SearchRequest } from '../../../../domain/search/query/search-types';
import { readSearchUrl, searchUrlParams } from '../../../app/search-url';

/** Marks the history entries the search box writes while the reader types. */
export const TYPING_STATE = { searchTyping: true } as const;

export function isTypingState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'searchTyping' in state;
}

/**
 * The search held in the URL, and the two ways to change it: typing replaces the current
 * history entry (Back leaves the search rather than stepping through every letter), while a
 * filter or a page is a new entry that Back undoes.
 */
export function useSearchRequest() {
  const [params, setParams] = useSearchParams();
  const request = useMemo(() => readSearchUrl(params), [params]);

  const write = (change: (current: SearchRequest) => SearchRequest, typing: boolean) =>
    setParams((current) => searchUrlParams(change(readSearchUrl(current))), {
      replace: typing,
      state: typing ? TYPING_STATE : undefined,
      // A filter changes what is below it, not where the reader is on the page.
      preventScrollReset: true,
    });

  return {
    request,
    /** The text as typed; results start again from the first page. Returns the search the URL
     * will hold. */
    setText: (text: string): SearchRequest => {
      write((current) => ({ ...current, text, page: 1 }), true);
      return readSearchUrl(searchUrlParams({ ...request, text, page: 1 }));
    },
    /** Filters changed (an `undefined` one is cleared); results start again from the first page. */
    setFilters: (change: Partial<SearchFilters>) =>
      write(
        (current) => ({ ...current, filters: { ...current.filters, ...change }, page: 1 }),
        false,
      ),
  };
}
