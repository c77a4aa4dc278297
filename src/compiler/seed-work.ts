import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { IsoDate } from '../domain/bundle/bundle.ts';
import {
  buildSearchIndex,
  gramRuns,
  indexShape,
  type IndexShape,
  type RunBlocks,
} from '../domain/search/build/build-search-index.ts';
import { docFacts } from '../domain/search/build/doc-facts.ts';
import { inFileOrder } from '../domain/search/build/recency-order.ts';
import type { SearchDoc } from '../domain/search/query/search-types.ts';
import type { KeywordInput } from '../domain/tagging/topics/extract-keywords.ts';
import type { PackedWords, TaggedItem } from './item-tags.ts';
import { pruneRuns, type SeedCache } from './seed-cache.ts';
import {
  blockBuffers,
  bodySink,
  runSeedTask,
  type BuiltIndex,
  type ReadSeeds,
  type SeedTask,
  type SeedTaskResult,
} from './seed-task.ts';
import { makeSpillDir, removeOrphanSpillDirs } from './spill-dirs.ts';
import { closeSpillReads, linesOf, type Lines } from './spilled-lines.ts';
import { WorkerPool, type RunOptions } from './worker-pool.ts';
import { writeFilesHere, type BatchWriter } from './write-bundle-dir.ts';

/**
 * The work of a compile that depends on one seed, one title or one file alone, plus the search
 * index: it can run on this thread or be spread over worker threads. Either way the answers
 * come back in the order asked, so the output does not depend on where they were computed.
 */
export interface SeedWork {
  /**
   * Reads, decodes, parses and tags seed files (absolute paths), named relative to `cwd`, as of
   * the build day `today`. On worker threads the keywords are left to count
   * (`SeedRecord.words` null, `lead` what they are counted from), so that linking can start
   * sooner; and with `spill`, the articles' paragraphs are left on disk (`Lines`) until the
   * work is closed.
   */
  readSeeds(paths: readonly string[], options: ReadOptions): Promise<ReadSeeds>;
  /** Tags teasers, which are known by their titles only, and counts their keywords. */
  tagTitles(titles: readonly string[]): Promise<TaggedItem[]>;
  /** Counts candidate keywords of articles read without them (`keywordText` of each item is
   * all it needs). */
  countWords(items: readonly KeywordInput[]): Promise<PackedWords[]>;
  /**
   * Builds the search index (`buildSearchIndex`); the thread that indexes a run reads its spilled
   * paragraphs back. With a `cache`, the runs built before are taken from it (worker threads).
   * With `bodiesTo` (a bundle folder), the body shards' files are written there as they are made
   * (`BuiltIndex.bodiesWritten`) rather than handed back.
   */
  buildIndex(
    docs: readonly SearchDoc<Lines>[],
    cache?: SeedCache | null,
    bodiesTo?: string | null,
  ): Promise<BuiltIndex>;
  /** Writes a batch of bundle files (`writeBundleDir` hands them over). */
  writeFiles: BatchWriter;
  /** How many threads share the work. */
  readonly threads: number;
  /** Frees the threads, if any. */
  close(): Promise<void>;
}

/** How seeds are read (`SeedWork.readSeeds`). */
export interface ReadOptions {
  cwd: string;
  today: IsoDate;
  cache?: SeedCache | null;
  /**
   * Leave the paragraphs on disk (worker threads only): for a compile that keeps no seeds, which
   * reads them once more, to write them.
   */
  spill?: boolean;
}

/** Everything on the calling thread: for small compiles, where starting workers costs more. */
export const inThreadSeedWork: SeedWork = {
  threads: 1,
  // Nothing is spilled here: a compile on one thread is a small one.
  readSeeds: async (paths, { cwd, today, cache }) =>
    (await runSeedTask({ kind: 'read', paths, cwd, countWords: true, today, cache })) as ReadSeeds,
  tagTitles: async (titles) => (await runSeedTask({ kind: 'tag', titles })) as TaggedItem[],
  countWords: async (items) => (await runSeedTask({ kind: 'words', items })) as PackedWords[],
  // Nothing is spilled on this thread (`readSeeds`): the paragraphs are all in memory.
  buildIndex: (docs, _cache, bodiesTo = null) => {
    const sink = bodySink(bodiesTo);
    const text = docs.map((d) => ({ ...d, paragraphs: linesOf(d.paragraphs) }));
    const files = buildSearchIndex(text, {}, sink?.put);
    return Promise.resolve({ ...files, bodiesWritten: sink?.report ?? null });
  },
  writeFiles: writeFilesHere,
  close: async () => {},
};

/** Items per task, by kind: large enough that messaging is noise, small enough to balance. */
const SEEDS_PER_TASK = 250;
const TITLES_PER_TASK = 2000;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

/**
 * The work spread over `threads` worker threads. Workers load the TypeScript sources through
 * tsx (`seed-worker-entry.js`), so this runs the same under the `tsx` CLI, in Vite's config
 * loader and in vitest. Work on the compile's critical path does not wait for this thread to
 * hand it out: the teasers' tags (the index waits for them; this thread groups stories
 * meanwhile) and the index's runs are posted at once (`eager`), and the index's assembly
 * overtakes whatever waits (`urgent`).
 */
