import type { FeedRef } from '../../../../domain/bundle/bundle';
import type { SearchRequest } from '../../../../domain/search/query/search-types';

/**
 * The feed that follows a search, when one does: a search of exactly one topic, one region or one
 * source site (来源) and nothing else (no words, dates, kind or bookmarks) is that topic's,
 * region's or site's page. Region feeds exist for provinces and prefectures only
 * (`feeds/index.json` says which); any other search has no feed.
 */
export function feedForSearch({ text, filters }: SearchRequest): FeedRef | null {
  if (text.trim() || filters.from || filters.to || filters.kind || filters.bookmarkedOnly) {
    return null;
  }
  const topics = filters.topics ?? [];
  const regions = filters.regions ?? [];
  const hosts = filters.hosts ?? [];
  const only = (values: readonly string[]) =>
    values.length === 1 && topics.length + regions.length + hosts.length === 1;
  if (only(topics)) return { kind: 'topic', key: topics[0] ?? '' };
  if (only(regions)) return { kind: 'region', key: regions[0] ?? '' };
  if (only(hosts)) return { kind: 'host', key: hosts[0] ?? '' };
  return null;
}
