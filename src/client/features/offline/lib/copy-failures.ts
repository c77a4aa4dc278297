import type { Decoded } from '../../../lib/storage/persisted-store';

/**
 * What copying bookmarked items for offline reading has learnt, kept across visits, so that a
 * failure is not asked again on every page load (issue #15: 20,000 imported ids that name no
 * item made thousands of requests per visit, all 404, forever).
 */
export interface CopyFailures {
  /** Item id → the bundle edition whose server had no file for it (HTTP 404 or 410). */
  missing: Record<string, string>;
  /** Item id → failures in a row (network, timeout, server error) and when to try next. */
  retry: Record<string, RetryAfter>;
}

export interface RetryAfter {
  failures: number;
  /** Milliseconds since the epoch. */
  next: number;
}

export const EMPTY_COPY_FAILURES: CopyFailures = { missing: {}, retry: {} };

/**
 * Failed requests (missing files included) after which a sync stops and leaves the rest for the
 * next one: a list that fails this much is junk or meets a host that is down, and asking on
 * would only flood the host (issue #15).
 */
export const FAILURES_PER_SYNC = 32;

/** How a copy went: kept, not on the server, or not reachable this time. */
export type CopyOutcome = 'copied' | 'missing' | 'failed';

/** The first wait after a failure; each failure in a row doubles it, up to a day. */
export const FIRST_RETRY_MS = 60_000;
export const LONGEST_RETRY_MS = 24 * 60 * 60 * 1000;

/** The wait after `failures` failures in a row. */
export function retryDelay(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 30), LONGEST_RETRY_MS);
}

/**
 * Whether the item's file is worth asking for now. A missing file is asked again only from
 * another edition of the bundle (a new deployment may have it back); a failed one once its wait
 * is over. `edition` is null while the bundle's is not known: missing files then wait.
 */
export function isDue(
  state: CopyFailures,
  id: string,
  edition: string | null,
  now: number,
): boolean {
  const missingIn = state.missing[id];
  if (missingIn !== undefined) return edition !== null && missingIn !== edition;
  const retry = state.retry[id];
  return retry === undefined || now >= retry.next;
}

/**
 * Notes the outcomes of one round of requests; the same object when nothing changed. The
 * record may hold thousands of entries and a sync notes every round of four, so it is copied
 * only when a round changes it.
 */
export function withOutcomes(
  state: CopyFailures,
  outcomes: ReadonlyMap<string, CopyOutcome>,
  edition: string | null,
  now: number,
): CopyFailures {
  let missing: Record<string, string> | undefined;
  let retry: Record<string, RetryAfter> | undefined;
  // Seen missing before the edition was known: '' names none, so it is asked once more.
  const missingIn = edition ?? '';
  for (const [id, outcome] of outcomes) {
    if (outcome !== 'missing' && id in state.missing) {
      missing ??= { ...state.missing };
      forget(missing, id);
    }
    if (outcome !== 'failed' && id in state.retry) {
      retry ??= { ...state.retry };
      forget(retry, id);
    }
    if (outcome === 'missing' && state.missing[id] !== missingIn) {
      missing ??= { ...state.missing };
      missing[id] = missingIn;
    }
    if (outcome === 'failed') {
      retry ??= { ...state.retry };
      const failures = (state.retry[id]?.failures ?? 0) + 1;
      retry[id] = { failures, next: now + retryDelay(failures) };
    }
  }
  if (!missing && !retry) return state;
  return { missing: missing ?? state.missing, retry: retry ?? state.retry };
}

/** Forgets items no longer wanted (bookmarks removed since), so the record never outgrows them. */
export function onlyFor(state: CopyFailures, ids: ReadonlySet<string>): CopyFailures {
  const keep = <V>(entries: Record<string, V>) => {
    const kept = Object.entries(entries).filter(([id]) => ids.has(id));
    return kept.length === Object.keys(entries).length ? entries : Object.fromEntries(kept);
  };
  const missing = keep(state.missing);
  const retry = keep(state.retry);
  return missing === state.missing && retry === state.retry ? state : { missing, retry };
}

/** The record is a convenience: entries that do not check out are dropped without a word. */
export function decodeCopyFailures(json: unknown): Decoded<CopyFailures> | null {
  if (!isRecord(json)) return null;
  const missing: Record<string, string> = {};
  const retry: Record<string, RetryAfter> = {};
  if (isRecord(json.missing)) {
    for (const [id, edition] of Object.entries(json.missing)) {
      if (typeof edition === 'string') missing[id] = edition;
    }
  }
  if (isRecord(json.retry)) {
    for (const [id, entry] of Object.entries(json.retry)) {
      if (isRecord(entry) && isCount(entry.failures) && isTime(entry.next)) {
        retry[id] = { failures: entry.failures, next: entry.next };
      }
    }
  }
  return { value: { missing, retry }, complete: true };
}

/**
 * A short name for one edition of the bundle, from its manifest: any new deployment that adds,
 * drops or reorders items changes the manifest's counts and lists, and with them this name.
 */
export function bundleEdition(manifestJson: string): string {
  // FNV-1a over UTF-16 code units: a name, not a defence, so 32 bits are plenty.
  let hash = 0x811c9dc5;
  for (let i = 0; i < manifestJson.length; i++) {
    hash ^= manifestJson.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function forget<V>(entries: Record<string, V>, id: string): void {
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a copy, keyed by item id
  delete entries[id];
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