export function workerSeedWork(threads = defaultThreads()): SeedWork {
  collectSooner();
  const pool = new WorkerPool<SeedTask, SeedTaskResult>(
    new URL('./seed-worker-entry.js', import.meta.url),
    threads,
  );
  const inChunks = async <T, R>(
    items: readonly T[],
    size: number,
    task: (part: T[]) => SeedTask,
    options: RunOptions = {},
  ): Promise<R[]> => {
    const parts = chunks(items, size).map((part) => pool.run(task(part), options));
    return ((await Promise.all(parts)) as R[][]).flat();
  };
  // Where the workers leave the paragraphs they read, once a read asks them to; removed on close.
  let spilled: { dir: string; remove: () => void } | null = null;
  return {
    threads: pool.size,
    async readSeeds(paths, { cwd, today, cache, spill = false }) {
      if (spill && !spilled) {
        removeOrphanSpillDirs();
        spilled = makeSpillDir();
      }
      const spillDir = spill ? spilled?.dir : null;
      const parts = chunks(paths, SEEDS_PER_TASK).map(
        (part) =>
          pool.run({
            kind: 'read',
            paths: part,
            cwd,
            // Counted later, while this thread links (unless the records go to the cache).
            countWords: false,
            today,
            cache,
            spillDir,
          }) as Promise<ReadSeeds>,
      );
      const read = await Promise.all(parts);
      return {
        records: read.flatMap((r) => r.records),
        keys: read.flatMap((r) => r.keys),
        hits: read.reduce((sum, r) => sum + r.hits, 0),
      };
    },
    tagTitles: (titles) =>
      inChunks(titles, TITLES_PER_TASK, (part) => ({ kind: 'tag', titles: part }), {
        eager: true,
      }),
    // One task per worker: the words are counted while this thread links the seeds, which
    // blocks it for seconds, so a worker done with a small task would wait idle for the next.
    countWords: (items) =>
      inChunks(items, Math.max(1, Math.ceil(items.length / pool.size)), (part) => ({
        kind: 'words',
        items: part,
      })),
    buildIndex(docs, cache = null, bodiesTo = null) {
      // Titles and each body chunk are built apart, over every thread; only grouping the blocks
      // into shards needs them all. Not async: the documents, text and all, are let go once the
      // runs are built, not held while the shards are assembled.
      const shape = indexShape();
      const ordered = inFileOrder(docs);
      const started = Date.now();
      return runBlocksOnWorkers(pool, ordered, shape, cache).then(async ([title, ...bodies]) => {
        if (cache) await pruneRuns(cache, started);
        // On a worker too: it takes seconds, which this thread spends feeding the writers.
        const task: SeedTask = {
          kind: 'assemble',
          docs: ordered.map(docFacts),
          title,
          bodies,
          shape,
          bodiesTo,
        };
        const transfer = [title, ...bodies].flatMap(blockBuffers);
        return pool.run(task, { urgent: true, transfer }) as Promise<BuiltIndex>;
      });
    },
    async writeFiles(dir, files) {
      // The batch's buffers are its own (`BatchWriter`): they move to the worker, not copied.
      const buffers = new Set(
        files.flatMap(({ body }) => (typeof body === 'string' ? [] : [body.buffer as ArrayBuffer])),
      );
      return (await pool.run({ kind: 'write', dir, files }, { transfer: [...buffers] })) as number;
    },
    async close() {
      await pool.close();
      if (!spilled) return;
      closeSpillReads(spilled.dir);
      spilled.remove();
      spilled = null;
    },
  };
}

/**
 * The blocks of every gram run (`gramRuns`: the titles, then each body chunk), built on the
 * workers. The runs are posted at once (`eager`), as the documents' `Lines`: the workers read the
 * spilled text themselves, so this thread copies no text, and they go from run to run while it
 * ranks keywords and lays the items out, which block it for seconds. Handed out one by one as
 * workers came free, the runs waited on this thread: the workers idled for about 10 s each at
 * 100,000 seeds.
 */
function runBlocksOnWorkers(
  pool: WorkerPool<SeedTask, SeedTaskResult>,
  ordered: readonly SearchDoc<Lines>[],
  shape: IndexShape,
  cache: SeedCache | null,
): Promise<[RunBlocks, ...RunBlocks[]]> {
  const runs = gramRuns(
    ordered,
    shape.chunkSize,
    (d): Lines => [d.title],
    (d) => d.paragraphs,
  );
  const blocks = Array.from(
    runs,
    (run) =>
      pool.run(
        { kind: 'grams', field: run.field, lines: run.texts, from: run.from, cache },
        { eager: true },
      ) as Promise<RunBlocks>,
  );
  return Promise.all(blocks) as Promise<[RunBlocks, ...RunBlocks[]]>;
}

/**
 * Has every heap of the process (this thread's and the workers') collect its garbage once it has
 * grown by half since the last full collection, where V8 lets a busy heap grow up to fourfold.
 * A large compile makes garbage by the gigabyte (each item's counted words unpacked, its JSON,
 * the postings of each run) around a live heap of a few hundred megabytes; at 100,000 seeds V8's
 * own pace let the main thread's heap reach 1.4 GB around 700 MB of live objects, and the
 * workers' 800 MB around 150. Measured there (docs/scaling.md, "Memory"): peak RSS 2.4–2.5 GB
 * instead of 3.0–3.4 GB, in the same time. A V8 flag, so it holds for the whole process from
 * here on, which only a large compile starts.
 */
function collectSooner(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/** One worker per core the process may use. */
export function defaultThreads(): number {
  return availableParallelism();
}

/**
 * Below this many seeds a compile stays on one thread: starting a worker (loading tsx, the
 * division table and pinyin) costs about a second, and handing seeds, keywords and the index
 * between threads about a sixth more work in all, which a few thousand seeds do not repay.
 */
export const WORKER_THRESHOLD = 5000;

/**
 * Where a compile of `seeds` seeds runs its per-seed work: `threads` workers when asked (0: this
 * thread), else one per core for a large compile and this thread for a small one.
 */
export function seedWorkFor(seeds: number, threads?: number): SeedWork {
  const count = threads ?? (seeds >= WORKER_THRESHOLD ? defaultThreads() : 0);
  return count > 0 ? workerSeedWork(count) : inThreadSeedWork;
}
