/**
 * One unit of `SeedWork` (seed-work.ts) as a worker receives it, and what it gives back: what a
 * compile worker does with each message, and the thread that compiles alone with each call.
 */
import { bundlePaths, type IsoDate } from '../domain/bundle/bundle.ts';
import {
  assembleSearchIndex,
  runBlocks,
  type IndexShape,
  type RunBlocks,
  type SearchIndexFiles,
} from '../domain/search/build/build-search-index.ts';
import type { DocFacts } from '../domain/search/build/doc-facts.ts';
import type { SearchField } from '../domain/search/format/index-format.ts';
import type { KeywordInput } from '../domain/tagging/topics/extract-keywords.ts';
import { teaserText } from '../domain/tagging/tag-item.ts';
import { inBatches } from './in-batches.ts';
import { countItemWords, tagAndCountItem, type PackedWords, type TaggedItem } from './item-tags.ts';
import {
  cachedRecord,
  cachedRun,
  keepRecord,
  keepRun,
  runCacheKey,
  seedCacheKey,
  type SeedCache,
} from './seed-cache.ts';
import { readSeedFile } from './seed-files.ts';
import { parseSource, type SeedRecord } from './seed-record.ts';
import { closeSpillReads, joinedLines, lineSpill, type Lines } from './spilled-lines.ts';
import { ownBuffers } from './worker-pool.ts';
import {
  fileSink,
  writeFilesSync,
  type FileToWrite,
  type FilesWrittenElsewhere,
} from './write-bundle-dir.ts';

/**
 * Seeds read: their records in the order asked, and with a cache (`--cache`), each one's entry
 * (null for a seed that could not be read) and how many were found there rather than parsed.
 */
export interface ReadSeeds {
  records: SeedRecord[];
  keys: (string | null)[];
  hits: number;
}

/** One unit of `SeedWork` as a worker receives it. */
export type SeedTask =
  | {
      kind: 'read';
      paths: readonly string[];
      cwd: string;
      countWords: boolean;
      today: IsoDate;
      cache?: SeedCache | null;
      /** The folder to spill the paragraphs to (`LineSpill`), if any. */
      spillDir?: string | null;
    }
  | { kind: 'tag'; titles: readonly string[] }
  | { kind: 'words'; items: readonly KeywordInput[] }
  | {
      kind: 'grams';
      field: SearchField;
      lines: readonly Lines[];
      from: number;
      cache: SeedCache | null;
    }
  | {
      kind: 'assemble';
      docs: readonly DocFacts[];
      title: RunBlocks;
      bodies: RunBlocks[];
      shape: IndexShape;
      bodiesTo: string | null;
    }
  | { kind: 'write'; dir: string; files: readonly FileToWrite[] };

/** The index as `SeedWork.buildIndex` makes it: what it wrote itself, if anything, besides. */
export type BuiltIndex = SearchIndexFiles & { bodiesWritten: FilesWrittenElsewhere | null };

/** What a task gives back. */
export type SeedTaskResult =
  ReadSeeds | TaggedItem[] | PackedWords[] | RunBlocks | BuiltIndex | number;

/** Runs one task: what a worker does with each message, and the in-thread path too. */
export async function runSeedTask(task: SeedTask): Promise<SeedTaskResult> {
  switch (task.kind) {
    case 'tag':
      return task.titles.map((title) => tagAndCountItem(teaserText(title)));
    case 'words':
      return task.items.map((item) => countItemWords(item));
    case 'grams':
      try {
        return await keptRunBlocks(task.field, task.lines.map(joinedLines), task.from, task.cache);
      } finally {
        // A worker's reads of the spill files end with the run: no descriptor outlives it.
        closeSpillReads();
      }
    case 'assemble': {
      const sink = bodySink(task.bodiesTo);
      const files = assembleSearchIndex(task.docs, task.title, task.bodies, task.shape, sink?.put);
      return { ...files, bodiesWritten: sink?.report ?? null };
    }
    case 'write':
      return writeFilesSync(task.dir, task.files);
    case 'read': {
      // Reads finish in any order; each record goes back to the place it was asked for.
      const { cache, today } = task;
      // A record kept has its keywords counted, so that a compile taking it from the cache
      // does not count them again (26 s of the workers' time at 100,000 seeds).
      const countWords = task.countWords || Boolean(cache);
      const read: ReadSeeds = {
        records: new Array<SeedRecord>(task.paths.length),
        keys: new Array<string | null>(task.paths.length).fill(null),
        hits: 0,
      };
      const spill = task.spillDir ? lineSpill(task.spillDir) : null;
      await inBatches(
        task.paths.map((file, i) => [file, i] as const),
        async ([file, i]) => {
          const source = readSeedFile(file, task.cwd);
          const key = cache && 'bytes' in source ? seedCacheKey(cache, { ...source, today }) : null;
          const kept = key && cache ? cachedRecord(cache, key) : null;
          if (kept) read.hits++;
          const record = kept ?? parseSource(source, countWords, { today });
          if (key && cache && !kept) await keepRecord(cache, key, record);
          if (spill && record.input) {
            const { seed } = record.input;
            record.input.seed = Object.assign({}, seed, { paragraphs: spill.add(seed.paragraphs) });
          }
          read.records[i] = record;
          read.keys[i] = key;
        },
      );
      spill?.flush();
      return read;
    }
  }
}

/** A run's blocks (`runBlocks`), taken from the cache when it kept the same run. */
async function keptRunBlocks(
  field: SearchField,
  texts: readonly string[],
  from: number,
  cache: SeedCache | null,
): Promise<RunBlocks> {
  if (!cache) return runBlocks(texts, from, field);
  const key = runCacheKey(cache, field, from, texts);
  const kept = cachedRun(cache, key);
  if (kept) return kept;
  const blocks = runBlocks(texts, from, field);
  await keepRun(cache, key, blocks);
  return blocks;
}

/** Writes the index's body shards into the bundle folder `dir` as they are made, if given. */
export function bodySink(dir: string | null) {
  if (dir === null) return null;
  const files = fileSink(dir);
  return {
    put: (key: string, bytes: Uint8Array) => files.put(bundlePaths.searchFile(key), bytes),
    report: files.report,
  };
}

/** The buffers of gram blocks, to move between threads rather than copy. */
export const blockBuffers = ({ keys, sizes, docs, ends, bytes, trigrams }: RunBlocks) =>
  ownBuffers([keys, sizes, docs, ends, bytes, trigrams]);

/** The buffers of a task's result to move to the caller rather than copy: blocks and shards. */
export function seedTaskTransfer(result: SeedTaskResult): ArrayBuffer[] {
  if (typeof result !== 'object' || Array.isArray(result) || 'records' in result) return [];
  return 'shards' in result ? ownBuffers(result.shards.values()) : blockBuffers(result);
}
