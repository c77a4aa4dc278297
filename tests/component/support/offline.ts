import { vi } from 'vitest';
import type {
  CacheLike,
  OfflineSupport,
} from '../../../src/client/lib/service-worker/offline-support';
import {
  createServiceWorkerUpdates,
  type WorkerLifecycle,
} from '../../../src/client/lib/service-worker/service-worker-updates';

/** An in-memory stand-in for one Cache API cache, keyed by URL. */
export function memoryCache() {
  const entries = new Map<string, Response>();
  const cache: CacheLike = {
    keys: () => Promise.resolve([...entries.keys()].map((url) => new Request(url))),
    put: (url, response) => {
      entries.set(url, response);
      return Promise.resolve();
    },
    delete: (url) => Promise.resolve(entries.delete(url)),
  };
  return { cache, urls: () => [...entries.keys()], entries };
}

/** A service worker the test drives: a new build starts waiting, a worker takes control. */
export function fakeWorker({ initiallyControlled = true } = {}) {
  let waiting: () => void = () => undefined;
  let controlling: () => void = () => undefined;
  const skipWaiting = vi.fn();
  const lifecycle: WorkerLifecycle = {
    initiallyControlled,
    onWaiting: (listener) => (waiting = listener),
    onControlling: (listener) => (controlling = listener),
    skipWaiting,
  };
  return {
    lifecycle,
    skipWaiting,
    /** A new build has installed and waits. */
    newBuildWaits: () => waiting(),
    /** A worker has taken control of the page. */
    takesControl: () => controlling(),
  };
}

/** Offline support as `main.tsx` makes it in a browser, over a fake worker and cache. */
export function fakeOfflineSupport() {
  const worker = fakeWorker();
  const reload = vi.fn();
  const bookmarkCache = memoryCache();
  const offline: OfflineSupport = {
    updates: createServiceWorkerUpdates(worker.lifecycle, {
      reload,
      onFirstControl: () => undefined,
    }),
    openBookmarkCache: () => Promise.resolve(bookmarkCache.cache),
  };
  return { offline, worker, reload, bookmarkCache };
}

/** Makes the browser say it has gone offline (or is back), as it does with its events. */
export function setBrowserOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}
