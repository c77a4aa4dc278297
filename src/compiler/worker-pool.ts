import { Worker, type MessagePort } from 'node:worker_threads';

/** What a pool worker answers for one task. */
export type WorkerReply<R> =
  { id: number; ok: true; result: R } | { id: number; ok: false; message: string };

interface Pending<T, R> {
  id: number;
  /** Dropped once posted: a task may be large (the text of a body chunk for the index). */
  task: T | null;
  /** Buffers of the task to move to the worker rather than copy. */
  transfer: ArrayBuffer[];
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

/** How a task is run (`WorkerPool.run`). */
export interface RunOptions {
  /** Goes before every task waiting that is not: work on the critical path overtakes the rest. */
  urgent?: boolean;
  /** Buffers of the task to move to the worker: the caller must not use them again. */
  transfer?: ArrayBuffer[];
  /**
   * Posted now, to the worker with the fewest tasks posted, even if it is busy: it starts as soon
   * as that worker is done with what it has, without waiting for this thread to hand it over.
   * For a set of tasks this thread will be too busy to hand out one by one.
   */
  eager?: boolean;
}

/**
 * A fixed set of worker threads running one kind of task, first come first served. A worker
 * takes one task at a time, but may have several posted (`eager`); results come back by task,
 * so callers keep their own order and the output never depends on which worker ran what. A
 * worker that dies fails the pool: every task in flight or waiting is rejected with its error
 * rather than left hanging.
 */
export class WorkerPool<T, R> {
  /** The tasks posted to each worker and not yet answered. */
  private readonly posted = new Map<Worker, Pending<T, R>[]>();
  private readonly waiting: Pending<T, R>[] = [];
  private readonly urgent: Pending<T, R>[] = [];
  private readonly workers: Worker[] = [];
  private failure: Error | null = null;
  private nextId = 0;

  /** Starts `size` workers on `entry`, a module that answers with `serveTasks`. */
  constructor(entry: URL, size: number) {
    for (let i = 0; i < Math.max(1, size); i++) {
      // A young generation larger than V8's default: the tasks allocate short-lived objects by
      // the million (postings, records), and at 100,000 seeds the default spent 10 s of CPU
      // more on scavenges.
      const worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: 192 } });
      worker.on('message', (reply: WorkerReply<R>) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`A compile worker stopped (exit code ${code}).`));
      });
      this.workers.push(worker);
      this.posted.set(worker, []);
    }
  }

  /** How many workers run tasks at once. */
  get size(): number {
    return this.workers.length;
  }

  /** How many tasks wait for a worker to be free (`eager` ones never do). */
  get queued(): number {
    return this.waiting.length + this.urgent.length;
  }

  /** Runs one task on the next free worker (`RunOptions` says how). */
  run(task: T, { urgent = false, transfer = [], eager = false }: RunOptions = {}): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<R>((resolve, reject) => {
      const pending = { id: this.nextId++, task, transfer, resolve, reject };
      if (eager) this.post(this.leastBusy(), pending);
      else {
        (urgent ? this.urgent : this.waiting).push(pending);
        this.dispatch();
      }
    });
  }

  /** Stops every worker; tasks not yet answered are rejected. */
  async close(): Promise<void> {
    this.failure ??= new Error('The worker pool was closed.');
    this.rejectAll(this.failure);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private leastBusy(): Worker {
    let best = this.workers[0] as Worker;
    for (const worker of this.workers) {
      if (this.load(worker) < this.load(best)) best = worker;
    }
    return best;
  }

  private load(worker: Worker): number {
    return this.posted.get(worker)?.length ?? 0;
  }

  private post(worker: Worker, pending: Pending<T, R>): void {
    this.posted.get(worker)?.push(pending);
    worker.postMessage({ id: pending.id, task: pending.task }, pending.transfer);
    pending.task = null;
    pending.transfer = [];
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.load(worker) > 0) continue;
      const pending = this.urgent.shift() ?? this.waiting.shift();
      if (!pending) return;
      this.post(worker, pending);
    }
  }

  private settle(worker: Worker, reply: WorkerReply<R>): void {
    const posted = this.posted.get(worker) ?? [];
    const at = posted.findIndex((p) => p.id === reply.id);
    const pending = posted[at];
    if (!pending) return;
    posted.splice(at, 1);
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.rejectAll(this.failure);
  }

  private rejectAll(error: Error): void {
    const posted = [...this.posted.values()].flatMap((tasks) => tasks.splice(0));
    const all = [...posted, ...this.urgent.splice(0), ...this.waiting.splice(0)];
    for (const pending of all) pending.reject(error);
  }
}

/**
 * The worker side of `WorkerPool`: answers each task posted on `port` with `run`'s result, or
 * with the message of what it threw, so one bad task fails its caller, not the worker.
 * `transferOf` names buffers of the result to move rather than copy (large binary results).
 */
export function serveTasks<R>(
  port: MessagePort,
  run: (task: never) => R | Promise<R>,
  transferOf: (result: R) => ArrayBuffer[] = () => [],
): void {
  // The task is whatever the pool's owner posted: `run` is the function written for it.
  port.on('message', ({ id, task }: { id: number; task: never }) => {
    Promise.resolve()
      .then(() => run(task))
      .then(
        (result) => {
          const reply: WorkerReply<R> = { id, ok: true, result };
          try {
            port.postMessage(reply, transferOf(result));
          } catch {
            port.postMessage(reply); // a buffer that may not move is copied instead
          }
        },
        (error: unknown) =>
          port.postMessage({
            id,
            ok: false,
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          } satisfies WorkerReply<R>),
      );
  });
}

/**
 * The buffers behind `views` that are theirs alone (not a slice of a shared pool), each once:
 * what can be transferred without taking memory from anything else.
 */
export function ownBuffers(views: Iterable<ArrayBufferView>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const view of views) {
    const { buffer } = view;
    if (
      buffer instanceof ArrayBuffer &&
      view.byteOffset === 0 &&
      view.byteLength === buffer.byteLength
    ) {
      out.add(buffer);
    }
  }
  return [...out];
}
