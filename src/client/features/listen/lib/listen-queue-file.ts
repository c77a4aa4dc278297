import { checkQueueEntry, dedupeQueue, MAX_QUEUE_LENGTH, type QueueEntry } from './listen-queue';

// The queue's part of the bookmark file, apart from the queue itself: only the bookmarks page
// reads files, so this stays out of the first chunk the list rows' 稍后听 buttons need.

/**
 * The `listenQueue` of a bookmark file, read strictly: the entries, or a sentence naming the
 * first bad one. One entry per id, the first kept (the file's order is the queue's).
 */
export function parseQueueEntries(value: unknown): QueueEntry[] | string {
  if (!Array.isArray(value)) return '文件中的稍后听列表无效。';
  if (value.length > MAX_QUEUE_LENGTH) {
    return `文件中的稍后听列表超过 ${MAX_QUEUE_LENGTH} 篇，不像是收藏文件。`;
  }
  const entries: QueueEntry[] = [];
  for (const [index, item] of (value as unknown[]).entries()) {
    const checked = checkQueueEntry(item);
    if (typeof checked === 'string') return `稍后听列表第 ${index + 1} 篇${checked}。`;
    entries.push(checked);
  }
  return dedupeQueue(entries);
}

/**
 * The `listenQueue` of a bookmark file's text, which the bookmark checks leave alone (an
 * unknown field to them): the entries (none when the file has no queue), or why the file is
 * refused. The text is already known to be a JSON bookmark file.
 */
export function queueOfBookmarkFile(text: string): QueueEntry[] | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return '文件内容不是有效的 JSON。';
  }
  if (typeof json !== 'object' || json === null || !('listenQueue' in json)) return [];
  return parseQueueEntries(json.listenQueue);
}
