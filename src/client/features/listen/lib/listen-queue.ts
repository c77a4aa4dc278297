import { isItemIdParam } from '../../../app/paths';
import type { IsoDate } from '../../../../domain/bundle/bundle';

/**
 * One article waiting to be heard (稍后听). Like a bookmark it keeps its title and date, so the
 * queue lists without loading any file and names an article a later bundle dropped.
 */
export interface QueueEntry {
  id: string;
  title: string;
  date: IsoDate | null;
  /** When it was added, an ISO 8601 timestamp. */
  addedAt: string;
}

/** What a page knows about an article it offers to queue. */
export type QueueTarget = Omit<QueueEntry, 'addedAt'>;

/** More than anyone listens to; adding past it does nothing rather than growing storage. */
export const MAX_QUEUE_LENGTH = 1_000;
const MAX_TITLE_LENGTH = 1_000;

/** Adds an article at the end, unless it is queued already or the queue is full. */
export function addToQueue(
  queue: readonly QueueEntry[],
  target: QueueTarget,
  now: Date,
): readonly QueueEntry[] {
  if (queue.some((entry) => entry.id === target.id) || queue.length >= MAX_QUEUE_LENGTH) {
    return queue;
  }
  const { id, title, date } = target;
  return [...queue, { id, title, date, addedAt: now.toISOString() }];
}

export function removeFromQueue(queue: readonly QueueEntry[], id: string): readonly QueueEntry[] {
  return queue.some((entry) => entry.id === id) ? queue.filter((entry) => entry.id !== id) : queue;
}

/** Moves an entry `by` places (−1: up, 1: down); at either end it stays where it is. */
export function moveInQueue(
  queue: readonly QueueEntry[],
  id: string,
  by: number,
): readonly QueueEntry[] {
  const from = queue.findIndex((entry) => entry.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= queue.length || by === 0) return queue;
  const next = [...queue];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/**
 * A finished article leaves the queue, and what is heard next is the first article left in it:
 * the queue is what is still to be heard, in the reader's order.
 */
export function finishInQueue(
  queue: readonly QueueEntry[],
  finishedId: string,
): { queue: readonly QueueEntry[]; next: QueueEntry | null } {
  const rest = removeFromQueue(queue, finishedId);
  return { queue: rest, next: rest[0] ?? null };
}

/** Adds imported entries not queued here yet, after the ones here, in the file's order. */
export function mergeQueues(
  current: readonly QueueEntry[],
  incoming: readonly QueueEntry[],
): { queue: readonly QueueEntry[]; added: number } {
  const known = new Set(current.map((entry) => entry.id));
  const fresh: QueueEntry[] = [];
  for (const entry of incoming) {
    if (known.has(entry.id) || current.length + fresh.length >= MAX_QUEUE_LENGTH) continue;
    known.add(entry.id);
    fresh.push(entry);
  }
  return { queue: fresh.length === 0 ? current : [...current, ...fresh], added: fresh.length };
}

/** A checked entry, or the end of a sentence saying what is wrong with it. */
export function checkQueueEntry(value: unknown): QueueEntry | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '不是有效的记录';
  const { id, title, date, addedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !isItemIdParam(id)) return '的编号无效';
  if (typeof title !== 'string' || title.trim() === '') return '缺少标题';
  if (title.length > MAX_TITLE_LENGTH) return '的标题过长';
  if (date !== null && !(typeof date === 'string' && isIsoDate(date))) return '的日期格式不对';
  if (typeof addedAt !== 'string' || Number.isNaN(Date.parse(addedAt))) return '的加入时间无效';
  return { id, title, date, addedAt };
}

/** The stored queue, read leniently: bad entries are dropped, the rest stay. */
export function decodeQueueEntries(value: unknown): { entries: QueueEntry[]; complete: boolean } {
  if (!Array.isArray(value)) return { entries: [], complete: false };
  const list = value as unknown[];
  const entries = dedupeQueue(
    list.map(checkQueueEntry).filter((e): e is QueueEntry => typeof e !== 'string'),
  ).slice(0, MAX_QUEUE_LENGTH);
  return { entries, complete: entries.length === list.length };
}

/** Only the fields of the format, in its order, whatever else a record carried. */
export function encodeQueueEntries(queue: readonly QueueEntry[]): QueueEntry[] {
  return queue.map(({ id, title, date, addedAt }) => ({ id, title, date, addedAt }));
}

/** One entry per article, the first kept (the order is the queue's). */
export function dedupeQueue(entries: QueueEntry[]): QueueEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
