import type { SeenMark } from '../../../../domain/search/query/new-matches';
import { SEEN_LIMIT } from '../../../../domain/search/query/new-matches';
import type { Decoded } from '../../../lib/storage/persisted-store';

/**
 * What's new in 最新加入: the items added since the reader's previous visit (docs/follow.md).
 * A visit is a stretch of use with no gap longer than `VISIT_GAP_MS`; what the reader saw of the
 * latest list during a visit (its newest look, a `SeenMark` of ids) is what the next visit's
 * 新 marks are measured against. Ids, not clocks: a rebuild keeps them, and the reader's clock
 * says nothing about when the site added an item.
 */
export interface LastVisit {
  /** When the reader was last seen here, ms since 1970; 0 never. */
  lastSeenAt: number;
  /** What the latest list showed during the previous visit; null on a first visit. */
  previous: SeenMark | null;
  /** What it shows during this visit, as last looked at. */
  current: SeenMark | null;
}

/** Half an hour away starts a new visit, the common web-analytics session. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

export const NO_VISIT: LastVisit = { lastSeenAt: 0, previous: null, current: null };

/** The state at the start of a page load: a new visit moves this one's look to `previous`. */
export function startVisit(state: LastVisit, now: number): LastVisit {
  if (now - state.lastSeenAt <= VISIT_GAP_MS) return { ...state, lastSeenAt: now };
  return { lastSeenAt: now, previous: state.current ?? state.previous, current: null };
}

export function decodeLastVisit(json: unknown): Decoded<LastVisit> | null {
  if (typeof json !== 'object' || json === null) return null;
  const { lastSeenAt, previous, current } = json as Record<string, unknown>;
  if (typeof lastSeenAt !== 'number' || !Number.isFinite(lastSeenAt)) return null;
  const a = decodeMark(previous);
  const b = decodeMark(current);
  return {
    value: { lastSeenAt, previous: a ?? null, current: b ?? null },
    complete: a !== undefined && b !== undefined,
  };
}

function decodeMark(value: unknown): SeenMark | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const { keys, horizon } = value as Record<string, unknown>;
  if (!Array.isArray(keys) || keys.length > SEEN_LIMIT) return undefined;
  if (!keys.every((k): k is string => typeof k === 'string' && k.length <= 8)) return undefined;
  if (horizon !== null && !Number.isInteger(horizon)) return undefined;
  return { keys, horizon: horizon as number | null };
}
