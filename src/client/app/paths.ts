import type { SearchRequest } from '../../domain/search/query/search-types';
import { searchUrlParams } from './search-url';

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
    /**
     * `all`: with the teasers; without, the articles alone (what readers see first). `onlyNew`:
     * only what came since the reader's previous visit (`?new=1`).
     */
    getHref: (
      page: number,
      { all = false, onlyNew = false }: { all?: boolean; onlyNew?: boolean } = {},
    ) => {
      const query = [all && 'all=1', onlyNew && 'new=1'].filter(Boolean).join('&');
      return `/latest/${page}${query ? `?${query}` : ''}`;
    },
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
    /** Page 1 is the plain address; the others carry `?page=`. */
    getHref: (page = 1) => (page > 1 ? `/bookmarks?page=${page}` : '/bookmarks'),
  },
  map: {
    path: '/map',
    /** `province`: the province whose places are listed under the tiles (its code). */
    getHref: (province?: string) => (province ? `/map?province=${province}` : '/map'),
  },
  listen: {
    path: '/listen',
    getHref: () => '/listen',
  },
  search: {
    path: '/search',
    /** The whole search lives in the query, so any search can be bookmarked and shared. */
    getHref: (request: Partial<SearchRequest> = {}) => {
      const query = searchUrlParams(request).toString();
      return query ? `/search?${query}` : '/search';
    },
  },
} as const;

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
