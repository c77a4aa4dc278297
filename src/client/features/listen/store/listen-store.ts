import {
  createPersistedStore,
  type PersistedStore,
  type StorageLike,
} from '../../../lib/storage/persisted-store';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';
import { createStoreContext } from '../../../lib/storage/store-context';
import {
  addToQueue,
  finishInQueue,
  mergeQueues,
  moveInQueue,
  removeFromQueue,
  type QueueEntry,
  type QueueTarget,
} from '../lib/listen-queue';
import {
  decodeListenState,
  EMPTY_LISTEN_STATE,
  encodeListenState,
  isSpeechRate,
  type ListenState,
} from '../lib/listen-state';

export interface ListenStore extends PersistedStore<ListenState> {
  add: (target: QueueTarget) => void;
  remove: (id: string) => void;
  toggle: (target: QueueTarget) => void;
  /** Moves an entry up (−1) or down (1). */
  move: (id: string, by: number) => void;
  /** Takes a heard article out of the queue and says what comes next, if anything. */
  finish: (id: string) => QueueEntry | null;
  /** Adds checked entries from a bookmark file; returns how many were new. */
  importQueue: (incoming: readonly QueueEntry[]) => number;
  setRate: (rate: number) => void;
  setVoice: (voice: string | null) => void;
}

export function createListenStore(
  storage: StorageLike | null,
  { now = () => new Date() }: { now?: () => Date } = {},
): ListenStore {
  const store = createPersistedStore<ListenState>(storage, {
    key: STORAGE_KEYS.listening,
    empty: EMPTY_LISTEN_STATE,
    decode: decodeListenState,
    encode: encodeListenState,
    // The queue is the reader's own list, as bookmarks are: an unreadable one is kept aside.
    keepUnreadable: true,
  });
  const setQueue = (change: (queue: readonly QueueEntry[]) => readonly QueueEntry[]) =>
    store.update((state) => {
      const queue = change(state.queue);
      return queue === state.queue ? state : { ...state, queue };
    });
  const queued = (id: string) => store.getSnapshot().value.queue.some((e) => e.id === id);

  return {
    ...store,
    add: (target) => setQueue((queue) => addToQueue(queue, target, now())),
    remove: (id) => setQueue((queue) => removeFromQueue(queue, id)),
    toggle(target) {
      if (queued(target.id)) setQueue((queue) => removeFromQueue(queue, target.id));
      else setQueue((queue) => addToQueue(queue, target, now()));
    },
    move: (id, by) => setQueue((queue) => moveInQueue(queue, id, by)),
    finish(id) {
      const { queue, next } = finishInQueue(store.getSnapshot().value.queue, id);
      setQueue(() => queue);
      return next;
    },
    importQueue(incoming) {
      const { queue, added } = mergeQueues(store.getSnapshot().value.queue, incoming);
      setQueue(() => queue);
      return added;
    },
    setRate: (rate) =>
      store.update((state) =>
        !isSpeechRate(rate) || state.rate === rate ? state : { ...state, rate },
      ),
    setVoice: (voice) =>
      store.update((state) => (state.voice === voice ? state : { ...state, voice })),
  };
}

export const [ListenStoreProvider, useListenStore] =
  createStoreContext<ListenStore>('useListenStore');
