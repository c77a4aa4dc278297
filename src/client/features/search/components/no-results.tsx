import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useSuggestions } from '../api/get-suggestions';
import { filtersOf, hasFilters, toSearchLink, type SearchState } from '../lib/search-state';

/** Says nothing was found, and offers near queries that do find something, as links. */
export function NoResults({
  state,
  bookmarks,
}: {
  state: SearchState;
  bookmarks: readonly string[];
}) {
  const query = state.q.trim();
  const filtered = hasFilters(state);
  const suggestions = useSuggestions({ query, filters: filtersOf(state), bookmarks }, query !== '');
  const found = suggestions.data ?? [];
  return (
    <div className="no-results">
      <p className="no-results__title">
        {query ? `没有找到与“${query}”相关的结果` : '没有找到结果'}
        {filtered && '（在当前筛选条件下）'}。
      </p>
      {found.length > 0 && (
        <div className="no-results__suggestions">
          <p id="suggestions-heading">您是不是要找：</p>
          <ul aria-labelledby="suggestions-heading">
            {found.map((suggestion) => (
              <li key={suggestion.query}>
                <Link
                  to={paths.search.getHref(
                    toSearchLink({ ...state, q: suggestion.query, page: 1 }),
                  )}
                >
                  {suggestion.query}
                </Link>
                <span className="no-results__count">（{suggestion.total} 条）</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="no-results__tips">
        <li>检查有没有错别字，或换一个说法。</li>
        <li>少用几个词，或去掉引号和减号。</li>
        {filtered && (
          <li>
            <Link to={paths.search.getHref({ q: state.q })}>清除筛选条件</Link>后再找一次。
          </li>
        )}
      </ul>
    </div>
  );
}
