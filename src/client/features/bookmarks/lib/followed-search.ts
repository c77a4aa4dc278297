import { readSearchUrl, searchUrlParams } from '../../../app/search-url';
import type { SeenMark } from '../../../../domain/search/query/new-matches';
import { SEEN_LIMIT } from '../../../../domain/search/query/new-matches';
import type { SearchRequest } from '../../../../domain/search/query/search-types';
import type { Decoded } from '../../../lib/storage/persisted-store';

/**
 * A followed search (关注): any search, text and filters, kept beside the bookmarks and exported
 * in the same file (docs/follow.md). The search is kept as its canonical URL query, the form it
 * has everywhere else, so one search followed twice is one record.
 */
export interface FollowedSearch {
  /** `searchUrlParams` of the request without its page: `q=重庆&topic=enrollment`. */
  search: string;
  /**
   * Its name as the search page gave it when followed (`重庆市 · 招生考试`), so the home page
   * names it without the region table.
   */
  label: string;
  /** When it was followed, ISO 8601; the home page lists the newest first. */
  followedAt: string;
  /** What the reader saw of it when they last opened it; null until first counted. */
  seen: SeenMark | null;
}

export const FOLLOWS_FORMAT = 'edu-news-reader/follows';
export const FOLLOWS_VERSION = 1;
/** More than anyone follows; a longer list is something else. */
export const MAX_FOLLOWS = 200;
const MAX_SEARCH_LENGTH = 2_000;
const MAX_LABEL_LENGTH = 200;
const SEEN_KEY = /^[A-Za-z0-9_-]{1,8}$/;

/** The key of a request: its canonical query, page left out. */
export function followKey(request: Pick<SearchRequest, 'text' | 'filters'>): string {
  return searchUrlParams({ text: request.text.trim(), filters: request.filters }).toString();
}

/**
 * The address of a followed search: its key is the query `paths.search.getHref` writes, so it
 * is used as it is (reading it back here would bring the URL reader into the home page's code).
 */
export function followHref(follow: Pick<FollowedSearch, 'search'>): string {
  return follow.search ? `/search?${follow.search}` : '/search';
}

/** The request a followed search opens, first page. */
export function followedRequest(follow: FollowedSearch): SearchRequest {
  return readSearchUrl(new URLSearchParams(follow.search));
}

/** A short name for a search: its text, then its filters' values. */
export function describeSearch(
  { text, filters }: Pick<SearchRequest, 'text' | 'filters'>,
  names: { region: (code: string) => string; topic: (id: string) => string },
): string {
  const parts = [
    text.trim(),
    ...(filters.regions ?? []).map(names.region),
    ...(filters.topics ?? []).map(names.topic),
    filters.from || filters.to ? `${filters.from ?? '…'}至${filters.to ?? '…'}` : '',
    filters.kind === 'article' ? '全文' : filters.kind === 'teaser' ? '仅标题' : '',
    filters.bookmarkedOnly ? '已收藏' : '',
  ].filter(Boolean);
  return (parts.length > 0 ? parts.join(' · ') : '全部资讯').slice(0, MAX_LABEL_LENGTH);
}

/** The stored document: its own format, so that it can never be taken for bookmarks. */
export function encodeFollows(follows: readonly FollowedSearch[]) {
  return { format: FOLLOWS_FORMAT, version: FOLLOWS_VERSION, follows: follows.map(pick) };
}

/** Reads the stored follows leniently: bad records are dropped (the original is set aside). */
export function decodeStoredFollows(json: unknown): Decoded<FollowedSearch[]> | null {
  if (!isRecord(json) || json.format !== FOLLOWS_FORMAT || json.version !== FOLLOWS_VERSION) {
    return null;
  }
  if (!Array.isArray(json.follows)) return null;
  const records = json.follows as unknown[];
  // Stored keys were written canonical by `followKey`; a file's are made canonical on import.
  const value = dedupe(
    records.map(checkRecord).filter((f): f is FollowedSearch => typeof f !== 'string'),
  );
  return { value, complete: value.length === records.length };
}

/**
 * The `follows` of an exported bookmark file, checked strictly: a file either brings every
 * followed search or is refused, naming the first bad one. A file without them (any file written
 * before 关注 existed) brings none.
 */
export function parseFileFollows(value: unknown): FollowedSearch[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return '文件中的关注列表无效。';
  if (value.length > MAX_FOLLOWS) return `文件中的关注超过 ${MAX_FOLLOWS} 条，不像是收藏文件。`;
  const follows: FollowedSearch[] = [];
  for (const [index, entry] of (value as unknown[]).entries()) {
    const checked = checkRecord(entry);
    if (typeof checked === 'string') return `第 ${index + 1} 条关注${checked}。`;
    // Kept canonical, so that the same search is always the same key.
    follows.push({ ...checked, search: followKey(followedRequest(checked)) });
  }
  return dedupe(follows);
}

/** Adds imported follows; a search followed on both sides keeps the local record. */
export function mergeFollows(
  current: readonly FollowedSearch[],
  incoming: readonly FollowedSearch[],
): { follows: FollowedSearch[]; added: number } {
  const known = new Set(current.map((f) => f.search));
  const fresh = incoming.filter((f) => !known.has(f.search) && known.add(f.search));
  const room = Math.max(0, MAX_FOLLOWS - current.length);
  const added = fresh.slice(0, room);
  return { follows: [...current, ...added], added: added.length };
}

function pick({ search, label, followedAt, seen }: FollowedSearch): FollowedSearch {
  return {
    search,
    label,
    followedAt,
    seen: seen && { keys: [...seen.keys], horizon: seen.horizon },
  };
}

/** A checked record, or the end of a sentence saying what is wrong with it. */
function checkRecord(value: unknown): FollowedSearch | string {
  if (!isRecord(value)) return '不是有效的记录';
  const { search, label, followedAt, seen } = value;
  if (typeof search !== 'string' || search.length > MAX_SEARCH_LENGTH) return '的搜索条件无效';
  if (typeof label !== 'string' || label.trim() === '' || label.length > MAX_LABEL_LENGTH) {
    return '的名称无效';
  }
  if (typeof followedAt !== 'string' || Number.isNaN(Date.parse(followedAt))) {
    return '的关注时间无效';
  }
  const mark = checkSeen(seen);
  if (mark === undefined) return '的已读记录无效';
  return { search, label, followedAt, seen: mark };
}

function checkSeen(value: unknown): SeenMark | null | undefined {
  if (value === null) return null;
  if (!isRecord(value) || !Array.isArray(value.keys)) return undefined;
  const keys = value.keys as unknown[];
  const { horizon } = value;
  if (keys.length > SEEN_LIMIT) return undefined;
  if (!keys.every((k): k is string => typeof k === 'string' && SEEN_KEY.test(k))) return undefined;
  if (horizon !== null && !(typeof horizon === 'number' && Number.isInteger(horizon))) {
    return undefined;
  }
  return { keys, horizon };
}

/** One record per search; the first one kept, as the list is in the order followed. */
function dedupe(follows: FollowedSearch[]): FollowedSearch[] {
  const seen = new Set<string>();
  return follows.filter((f) => !seen.has(f.search) && Boolean(seen.add(f.search)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
