import type { SearchAnswers, SearchBackend, SearchCall } from './search-backend';
import { SearchEngine } from './search-engine';

/**
 * The engine on the calling thread, behind the same interface as the worker: what component
 * tests use (jsdom has no Web Worker), and the fallback for a browser without workers.
 */
export function createInProcessSearchBackend(
  root: string,
  engine = new SearchEngine(root),
): SearchBackend {
  return {
    async run<T extends SearchCall>(call: T, signal?: AbortSignal) {
      signal?.throwIfAborted();
      const value: SearchAnswers[T['type']] = await engine.run(call, signal);
      // Dropped like a late worker answer: the caller has stopped waiting for it.
      signal?.throwIfAborted();
      return value;
    },
    warm() {
      engine.warm();
    },
    dispose() {
      // Nothing runs apart from the caller's own thread.
    },
  };
}
