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
