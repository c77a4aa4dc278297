import type { SearchCall } from './search-backend';
import { SearchEngine } from './search-engine';
import { serializeError, type SerializedError } from './search-errors';

/** Page → worker: where the bundle is (once, first), a call to answer, or a call to drop. */
export type ToSearchWorker =
  | { type: 'init'; root: string }
  | { type: 'call'; id: number; call: SearchCall }
  | { type: 'cancel'; id: number };

/** Worker → page: the answer to call `id`. */
export type FromSearchWorker =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** The two ends of a message port, as a worker's global scope or a test's fake offers them. */
export interface SearchWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSearchWorker>) => void): void;
  postMessage(message: FromSearchWorker): void;
}

/**
 * The worker's side: one engine for the worker's life (so fetched shards stay cached), each call
 * answered with its id. A call cancelled before it is answered gets no answer at all; the page
 * has stopped waiting for it.
 */
export function serveSearchWorker(
  scope: SearchWorkerScope,
  createEngine: (root: string) => SearchEngine = (root) => new SearchEngine(root),
): void {
  let engine: SearchEngine | null = null;
  const cancelled = new Set<number>();
  scope.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'init') {
      engine ??= createEngine(message.root);
      return;
    }
    if (message.type === 'cancel') {
      cancelled.add(message.id);
      return;
    }
    const { id, call } = message;
    const answer = (reply: FromSearchWorker) => {
      if (!cancelled.delete(id)) scope.postMessage(reply);
    };
    if (!engine) {
      answer({
        id,
        ok: false,
        error: { kind: 'other', message: 'Search worker not initialised.' },
      });
      return;
    }
    engine
      .run(call, () => cancelled.has(id))
      .then(
        (value) => answer({ id, ok: true, value }),
        (error: unknown) => answer({ id, ok: false, error: serializeError(error) }),
      );
  });
}
