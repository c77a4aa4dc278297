/** Files in flight at once: enough to keep the disk busy, far below the open-file limit. */
export const IO_CONCURRENCY = 64;

/** Runs `work` over `items`, at most `IO_CONCURRENCY` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += IO_CONCURRENCY) {
    await Promise.all(items.slice(i, i + IO_CONCURRENCY).map(work));
  }
}

/**
 * Runs `work` over items taken from `items` one at a time as earlier ones finish, at most `limit`
 * in flight: the items may be made lazily (a generator), so only those in flight exist at once.
 * Stops taking items at the first failure and rejects with it once those in flight settle.
 */
export async function eachInFlight<T>(
  items: Iterable<T> | AsyncIterable<T>,
  work: (item: T) => Promise<unknown>,
  limit = IO_CONCURRENCY,
): Promise<void> {
  const running = new Set<Promise<unknown>>();
  const failures: unknown[] = [];
  for await (const item of items) {
    if (failures.length > 0) break;
    const job: Promise<unknown> = work(item).then(
      () => running.delete(job),
      (error: unknown) => {
        failures.push(error);
        running.delete(job);
      },
    );
    running.add(job);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  if (failures.length > 0) throw failures[0];
}
