/**
 * What "new" means for a followed search and for 最新加入, in one place (docs/follow.md).
 *
 * A build starts from scratch, so the bundle knows no "added at" time; wall clocks of the reader
 * and of the build machine say nothing about which items a reader has seen. Item ids, though,
 * survive rebuilds (docs/bundle-format.md). So when the reader looks, we keep a `SeenMark`: the
 * ids of the newest matches then, at most `SEEN_LIMIT`. Later, a match is new when its id is not
 * in the mark, and, if the mark could not keep every match, when it is dated after the oldest
 * match it kept (older ones would have been beyond what it kept, seen or not).
 */

/** Ids kept per mark: enough to reach back weeks in a busy search, a few KB in storage. */
export const SEEN_LIMIT = 300;

/** Counts stop here; the reader is told `99+`. */
export const NEW_COUNT_CAP = 99;

/** Characters of an id kept in a mark: 32 bits of a hash, so a false "seen" is one in billions. */
const KEY_LENGTH = 8;

/** A match as the newest-first scan gives it: its id and its day (days since 1970, -1 undated). */
export interface DatedMatch {
  id: string;
  day: number;
}

/** What the reader had seen of a search (or of the whole list) when they last looked. */
export interface SeenMark {
  /** Shortened ids (`seenKey`) of the newest matches then, newest first. */
  keys: string[];
  /**
   * Null when `keys` holds every match. Otherwise the day of the oldest match kept: only matches
   * dated after it can be told new.
   */
  horizon: number | null;
}

/** The part of an id a mark keeps. */
export const seenKey = (id: string): string => id.slice(0, KEY_LENGTH);

/** The mark of a search's matches, given newest first (the first `SEEN_LIMIT` at least), of `total`. */
export function seenMarkOf(newestFirst: readonly DatedMatch[], total: number): SeenMark {
  const kept = newestFirst.slice(0, SEEN_LIMIT);
  const all = total <= kept.length;
  return {
    keys: kept.map((match) => seenKey(match.id)),
    horizon: all ? null : (kept.at(-1)?.day ?? null),
  };
}

/** Whether one item, with its day (-1 undated), is new against a mark. */
export function isNewSince(mark: SeenMark, id: string, day: number, keys?: ReadonlySet<string>) {
  if (mark.horizon !== null && day <= mark.horizon) return false;
  return !(keys ?? new Set(mark.keys)).has(seenKey(id));
}

/**
 * How many of a search's matches (newest first, as many as `SEEN_LIMIT + NEW_COUNT_CAP + 1`) are
 * new against the mark, up to `NEW_COUNT_CAP + 1` (shown as `99+`).
 */
export function countNewSince(mark: SeenMark, newestFirst: readonly DatedMatch[]): number {
  const keys = new Set(mark.keys);
  let count = 0;
  for (const match of newestFirst) {
    // Newest first: once past the horizon, nothing further can be new.
    if (mark.horizon !== null && match.day <= mark.horizon) break;
    if (isNewSince(mark, match.id, match.day, keys)) count++;
    if (count > NEW_COUNT_CAP) break;
  }
  return count;
}

/** Matches to scan for a count: every kept one, the capped new ones, and one to spare. */
export const NEWEST_SCAN = SEEN_LIMIT + NEW_COUNT_CAP + 1;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or -1 for none, as the search index counts. */
export function dayOf(date: string | null): number {
  if (date === null) return -1;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? -1 : Math.floor(time / 86_400_000);
}
