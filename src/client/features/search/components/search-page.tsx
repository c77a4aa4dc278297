import { useDocumentMeta } from '../../../hooks/use-document-meta';
import { useSearchResults, useStartSearch } from '../api/search-items';
import { useSearchState } from '../hooks/use-search-state';
import { SearchBox } from './search-box';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';

/**
 * The search page. Everything about the search is in the URL (`#/search?q=…&region=…`), so a
 * search can be bookmarked, shared and reloaded, and Back and Forward step through filters.
 */
export function SearchPage() {
  const { state, setQuery, setFilters } = useSearchState();
  const results = useSearchResults(state);
  const startSearch = useStartSearch();
  const query = state.q.trim();
  useDocumentMeta(
    query ? `搜索：${query}` : '搜索',
    '按关键词、地区、专题和日期搜索本站的教育资讯。',
  );

  return (
    <div className="search-page">
      <h1 className="search-page__title">搜索</h1>
      <SearchBox query={state.q} onQuery={(q) => startSearch(setQuery(q))} />
      <div className="search-page__layout">
        <SearchFilters
          state={state}
          facets={results.facets}
          stale={results.facetsStale}
          onChange={setFilters}
        />
        <SearchResults state={state} results={results} />
      </div>
    </div>
  );
}
