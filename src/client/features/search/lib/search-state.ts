import type { ItemKind } from '../../../../domain/bundle/bundle';
import type { SearchFilters } from '../../../../domain/search/query/search-types';
import type { SearchLink } from '../../../app/paths';
import type { SearchRequest } from './search-backend';

/** Results per page: the page the first, fast request fills. */
export const RESULTS_PER_PAGE = 20;

/** A search as the URL holds it, read leniently: anything malformed is simply left out. */
export interface SearchState {
  /** The text as typed. */
  q: string;
  regions: string[];
  topics: string[];
  from: string | null;
  to: string | null;
  kind: ItemKind | null;
  bookmarked: boolean;
  page: number;
}

const REGION_CODE = /^\d{2}(\d{2}){0,2}$/;
const TOPIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PAGE = 5000;

const isDate = (value: string | null): value is string =>
  value !== null && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The search in a URL's query (`?q=重庆&region=50`); unknown or broken values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const kind = params.get('kind');
  const page = Number(params.get('page') ?? '1');
  const from = params.get('from');
  const to = params.get('to');
  return {
    q: params.get('q') ?? '',
    regions: [...new Set(params.getAll('region').filter((c) => REGION_CODE.test(c)))],
    topics: [...new Set(params.getAll('topic').filter((t) => TOPIC_ID.test(t)))],
    from: isDate(from) ? from : null,
    to: isDate(to) ? to : null,
    kind: kind === 'article' || kind === 'teaser' ? kind : null,
    bookmarked: params.get('bookmarked') === '1',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The link to a search state; `paths.search.getHref(toSearchLink(state))` is its URL. */
export function toSearchLink(state: SearchState): SearchLink {
  return {
    q: state.q.trim() ? state.q : undefined,
    region: state.regions,
    topic: state.topics,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    kind: state.kind ?? undefined,
    bookmarked: state.bookmarked,
    page: state.page,
  };
}

/** Whether anything narrows the results besides the text. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.regions.length > 0 ||
    state.topics.length > 0 ||
    state.from !== null ||
    state.to !== null ||
    state.kind !== null ||
    state.bookmarked
  );
}

export function filtersOf(state: SearchState): SearchFilters {
  const filters: SearchFilters = {};
  if (state.regions.length) filters.regions = state.regions;
  if (state.topics.length) filters.topics = state.topics;
  if (state.from) filters.from = state.from;
  if (state.to) filters.to = state.to;
  if (state.kind) filters.kind = state.kind;
  if (state.bookmarked) filters.bookmarkedOnly = true;
  return filters;
}

/** The request for one page of a search; the text is trimmed, so a trailing blank costs nothing. */
export function searchRequestOf(
  state: SearchState,
  bookmarks: readonly string[],
  complete: boolean,
): SearchRequest {
  return {
    query: state.q.trim(),
    filters: filtersOf(state),
    bookmarks,
    offset: (state.page - 1) * RESULTS_PER_PAGE,
    limit: RESULTS_PER_PAGE,
    complete,
  };
}
