import type { SearchBackend, SearchCall } from './search-backend';
import { createWorkerSearchBackend } from './worker-search-backend';

/**
 * The app's backend: nothing of search (engine, index code, worker) is downloaded until the first
 * call or `warm`, so the home page loads none of it. Uses a Web Worker where the browser has one,
 * else the engine on the page's own thread. The worker's messaging is part of the app's own code
 * (under a kilobyte): as a chunk of its own it cost a round of requests before the worker could
 * even be asked for, which on a slow phone network is over half a second.
 */
export function createLazySearchBackend(root: () => string): SearchBackend {
  let backend: Promise<SearchBackend> | null = null;
  const load = () =>
    (backend ??= (
      typeof Worker === 'function'
        ? Promise.resolve(createWorkerSearchBackend(root()))
        : import('./in-process-search-backend').then((m) => m.createInProcessSearchBackend(root()))
    ).catch((error: unknown) => {
      // A chunk that failed to download (offline, a deploy in between) is asked for again.
      backend = null;
      throw error;
    }));
  return {
    async run<T extends SearchCall>(call: T, signal?: AbortSignal) {
      return (await load()).run(call, signal);
    },
    warm() {
      load().then(
        (b) => b.warm(),
        () => undefined,
      );
    },
    dispose() {
      void backend?.then((b) => b.dispose());
    },
  };
}
