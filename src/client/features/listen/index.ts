// What other features may use of listening: the buttons, the spoken place for the article page
// to mark, and the queue's part of the bookmark file. The player itself loads on first use.
export { ListenButton } from './components/listen-button';
export { QueueToggle } from './components/queue-toggle';
export { useListenQueue, useSpokenPlace } from './hooks/use-listen';
export { encodeQueueEntries, type QueueEntry, type QueueTarget } from './lib/listen-queue';
export { parseQueueEntries, queueOfBookmarkFile } from './lib/listen-queue-file';
export { useListenStore } from './store/listen-store';
export type { SpokenPlace } from './store/listen-session';
