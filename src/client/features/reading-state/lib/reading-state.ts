import type { Decoded } from '../../../lib/storage/persisted-store';

/** Where a reader stopped in an article: the paragraph at the top of the screen. */
export interface ReadingPosition {
  paragraph: number;
  /** Milliseconds since the epoch; the oldest positions are forgotten first. */
  savedAt: number;
}

export interface ReadingState {
  /** Item id → when it was last opened (ms since the epoch). */
  visited: Record<string, number>;
  positions: Record<string, ReadingPosition>;
}

export const EMPTY_READING_STATE: ReadingState = { visited: {}, positions: {} };

/** Enough to mark every list a reader is likely to page through, while staying a few dozen KB. */
export const VISITED_LIMIT = 2_000;
export const POSITIONS_LIMIT = 300;

export function withVisited(state: ReadingState, id: string, at: number): ReadingState {
  return { ...state, visited: keepNewest({ ...state.visited, [id]: at }, VISITED_LIMIT, (t) => t) };
}

export function withPosition(
  state: ReadingState,
  id: string,
  paragraph: number,
  at: number,
): ReadingState {
  if (state.positions[id]?.paragraph === paragraph) return state;
  const positions = { ...state.positions, [id]: { paragraph, savedAt: at } };
  return { ...state, positions: keepNewest(positions, POSITIONS_LIMIT, (p) => p.savedAt) };
}

export function withoutPosition(state: ReadingState, id: string): ReadingState {
  if (!(id in state.positions)) return state;
  const positions = { ...state.positions };
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a copy, keyed by item id
  delete positions[id];
  return { ...state, positions };
}

function keepNewest<V>(
  entries: Record<string, V>,
  limit: number,
  time: (value: V) => number,
): Record<string, V> {
  const list = Object.entries(entries);
  if (list.length <= limit) return entries;
  return Object.fromEntries(list.sort(([, a], [, b]) => time(b) - time(a)).slice(0, limit));
}

/** Reading state is a convenience: entries that do not check out are dropped without a word. */
export function decodeReadingState(json: unknown): Decoded<ReadingState> | null {
  if (!isRecord(json)) return null;
  const visited: Record<string, number> = {};
  const positions: Record<string, ReadingPosition> = {};
  if (isRecord(json.visited)) {
    for (const [id, at] of Object.entries(json.visited)) {
      if (isTime(at)) visited[id] = at;
    }
  }
  if (isRecord(json.positions)) {
    for (const [id, position] of Object.entries(json.positions)) {
      if (
        isRecord(position) &&
        Number.isInteger(position.paragraph) &&
        (position.paragraph as number) > 0 &&
        isTime(position.savedAt)
      ) {
        positions[id] = { paragraph: position.paragraph as number, savedAt: position.savedAt };
      }
    }
  }
  return { value: { visited, positions }, complete: true };
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
