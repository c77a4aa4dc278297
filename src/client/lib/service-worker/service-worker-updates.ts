/**
 * What the page knows about a new build of the site, kept in a small store for
 * `useSyncExternalStore`. The service worker installs a new build in the background and leaves it
 * waiting (vite.config.ts: registerType 'prompt'); only when the reader says so does it take over,
 * and then every page it controls reloads into it at once, so no page keeps running old code
 * against files that are gone.
 */

export interface UpdateSnapshot {
  /** A new build is installed and waits for the reader's go-ahead. */
  ready: boolean;
  /** The reader accepted it: the page reloads as soon as the new build controls it. */
  applying: boolean;
}

export interface ServiceWorkerUpdates {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => UpdateSnapshot;
  /** Lets the waiting build take over, then reloads into it. */
  apply: () => void;
}

/** The events and the command of a registered service worker that updates need. */
export interface WorkerLifecycle {
  /** A worker controlled the page when it loaded. */
  initiallyControlled: boolean;
  /** A new build finished installing and waits; also fires for one already waiting at load. */
  onWaiting: (listener: () => void) => void;
  /** A worker took control of the page. */
  onControlling: (listener: () => void) => void;
  /** Tells the waiting worker to take over. */
  skipWaiting: () => void;
}

interface UpdateOptions {
  reload: () => void;
  /**
   * The first worker took control of a page that loaded without one: what the page fetched
   * before then went past the worker, so this is the moment to fetch it again into its caches.
   */
  onFirstControl: () => void;
}

export function createServiceWorkerUpdates(
  lifecycle: WorkerLifecycle,
  { reload, onFirstControl }: UpdateOptions,
): ServiceWorkerUpdates {
  const listeners = new Set<() => void>();
  let snapshot: UpdateSnapshot = { ready: false, applying: false };
  let controlled = lifecycle.initiallyControlled;
  const set = (next: Partial<UpdateSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };

  lifecycle.onWaiting(() => {
    if (!snapshot.ready) set({ ready: true });
  });
  lifecycle.onControlling(() => {
    // A page already controlled is running the old build's code, whose precached files the new
    // worker has just deleted: reload it, whether this tab accepted the update or another did.
    if (snapshot.applying || controlled) {
      reload();
      return;
    }
    controlled = true;
    onFirstControl();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    apply() {
      if (!snapshot.ready || snapshot.applying) return;
      set({ applying: true });
      lifecycle.skipWaiting();
    },
  };
}

const IDLE: UpdateSnapshot = { ready: false, applying: false };

/** For dev, tests and browsers without service workers: never an update. */
export const NO_UPDATES: ServiceWorkerUpdates = {
  subscribe: () => () => undefined,
  getSnapshot: () => IDLE,
  apply: () => undefined,
};
