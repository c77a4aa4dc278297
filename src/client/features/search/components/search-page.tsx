import { useDocumentMeta } from '../../../hooks/use-document-meta';
import { SearchFeed } from '../../feeds';
import { TopicTrend } from '../../stats';
import { useSearchResults } from '../api/search-items';
import { FollowButton } from './follow-button';
import { useSearchRequest } from '../hooks/use-search-request';
import { SearchBox } from './search-box';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';

/**
 * The search page. Everything about the search is in the URL (`#/search?q=…&region=…`), so a
 * search can be bookmarked, shared and reloaded, and Back and Forward step through filters.
 */
export function SearchPage() {
  const { request, setText, setFilters } = useSearchRequest();
  const results = useSearchResults(request);
  const query = request.text.trim();
  useDocumentMeta(
    query ? `搜索：${query}` : '搜索',
    '按关键词、地区、专题和日期搜索本站的教育资讯。',
  );

  return (
    <div className="search-page">
      <h1 className="search-page__title">搜索</h1>
      <SearchBox query={request.text} onQuery={(text) => results.start(setText(text))} />
      <FollowButton request={request} />
      <SearchFeed request={request} />
      {/* A search of one topic is that topic's page: its last two years at a glance. */}
      {request.filters.topics?.length === 1 && (
        <TopicTrend topicId={request.filters.topics[0] ?? ''} />
      )}
      <div className="search-page__layout">
        <SearchFilters
          filters={request.filters}
          facets={results.facets}
          stale={results.facetsStale}
          failed={results.error !== null}
          retrying={results.isRetrying}
          onRetry={results.retry}
          onChange={setFilters}
        />
        <SearchResults request={request} results={results} />
      </div>
    </div>
  );
}
