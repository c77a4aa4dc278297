import type { SearchBackend, SearchCall } from './search-backend';

/**
 * The app's backend: nothing of search (engine, index code, worker) is downloaded until the first
 * call, so the home page's JavaScript holds none of it. Uses a Web Worker where the browser has
 * one, else the engine on the page's own thread.
 */
export function createLazySearchBackend(root: () => string): SearchBackend {
  let backend: Promise<SearchBackend> | null = null;
  const load = () =>
    (backend ??= (
      typeof Worker === 'function'
        ? import('./worker-search-backend').then((m) => m.createWorkerSearchBackend(root()))
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
