import type { SearchFilters } from '../../../../domain/search/query/search-types';

/** Whether anything narrows the results besides the text. */
export function hasFilters(filters: SearchFilters): boolean {
  return Boolean(
    filters.regions?.length ||
    filters.topics?.length ||
    filters.hosts?.length ||
    filters.from ||
    filters.to ||
    filters.kind ||
    filters.bookmarkedOnly,
  );
}
