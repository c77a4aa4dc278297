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
