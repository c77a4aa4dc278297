import type { SearchFilters, SearchRequest } from '../../domain/search/query/search-types';

/**
 * The one module that reads a search from the URL and writes it there:
 * `?q=重庆&region=50&topic=myopia&host=jw.cq.gov.cn&from=2024-01-01&to=2024-12-31&kind=article&bookmarked=1&page=2`.
 * Several `region`s (or `topic`s, `host`s) mean any of them; the first page is left out.
 */

const REGION_CODE = /^\d{2}(\d{2}){0,2}$/;
const TOPIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// A host name as the compiler keeps it: lower case, dots, digits and hyphens.
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PAGE = 5000;

const isDate = (value: string | null): value is string =>
  value !== null && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * The search in a URL's query, read leniently: a shared or hand-edited link with a broken value
 * still opens, without that value. A filter that is not set is left out of `filters`, so equal
 * searches are equal objects (and share a cache entry).
 */
export function readSearchUrl(params: URLSearchParams): SearchRequest {
  const filters: SearchFilters = {};
  const regions = [...new Set(params.getAll('region').filter((c) => REGION_CODE.test(c)))];
  const topics = [...new Set(params.getAll('topic').filter((t) => TOPIC_ID.test(t)))];
  const hosts = [...new Set(params.getAll('host').filter((h) => HOST.test(h)))];
  const from = params.get('from');
  const to = params.get('to');
  const kind = params.get('kind');
  if (regions.length) filters.regions = regions;
  if (topics.length) filters.topics = topics;
  if (hosts.length) filters.hosts = hosts;
  if (isDate(from)) filters.from = from;
  if (isDate(to)) filters.to = to;
  if (kind === 'article' || kind === 'teaser') filters.kind = kind;
  if (params.get('bookmarked') === '1') filters.bookmarkedOnly = true;
  const page = Number(params.get('page') ?? '1');
  return {
    text: params.get('q') ?? '',
    filters,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The query string of a search, in a fixed order so that equal searches have equal URLs. */
export function searchUrlParams({
  text = '',
  filters = {},
  page = 1,
}: Partial<SearchRequest>): URLSearchParams {
  const params = new URLSearchParams();
  // The text as typed, blanks and all, so that the box shows it again after Back or a reload.
  if (text.trim()) params.set('q', text);
  for (const code of filters.regions ?? []) params.append('region', code);
  for (const id of filters.topics ?? []) params.append('topic', id);
  for (const host of filters.hosts ?? []) params.append('host', host);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.bookmarkedOnly) params.set('bookmarked', '1');
  if (page > 1) params.set('page', String(page));
  return params;
}
