import { availableParallelism } from 'node:os';
import { buildSearchIndex, type SearchIndexFiles } from '../domain/search/build-search-index.ts';
import type { SearchDoc } from '../domain/search/search-types.ts';
import type { KeywordInput } from '../domain/topics/extract-keywords.ts';
import { inBatches } from './in-batches.ts';
import {
  analyseItem,
  countItemWords,
  teaserText,
  type ItemAnalysis,
  type PackedWords,
} from './item-tags.ts';
import { readSeedFile } from './seed-files.ts';
import { parseSource, type SeedRecord } from './seed-record.ts';
import { WorkerPool, ownBuffers } from './worker-pool.ts';
import {
  writeFilesHere,
  writeFilesSync,
  type BatchWriter,
  type FileToWrite,
} from './write-bundle-dir.ts';

/**
 * The work of a compile that depends on one seed, one title or one file alone, plus the search
 * index: it can run on this thread or be spread over worker threads. Either way the answers
 * come back in the order asked, so the output does not depend on where they were computed.
 */
export interface SeedWork {
  /**
   * Reads, decodes, parses and tags seed files (absolute paths), named relative to `cwd`. On
   * worker threads the keywords are left to count (`SeedRecord.words` null), so that linking
   * can start sooner.
   */
  readSeeds(paths: readonly string[], cwd: string): Promise<SeedRecord[]>;
  /** Tags teasers, which are known by their titles only: urgent, the index waits for them. */
  tagTitles(titles: readonly string[]): Promise<ItemAnalysis[]>;
  /** Counts candidate keywords (`keywordText` of each item is all it needs): not urgent. */
  countWords(items: readonly KeywordInput[]): Promise<PackedWords[]>;
  /** Builds the search index (`buildSearchIndex`): urgent, the longest single step. */
  buildIndex(docs: readonly SearchDoc[]): Promise<SearchIndexFiles>;
  /** Writes a batch of bundle files (`writeBundleDir` hands them over). */
  writeFiles: BatchWriter;
  /** How many threads share the work. */
  readonly threads: number;
  /** Frees the threads, if any. */
  close(): Promise<void>;
}

/**
 * A search document as it crosses to a worker: its paragraphs joined by line breaks, which no
 * paragraph holds (a paragraph is a line), so that a hundred thousand bodies cross as a hundred
 * thousand strings rather than millions.
 */
type PackedDoc = Omit<SearchDoc, 'body'> & { body: string; paragraphs: number };

const packDoc = (doc: SearchDoc): PackedDoc => ({
  ...doc,
  body: doc.body.join('\n'),
  paragraphs: doc.body.length,
});

function unpackDoc({ paragraphs, ...doc }: PackedDoc): SearchDoc {
  const body = paragraphs === 0 ? [] : doc.body.split('\n');
  if (body.length !== paragraphs) throw new Error(`A paragraph of ${doc.id} holds a line break.`);
  return { ...doc, body };
}

/** One unit of `SeedWork` as a worker receives it. */
export type SeedTask =
  | { kind: 'read'; paths: readonly string[]; cwd: string; countWords: boolean }
  | { kind: 'tag'; titles: readonly string[] }
  | { kind: 'words'; items: readonly KeywordInput[] }
  | { kind: 'index'; docs: readonly PackedDoc[] }
  | { kind: 'write'; dir: string; files: readonly FileToWrite[] };

/** What a task gives back. */
export type SeedTaskResult =
  SeedRecord[] | ItemAnalysis[] | PackedWords[] | SearchIndexFiles | number;

/** Runs one task: what a worker does with each message, and the in-thread path too. */
export async function runSeedTask(task: SeedTask): Promise<SeedTaskResult> {
  switch (task.kind) {
    case 'tag':
      return task.titles.map((title) => analyseItem(teaserText(title)));
    case 'words':
      return task.items.map((item) => countItemWords(item));
    case 'index':
      return buildSearchIndex(task.docs.map(unpackDoc));
    case 'write':
      return writeFilesSync(task.dir, task.files);
    case 'read': {
      // Reads finish in any order; each record goes back to the place it was asked for.
      const records = new Array<SeedRecord>(task.paths.length);
      await inBatches(
        task.paths.map((file, i) => [file, i] as const),
        async ([file, i]) => {
          records[i] = parseSource(await readSeedFile(file, task.cwd), task.countWords);
        },
      );
      return records;
    }
  }
}

/** The buffers of a task's result to move to the caller rather than copy: the index shards. */
export function seedTaskTransfer(result: SeedTaskResult): ArrayBuffer[] {
  return typeof result === 'object' && 'shards' in result ? ownBuffers(result.shards.values()) : [];
}

/** Everything on the calling thread: for small compiles, where starting workers costs more. */
export const inThreadSeedWork: SeedWork = {
  threads: 1,
  readSeeds: async (paths, cwd) =>
    (await runSeedTask({ kind: 'read', paths, cwd, countWords: true })) as SeedRecord[],
  tagTitles: async (titles) => (await runSeedTask({ kind: 'tag', titles })) as ItemAnalysis[],
  countWords: async (items) => (await runSeedTask({ kind: 'words', items })) as PackedWords[],
  buildIndex: (docs) => Promise.resolve(buildSearchIndex(docs)),
  writeFiles: writeFilesHere,
  close: async () => {},
};

/** Items per task, by kind: large enough that messaging is noise, small enough to balance. */
const SEEDS_PER_TASK = 250;
const TITLES_PER_TASK = 2000;
const WORD_ITEMS_PER_TASK = 500;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

/**
 * The work spread over `threads` worker threads. Workers load the TypeScript sources through
 * tsx (`seed-worker-entry.js`), so this runs the same under the `tsx` CLI, in Vite's config
 * loader and in vitest.
 */
export function workerSeedWork(threads = defaultThreads()): SeedWork {
  const pool = new WorkerPool<SeedTask, SeedTaskResult>(
    new URL('./seed-worker-entry.js', import.meta.url),
    threads,
  );
  const inChunks = async <T, R>(
    items: readonly T[],
    size: number,
    task: (part: T[]) => SeedTask,
    urgent = false,
  ): Promise<R[]> => {
    const parts = chunks(items, size).map((part) => pool.run(task(part), urgent));
    return ((await Promise.all(parts)) as R[][]).flat();
  };
  return {
    threads: pool.size,
    readSeeds: (paths, cwd) =>
      inChunks(paths, SEEDS_PER_TASK, (part) => ({
        kind: 'read',
        paths: part,
        cwd,
        countWords: false,
      })),
    tagTitles: (titles) =>
      inChunks(titles, TITLES_PER_TASK, (part) => ({ kind: 'tag', titles: part }), true),
    countWords: (items) =>
      inChunks(items, WORD_ITEMS_PER_TASK, (part) => ({ kind: 'words', items: part })),
    async buildIndex(docs) {
      const task: SeedTask = { kind: 'index', docs: docs.map(packDoc) };
      return (await pool.run(task, true)) as SearchIndexFiles;
    },
    async writeFiles(dir, files) {
      return (await pool.run({ kind: 'write', dir, files })) as number;
    },
    close: () => pool.close(),
  };
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
