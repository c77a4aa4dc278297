import { Link } from 'react-router';
import { paths } from '../../../app/paths';

/** Opened from search results: says what is marked, with the way back to the results. */
export function SearchContext({ query }: { query: string }) {
  return (
    <p className="search-context">
      已标出与搜索“{query}”匹配的文字。
      <Link to={paths.search.getHref({ text: query })}>返回搜索结果</Link>
    </p>
  );
}
