import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { searchLinkParams } from '../../../app/paths';
import { readSearchState, toSearchLink, type SearchState } from '../lib/search-state';

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
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);

  const write = (change: (current: SearchState) => SearchState, typing: boolean) =>
    setParams((current) => searchLinkParams(toSearchLink(change(readSearchState(current)))), {
      replace: typing,
      state: typing ? TYPING_STATE : undefined,
      // A filter changes what is below it, not where the reader is on the page.
      preventScrollReset: true,
    });

  return {
    state,
    /** The text as typed; results start again from the first page. Returns the search the URL
     * will hold. */
    setQuery: (q: string): SearchState => {
      write((current) => ({ ...current, q, page: 1 }), true);
      return readSearchState(searchLinkParams(toSearchLink({ ...state, q, page: 1 })));
    },
    /** Filters changed; results start again from the first page. */
    setFilters: (change: Partial<Omit<SearchState, 'q' | 'page'>>) =>
      write((current) => ({ ...current, ...change, page: 1 }), false),
  };
}
