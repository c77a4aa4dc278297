import type { CompactRegionTable } from '../../../../domain/bundle/region-table';
import type { TextRange } from '../../../../domain/search/query/match-ranges';
import type { Suggestion } from '../../../../domain/search/query/search-client';
import type {
  SearchFilters,
  SearchHit,
  SearchResult,
} from '../../../../domain/search/query/search-types';

/** One search as the page asks for it: typed text, filters and the page of results wanted. */
export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  /** The reader's bookmarked ids, sorted: for the 只看收藏 filter and its count. */
  bookmarks: readonly string[];
  offset: number;
  limit: number;
  /** Count every result and facet too; asked for once typing pauses. */
  complete: boolean;
}

/** A hit with where the query matches in its title: the result shows, marked, at once. */
export type ShownHit = SearchHit & { titleMarks: TextRange[] };

/** A page of results as the search page gets it. */
export type ShownResult = Omit<SearchResult, 'hits'> & { hits: ShownHit[] };

/** What a near-query suggestion runs with: the same text and filters, no page. */
export type SuggestRequest = Pick<SearchRequest, 'query' | 'filters' | 'bookmarks'>;

/**
 * Every call the search page makes, as plain data: the same messages go to a Web Worker in the
 * browser and straight to the engine in tests, so both run one code path.
 */
export type SearchCall =
  | { type: 'search'; request: SearchRequest }
  | { type: 'highlight'; query: string; texts: readonly string[] }
  | { type: 'suggest'; request: SuggestRequest }
  | { type: 'regions' };

/** What each call answers with. */
export interface SearchAnswers {
  search: ShownResult;
  highlight: TextRange[][];
  suggest: Suggestion[];
  regions: CompactRegionTable;
}

/**
 * Where searches run. The browser uses a Web Worker (`worker-search-backend.ts`) so that typing
 * never waits for the index; tests use the same engine in-process (`in-process-search-backend.ts`).
 * A call whose `signal` aborts rejects with the abort reason and its answer, if any, is dropped.
 */
export interface SearchBackend {
  run<T extends SearchCall>(call: T, signal?: AbortSignal): Promise<SearchAnswers[T['type']]>;
  /** Stops the worker, if any; the backend is not used again. */
  dispose(): void;
}
