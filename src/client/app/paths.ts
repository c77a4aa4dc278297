/**
 * Every URL of the reader. Routes are matched inside the hash (`#/article/abc`), so a plain
 * static file server needs no rewrite rules and reloading any view shows that view.
 */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  latest: {
    path: '/latest/:page',
    getHref: (page: number) => `/latest/${page}`,
  },
  article: {
    path: '/article/:id',
    /** `q`: the search that led here; the article marks what it matched. */
    getHref: (id: string, { q }: { q?: string } = {}) => {
      const query = q?.trim() ? `?${new URLSearchParams({ q: q.trim() }).toString()}` : '';
      return `/article/${encodeURIComponent(id)}${query}`;
    },
  },
  bookmarks: {
    path: '/bookmarks',
    getHref: () => '/bookmarks',
  },
  search: {
    path: '/search',
    /** The whole search lives in the query, so any search can be bookmarked and shared. */
    getHref: (link: SearchLink = {}) => {
      const query = searchLinkParams(link).toString();
      return query ? `/search?${query}` : '/search';
    },
  },
} as const;

/** What a search URL may carry; every field is optional and they narrow together. */
export interface SearchLink {
  q?: string;
  /** Region codes (any level) and topic ids; several of one kind mean any of them. */
  region?: string | readonly string[];
  topic?: string | readonly string[];
  /** Inclusive `YYYY-MM-DD` bounds. */
  from?: string;
  to?: string;
  kind?: 'article' | 'teaser';
  bookmarked?: boolean;
  /** Result page from 1; the first page is left out of the URL. */
  page?: number;
}

/** The query string of a search, in a fixed order so that equal searches have equal URLs. */
export function searchLinkParams(link: SearchLink): URLSearchParams {
  const params = new URLSearchParams();
  const list = (value: string | readonly string[] | undefined) =>
    value === undefined ? [] : typeof value === 'string' ? [value] : value;
  if (link.q) params.set('q', link.q);
  for (const code of list(link.region)) params.append('region', code);
  for (const id of list(link.topic)) params.append('topic', id);
  if (link.from) params.set('from', link.from);
  if (link.to) params.set('to', link.to);
  if (link.kind) params.set('kind', link.kind);
  if (link.bookmarked) params.set('bookmarked', '1');
  if (link.page !== undefined && link.page > 1) params.set('page', String(link.page));
  return params;
}

/**
 * The full address of a route, for sharing and copying: the page's own address (whatever host
 * and sub-path it is served from) with the route in its hash.
 */
export function shareableUrl(href: string): string {
  const [page = ''] = window.location.href.split('#');
  return `${page}#${href}`;
}

/** `/latest/:page` takes a positive integer without leading zeros; anything else is not found. */
export function parsePageParam(value: string | undefined): number | null {
  if (value === undefined || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/**
 * Item ids are short hashes. Anything else in the URL cannot name an item, and is not allowed
 * near a file path (no dots or slashes), so it is not found without a request.
 */
export function isItemIdParam(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
