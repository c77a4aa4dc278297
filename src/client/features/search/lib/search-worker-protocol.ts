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
 * Runs callbacks one per task, each after the messages already waiting: a message channel, not
 * `setTimeout`, whose nested calls are clamped to 4 ms.
 */
function inLaterTasks(): (next: () => void) => void {
  if (typeof MessageChannel !== 'function') return (next) => setTimeout(next, 0);
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  // In Node (tests), an open port would keep the process alive.
  (channel.port1 as { unref?: () => void }).unref?.();
  return (next) => {
    waiting.push(next);
    channel.port2.postMessage(null);
  };
}

/**
 * The worker's side: one engine for the worker's life (so fetched shards stay cached), each call
 * answered with its id. A cancelled call stops at its next step (a search fetches no further
 * shards) and gets no answer at all; the page has stopped waiting for it. Marks wait their turn,
 * one per task: the 20 results of a page ask for theirs at once, and the next keystroke's search
 * must not queue behind them. While a page of results is being searched for, marks wait
 * altogether: they are for results already on screen, and the reader is waiting for the new ones.
 */
export function serveSearchWorker(
  scope: SearchWorkerScope,
  createEngine: (root: string) => SearchEngine = (root) => new SearchEngine(root),
): void {
  let engine: SearchEngine | null = null;
  const running = new Map<number, AbortController>();
  const marks: (() => Promise<void>)[] = [];
  const later = inLaterTasks();
  let marking = false;
  // Page searches running: marks wait for them, since the reader waits for a page, not a mark.
  let searching = 0;
  const markNext = () => {
    const next = searching > 0 ? undefined : marks.shift();
    marking = next !== undefined;
    if (next) void next().finally(() => later(markNext));
  };

  scope.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'init') {
      engine ??= createEngine(message.root);
      // Started at once rather than by the first call: the page starts a worker when the reader
      // is about to search (`SearchBackend.warm`), so the files are there by the first keystroke.
      engine.warm();
      return;
    }
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    const { id, call } = message;
    const controller = new AbortController();
    running.set(id, controller);
    const answer = (reply: FromSearchWorker) => {
      running.delete(id);
      if (!controller.signal.aborted) scope.postMessage(reply);
    };
    const current = engine;
    if (!current) {
      answer({
        id,
        ok: false,
        error: { kind: 'other', message: 'Search worker not initialised.' },
      });
      return;
    }
    const start = () =>
      current.run(call, controller.signal).then(
        (value) => answer({ id, ok: true, value }),
        (error: unknown) => answer({ id, ok: false, error: serializeError(error) }),
      );
    if (call.type === 'search' && !call.context.complete) {
      searching++;
      void start().finally(() => {
        searching--;
        if (!marking) markNext();
      });
      return;
    }
    if (call.type !== 'highlight') {
      void start();
      return;
    }
    marks.push(start);
    if (!marking) markNext();
  });
}
