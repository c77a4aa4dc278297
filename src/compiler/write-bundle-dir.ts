import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BundleFileBody } from './bundle-files.ts';
import { BUNDLE_MARKER, BUNDLE_MARKER_TEXT, checkBundleFolder } from './bundle-out-dir.ts';
import { eachInFlight, inBatches } from './in-batches.ts';

/** What a write did: files in the bundle, files whose bytes changed, and the bundle's size. */
export interface WriteReport {
  files: number;
  written: number;
  bytes: number;
}

/** One file to write, and whether a file of that name is already there to compare with. */
export interface FileToWrite {
  name: string;
  body: BundleFileBody;
  existed: boolean;
}

/**
 * Writes a batch of files under a folder; resolves to how many had changed and were written. The
 * buffers under the batch's bytes belong to the batch (`writeBundleDir` makes them for it): a
 * writer may move them to another thread.
 */
export type BatchWriter = (dir: string, files: readonly FileToWrite[]) => Promise<number>;

const bytesOf = (body: BundleFileBody) => (typeof body === 'string' ? Buffer.from(body) : body);

/** `BatchWriter` on this thread, with asynchronous file operations. */
export const writeFilesHere: BatchWriter = async (dir, files) => {
  let written = 0;
  const folders = new Map<string, Promise<unknown>>();
  await inBatches(files, async ({ name, body, existed }) => {
    const target = path.join(dir, name);
    const bytes = bytesOf(body);
    if (existed && (await readFile(target).catch(() => null))?.equals(bytes)) return;
    const folder = path.dirname(target);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    await writeFile(target, bytes);
    written++;
  });
  return written;
};

/**
 * `BatchWriter`'s work with synchronous file operations, for a worker thread, where blocking
 * costs nothing and saves the promise and handle of every step of every file.
 */
export function writeFilesSync(dir: string, files: readonly FileToWrite[]): number {
  let written = 0;
  const folders = new Set<string>();
  for (const { name, body, existed } of files) {
    const target = path.join(dir, name);
    const bytes = bytesOf(body);
    if (existed) {
      let old: Buffer | null = null;
      try {
        old = readFileSync(target);
      } catch {
        // gone since it was listed: write it
      }
      if (old?.equals(bytes)) continue;
    }
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, bytes);
    written++;
  }
  return written;
}

/** Files of the bundle written as they were made, beside `writeBundleDir` (`fileSink`). */
export interface FilesWrittenElsewhere {
  names: string[];
  /** How many of them changed and were written. */
  written: number;
  bytes: number;
}

/**
 * Writes each file it is given under `dir` at once, synchronously (for a worker), unless a file
 * of that name holds the same bytes already; `report` is what `writeBundleDir` is then told.
 */
export function fileSink(dir: string): {
  put: (name: string, bytes: Uint8Array) => void;
  report: FilesWrittenElsewhere;
} {
  const report: FilesWrittenElsewhere = { names: [], written: 0, bytes: 0 };
  return {
    report,
    put(name, bytes) {
      report.names.push(name);
      report.bytes += bytes.byteLength;
      report.written += writeFilesSync(dir, [{ name, body: bytes, existed: true }]);
    },
  };
}

/**
 * A batch's files with their bytes in one buffer of its own, `size` bytes long: the JSON made for
 * them is let go at once rather than kept, on the heap, until the writer is done (at 100,000
 * seeds that garbage, kept long enough to outlive the young generation, grew the heap by
 * hundreds of megabytes), and a worker writer takes the buffer without a copy. A name found in
 * `stale` is taken out of it and marked as existing.
 */
function inOneBuffer(
  batch: readonly [string, BundleFileBody][],
  size: number,
  stale: Set<string>,
): FileToWrite[] {
  const buffer = Buffer.from(new ArrayBuffer(size));
  let at = 0;
  return batch.map(([name, body]) => {
    const start = at;
    if (typeof body === 'string') {
      at += buffer.write(body, at);
    } else {
      buffer.set(body, at);
      at += body.byteLength;
    }
    return { name, body: buffer.subarray(start, at), existed: stale.delete(name) };
  });
}

/** Files per batch handed to a writer, and bytes at which a batch is closed early. */
const BATCH_FILES = 256;
const BATCH_BYTES = 4 * 2 ** 20;

/**
 * Writes bundle files under `dir`, touching only files whose bytes changed and removing files a
 * previous compile left behind, so watchers and caches see only real changes. `dir` must be new,
 * empty or marked as a bundle folder (`checkBundleFolder`; else `OutDirRefused` is thrown before
 * anything is written), and the marker is written first, so that a compile stopped half way
 * still leaves a folder the next compile may clear. Files are taken
 * from `files` as the writers keep up, a batch at a time, so a lazily made bundle
 * (`BundleLayout.entries()`) is written without ever being held in memory as a whole.
 * `writeBatch` does the writing: on this thread by default, or on worker threads
 * (`SeedWork.writeFiles`), `parallel` batches at once. Files of the bundle written beside it
 * (`elsewhere`: the index's body shards, by the worker that makes them) are counted and kept.
 */
export async function writeBundleDir(
  dir: string,
  files:
    Iterable<readonly [string, BundleFileBody]> | AsyncIterable<readonly [string, BundleFileBody]>,
  writeBatch: BatchWriter = writeFilesHere,
  parallel = 1,
  elsewhere: Promise<FilesWrittenElsewhere | null> = Promise.resolve(null),
): Promise<WriteReport> {
  await markBundleFolder(dir);
  const stale = new Set(
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  stale.delete(BUNDLE_MARKER);

  const report: WriteReport = { files: 0, written: 0, bytes: 0 };
  async function* batches(): AsyncGenerator<FileToWrite[]> {
    let batch: [string, BundleFileBody][] = [];
    let bytes = 0;
    for await (const [name, body] of files) {
      const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
      report.files++;
      report.bytes += size;
      bytes += size;
      batch.push([name, body]);
      if (batch.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
        yield inOneBuffer(batch, bytes, stale);
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length > 0) yield inOneBuffer(batch, bytes, stale);
  }
  await eachInFlight(
    batches(),
    async (batch) => {
      const written = await writeBatch(dir, batch);
      report.written += written;
    },
    Math.max(1, parallel),
  );
  const other = await elsewhere;
  for (const name of other?.names ?? []) stale.delete(name);
  report.files += other?.names.length ?? 0;
  report.written += other?.written ?? 0;
  report.bytes += other?.bytes ?? 0;
  await inBatches([...stale], (name) => rm(path.join(dir, name)));
  return report;
}

/**
 * Makes `dir` a bundle folder, after `checkBundleFolder`: created if need be, with the marker
 * written first, so that a compile stopped half way leaves a folder the next one may clear.
 */
export async function markBundleFolder(dir: string): Promise<void> {
  await checkBundleFolder(dir);
  await mkdir(dir, { recursive: true });
  const marker = path.join(dir, BUNDLE_MARKER);
  if ((await readFile(marker, 'utf8').catch(() => null)) !== BUNDLE_MARKER_TEXT) {
    await writeFile(marker, BUNDLE_MARKER_TEXT);
  }
}
