import { isItemIdParam } from '../../../app/paths';
import type { Decoded } from '../../../lib/storage/persisted-store';
import type { Bookmark } from './bookmark';
import { encodeFollows, parseFileFollows, type FollowedSearch } from './followed-search';

/**
 * One format for the stored bookmarks and for exported files, so an export is exactly what the
 * browser keeps and an import goes through the same checks as a read.
 */
export const BOOKMARK_FILE_FORMAT = 'edu-news-reader/bookmarks';
export const BOOKMARK_FILE_VERSION = 1;

/** Larger than any real collection; a bigger file is something else and is refused unread. */
export const BOOKMARK_FILE_MAX_BYTES = 5 * 1024 * 1024;
const MAX_BOOKMARKS = 20_000;
const MAX_TITLE_LENGTH = 1_000;

export interface BookmarkFile {
  format: typeof BOOKMARK_FILE_FORMAT;
  version: typeof BOOKMARK_FILE_VERSION;
  exportedAt?: string;
  bookmarks: Bookmark[];
  /**
   * Followed searches (关注), in exported files only and only when there are any. Optional, so
   * the version stays 1: files from before 关注 import as they did, and an older reader, which
   * ignores fields it does not know, still imports the bookmarks of a newer file.
   */
  follows?: FollowedSearch[];
}

/** `follows` only when the file brings some. */
export type BookmarkFileResult =
  { ok: true; bookmarks: Bookmark[]; follows?: FollowedSearch[] } | { ok: false; reason: string };

export function encodeBookmarkFile(
  bookmarks: readonly Bookmark[],
  exportedAt?: Date,
  follows: readonly FollowedSearch[] = [],
): BookmarkFile {
  return {
    format: BOOKMARK_FILE_FORMAT,
    version: BOOKMARK_FILE_VERSION,
    ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
    ...(follows.length > 0 ? { follows: encodeFollows(follows).follows } : {}),
    bookmarks: bookmarks.map(({ id, kind, title, date, savedAt }) => ({
      id,
      kind,
      title,
      date,
      savedAt,
    })),
  };
}

/**
 * Reads an imported file strictly: one bad record refuses the whole file, with a sentence that
 * names it, so that an import either adds everything or changes nothing.
 */
export function parseBookmarkFile(text: string): BookmarkFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: '文件内容不是有效的 JSON。' };
  }
  const header = checkHeader(json);
  if (typeof header === 'string') return { ok: false, reason: header };
  if (header.length > MAX_BOOKMARKS) {
    return { ok: false, reason: `文件中的收藏超过 ${MAX_BOOKMARKS} 条，不像是收藏文件。` };
  }
  const bookmarks: Bookmark[] = [];
  for (const [index, entry] of header.entries()) {
    const checked = checkBookmark(entry);
    if (typeof checked === 'string')
      return { ok: false, reason: `第 ${index + 1} 条收藏${checked}。` };
    bookmarks.push(checked);
  }
  const follows = parseFileFollows(isRecord(json) ? json.follows : undefined);
  if (typeof follows === 'string') return { ok: false, reason: follows };
  return {
    ok: true,
    bookmarks: dedupe(bookmarks),
    ...(follows.length > 0 ? { follows } : {}),
  };
}

/**
 * Reads the stored bookmarks leniently: records that fail the checks are dropped (and the store
 * keeps the original text aside), the rest stay usable. Null when the text is not a bookmark
 * list at all.
 */
export function decodeStoredBookmarks(json: unknown): Decoded<Bookmark[]> | null {
  const header = checkHeader(json);
  if (typeof header === 'string') return null;
  const bookmarks = header.map(checkBookmark).filter((b): b is Bookmark => typeof b !== 'string');
  const value = dedupe(bookmarks);
  return { value, complete: value.length === header.length };
}

/** The list of records, or why the file is not a bookmark file of this version. */
function checkHeader(json: unknown): unknown[] | string {
  if (!isRecord(json) || json.format !== BOOKMARK_FILE_FORMAT) {
    return '这不是本阅读器导出的收藏文件。';
  }
  if (json.version !== BOOKMARK_FILE_VERSION) {
    return typeof json.version === 'number' && json.version > BOOKMARK_FILE_VERSION
      ? `文件来自更新版本的阅读器（格式第 ${json.version} 版），当前版本无法读取。`
      : '文件的格式版本无效。';
  }
  if (!Array.isArray(json.bookmarks)) return '文件中没有收藏列表。';
  return json.bookmarks as unknown[];
}

/** A checked bookmark, or the end of a sentence saying what is wrong with it. */
function checkBookmark(value: unknown): Bookmark | string {
  if (!isRecord(value)) return '不是有效的记录';
  const { id, kind, title, date, savedAt } = value;
  if (typeof id !== 'string' || !isItemIdParam(id)) return '的编号无效';
  if (kind !== 'article' && kind !== 'teaser') return '的类型无效';
  if (typeof title !== 'string' || title.trim() === '') return '缺少标题';
  if (title.length > MAX_TITLE_LENGTH) return '的标题过长';
  if (date !== null && !(typeof date === 'string' && isIsoDate(date))) return '的日期格式不对';
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return '的收藏时间无效';
  return { id, kind, title, date, savedAt };
}

/** One record per id; of two, the one saved later, since it carries the newer title. */
function dedupe(bookmarks: Bookmark[]): Bookmark[] {
  const byId = new Map<string, Bookmark>();
  for (const bookmark of bookmarks) {
    const seen = byId.get(bookmark.id);
    if (!seen || Date.parse(bookmark.savedAt) > Date.parse(seen.savedAt)) {
      byId.set(bookmark.id, bookmark);
    }
  }
  return bookmarks.filter((bookmark) => byId.get(bookmark.id) === bookmark);
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
