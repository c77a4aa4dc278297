import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool, ownBuffers } from '../../../src/compiler/worker-pool.ts';

type Task = { echo?: number; wait?: number; fail?: string; crash?: boolean };
const entry = new URL('../../support/workers/echo-worker.js', import.meta.url);
let pool: WorkerPool<Task, number> | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the worker pool', () => {
  it('answers every task, in the order asked, whichever worker finishes first', async () => {
    const three = new WorkerPool<Task, number>(entry, 3);
    pool = three;
    const tasks = Array.from({ length: 20 }, (_, i) => ({ echo: i, wait: (20 - i) % 7 }));
    expect(await Promise.all(tasks.map((t) => three.run(t)))).toEqual(tasks.map((t) => t.echo));
  });

  it('posts eager tasks at once, several to a worker, and matches each answer to its task', async () => {
    const two = new WorkerPool<Task, number>(entry, 2);
    pool = two;
    // Later tasks answer sooner: one worker's answers come back out of order.
    const eager = Array.from({ length: 7 }, (_, i) =>
      two.run({ echo: i, wait: 7 - i }, { eager: true }),
    );
    const later = two.run({ echo: 100 });
    expect(two.queued).toBe(1);
    expect(await Promise.all(eager)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(await later).toBe(100);
    expect(two.queued).toBe(0);
  });

  it('fails the caller of a task that failed, and goes on with the others', async () => {
    pool = new WorkerPool<Task, number>(entry, 1);
    await expect(pool.run({ fail: 'bad seed' })).rejects.toThrow('bad seed');
    expect(await pool.run({ echo: 1 })).toBe(1);
  });

  it('rejects what is in flight and what waits when a worker dies, rather than hang', async () => {
    pool = new WorkerPool<Task, number>(entry, 1);
    const crashed = pool.run({ crash: true });
    const waiting = pool.run({ echo: 1 });
    await expect(crashed).rejects.toThrow(/exit code 3/);
    await expect(waiting).rejects.toThrow(/exit code 3/);
    await expect(pool.run({ echo: 2 })).rejects.toThrow(/exit code 3/);
  });
});

describe('buffers moved between threads', () => {
  it('are only those a view owns whole, each once', () => {
    const own = new Uint8Array(8);
    const shared = new ArrayBuffer(16);
    expect(ownBuffers([own, own, new Uint8Array(shared, 0, 8), new Uint8Array(shared)])).toEqual([
      own.buffer,
      shared,
    ]);
  });
});
