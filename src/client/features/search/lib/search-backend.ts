import type { CompactRegionTable } from '../../../../domain/bundle/region-table';
import type { TextRange } from '../../../../domain/search/query/match-ranges';
import type { SeenMark } from '../../../../domain/search/query/new-matches';
import type { SearchContext, Suggestion } from '../../../../domain/search/query/search-client';
import type {
  SearchHit,
  SearchRequest,
  SearchResult,
} from '../../../../domain/search/query/search-types';

/** A hit with where the query matches in its title: the result shows, marked, at once. */
export type ShownHit = SearchHit & { titleMarks: TextRange[] };

/** A page of results as the search page gets it. */
export type ShownResult = Omit<SearchResult, 'hits'> & { hits: ShownHit[] };

/**
 * Every call the search page makes, as plain data: the same messages go to a Web Worker in the
 * browser and straight to the engine in tests, so both run one code path.
 */
export type SearchCall =
  | { type: 'search'; request: SearchRequest; context: SearchContext }
  | { type: 'highlight'; query: string; texts: readonly string[] }
  | { type: 'suggest'; request: SearchRequest; context: SearchContext }
  | { type: 'regions' }
  /** What a followed search's matches are now, and how many are new since a mark (follows). */
  | { type: 'seen'; request: SearchRequest; context: SearchContext }
  | { type: 'countNew'; request: SearchRequest; context: SearchContext; mark: SeenMark };

/** What each call answers with. */
export interface SearchAnswers {
  search: ShownResult;
  highlight: TextRange[][];
  suggest: Suggestion[];
  regions: CompactRegionTable;
  seen: SeenMark;
  countNew: number;
}

/**
 * Where searches run. The browser uses a Web Worker (`worker-search-backend.ts`) so that typing
 * never waits for the index; tests use the same engine in-process (`in-process-search-backend.ts`).
 * A call whose `signal` aborts rejects with the abort reason and its answer, if any, is dropped.
 */
export interface SearchBackend {
  run<T extends SearchCall>(call: T, signal?: AbortSignal): Promise<SearchAnswers[T['type']]>;
  /**
   * Starts loading what any first call needs (the code, the worker, the index's small files)
   * without making one, for a reader about to search: on a slow network those are rounds of
   * requests the first keystroke would otherwise wait for. A failure there is only a load the
   * first call tries again.
   */
  warm(): void;
  /** Stops the worker, if any; the backend is not used again. */
  dispose(): void;
}
