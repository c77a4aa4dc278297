import type { SearchAnswers, SearchBackend, SearchCall } from './search-backend';
import { deserializeError } from './search-errors';
import type { FromSearchWorker, ToSearchWorker } from './search-worker-protocol';

/** What the backend needs of a worker; tests pass a fake that runs the real worker code. */
export interface SearchWorkerLike {
  postMessage(message: ToSearchWorker): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<FromSearchWorker>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

function startSearchWorker(): SearchWorkerLike {
  // Written out in full so that Vite sees it and bundles the worker as its own file.
  return new Worker(new URL('../worker/search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Searches in a Web Worker, so that the page stays responsive however large the index. Each call
 * carries an id; an aborted call is cancelled in the worker and any late answer to it is dropped,
 * so a stale result can never replace a newer one.
 */
export function createWorkerSearchBackend(
  root: string,
  start: () => SearchWorkerLike = startSearchWorker,
): SearchBackend {
  let worker: SearchWorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const connect = (): SearchWorkerLike => {
    if (worker) return worker;
    const started = start();
    started.addEventListener('message', (event) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      // An answer nobody waits for belongs to a cancelled call: drop it.
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(deserializeError(reply.error));
    });
    started.addEventListener('error', () => {
      // The worker script failed to load or crashed: start a fresh one on the next call.
      started.terminate();
      if (worker === started) worker = null;
      failAll(new Error('The search worker stopped.'));
    });
    started.postMessage({ type: 'init', root });
    worker = started;
    return started;
  };

  return {
    run<T extends SearchCall>(call: T, signal?: AbortSignal) {
      return new Promise<SearchAnswers[T['type']]>((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortReason(signal));
          return;
        }
        const target = connect();
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        signal?.addEventListener(
          'abort',
          () => {
            if (!pending.delete(id)) return;
            target.postMessage({ type: 'cancel', id });
            reject(abortReason(signal));
          },
          { once: true },
        );
        target.postMessage({ type: 'call', id, call });
      });
    },
    warm() {
      // The worker loads the index's small files as soon as it is told where they are.
      connect();
    },
    dispose() {
      worker?.terminate();
      worker = null;
      failAll(new DOMException('The search backend was closed.', 'AbortError'));
    },
  };
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The search was superseded.', 'AbortError');
}
