import { useSyncExternalStore } from 'react';
import type { StorageStatus } from '../../../lib/storage/persisted-store';
import type { QueueEntry } from '../lib/listen-queue';
import type { ListenState } from '../lib/listen-state';
import { useListenSession, type SpokenPlace } from '../store/listen-session';
import { useListenStore } from '../store/listen-store';

function useListenSnapshot() {
  const store = useListenStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The queue, in the order it will be heard; updates when this or another tab changes it. */
export function useListenQueue(): readonly QueueEntry[] {
  return useListenSnapshot().value.queue;
}

export function useIsQueued(id: string): boolean {
  const store = useListenStore();
  return useSyncExternalStore(store.subscribe, () =>
    store.getSnapshot().value.queue.some((entry) => entry.id === id),
  );
}

export function useListenPrefs(): Pick<ListenState, 'rate' | 'voice'> {
  const { rate, voice } = useListenSnapshot().value;
  return { rate, voice };
}

export function useListenStorageStatus(): StorageStatus {
  return useListenSnapshot().status;
}

/** Where the voice is in this item, or null when it is reading something else or nothing. */
export function useSpokenPlace(itemId: string): SpokenPlace | null {
  const session = useListenSession();
  return useSyncExternalStore(session.subscribe, () => {
    const { place } = session.getSnapshot();
    return place?.itemId === itemId ? place : null;
  });
}

/** The article being read (or asked for), if any. */
export function useListeningItemId(): string | null {
  const session = useListenSession();
  return useSyncExternalStore(
    session.subscribe,
    () => session.getSnapshot().request?.itemId ?? null,
  );
}
