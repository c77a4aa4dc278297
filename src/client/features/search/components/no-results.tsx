import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useSuggestions } from '../api/get-suggestions';
import type { SearchRequest } from '../../../../domain/search/query/search-types';
import { hasFilters } from '../lib/has-filters';

/** Says nothing was found, and offers near queries that do find something, as links. */
export function NoResults({
  request,
  bookmarks,
}: {
  request: SearchRequest;
  bookmarks: readonly string[];
}) {
  const query = request.text.trim();
  const filtered = hasFilters(request.filters);
  const suggestions = useSuggestions(request, { bookmarks }, query !== '');
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
                <Link to={paths.search.getHref({ ...request, text: suggestion.query, page: 1 })}>
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
            <Link to={paths.search.getHref({ text: request.text })}>清除筛选条件</Link>后再找一次。
          </li>
        )}
      </ul>
    </div>
  );
}
