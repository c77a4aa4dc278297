import type { FeedRef } from '../../../../domain/bundle/bundle';
import type { SearchRequest } from '../../../../domain/search/query/search-types';

/**
 * The feed that follows a search, when one does: a search of exactly one topic or one region and
 * nothing else (no words, dates, kind or bookmarks) is that topic's or region's page. Feeds
 * exist for provinces and prefectures only (`feeds/index.json` says which); any other search
 * has no feed.
 */
export function feedForSearch({ text, filters }: SearchRequest): FeedRef | null {
  if (text.trim() || filters.from || filters.to || filters.kind || filters.bookmarkedOnly) {
    return null;
  }
  const topics = filters.topics ?? [];
  const regions = filters.regions ?? [];
  if (topics.length === 1 && regions.length === 0) return { kind: 'topic', key: topics[0] ?? '' };
  if (regions.length === 1 && topics.length === 0) return { kind: 'region', key: regions[0] ?? '' };
  return null;
}
