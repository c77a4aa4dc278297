import { createHash } from 'node:crypto';
import { readFileSync, utimesSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultDeserializer, serialize } from 'node:v8';
import type { IsoDate } from '../domain/bundle/bundle.ts';
import type { RunBlocks } from '../domain/search/build/build-search-index.ts';
import type { SearchField } from '../domain/search/format/index-format.ts';
import { inBatches } from './in-batches.ts';
import type { TaggedItem } from './item-tags.ts';
import type { SeedRecord } from './seed-record.ts';

/**
 * A folder of parsed seeds kept between compiles (`--cache DIR`), and the version of the code
 * that parsed them: an entry is found again only for the same bytes, name, build day and code.
 */
export interface SeedCache {
  dir: string;
  version: string;
}

// What a seed's parse depends on besides its bytes: the compiler and the domain code, their
// word lists and tables, and the locked dependencies (OpenCC, pinyin, the division table).
const SRC = fileURLToPath(new URL('..', import.meta.url));
const CODE = ['compiler', 'domain'].map((folder) => path.join(SRC, folder));
const LOCK_FILE = path.join(SRC, '..', 'package-lock.json');

/** A hash of everything a seed's parse depends on besides the seed: the code and its data. */
export async function parserVersion(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const dir of CODE) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  files.sort();
  for (const file of [...files, LOCK_FILE]) {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    hash.update(`${path.relative(SRC, file)}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The cache folder `dir` for this code, made if missing. */
export async function openSeedCache(dir: string): Promise<SeedCache> {
  await mkdir(dir, { recursive: true });
  return { dir: path.resolve(dir), version: await parserVersion() };
}

/** What an entry is found by. */
export interface SeedCacheKey {
  file: string;
  bytes: Uint8Array;
  today: IsoDate;
}

/** The entry's name: a hash of what the parse depends on. */
export function seedCacheKey(cache: SeedCache, key: SeedCacheKey): string {
  return createHash('sha256')
    .update(`${cache.version}\0${key.file}\0${key.today}\0`)
    .update(key.bytes)
    .digest('hex')
    .slice(0, 32);
}

// 256 folders by the key's first two digits, so that no folder holds 100,000 entries.
const entryPath = (cache: SeedCache, key: string) =>
  path.join(cache.dir, key.slice(0, 2), `${key.slice(2)}.v8`);

/**
 * The record kept under `key`, or null: never kept, or unreadable (it is then parsed again).
 * Read synchronously, as seeds are (`readSeedFile`).
 */
export function cachedRecord(cache: SeedCache, key: string): SeedRecord | null {
  try {
    return deserializeOwned(readFileSync(entryPath(cache, key))) as SeedRecord;
  } catch {
    return null;
  }
}

/** Node's own reading of a typed array (`DefaultDeserializer`): a view of the bytes read. */
const readView = (
  DefaultDeserializer.prototype as unknown as {
    _readHostObject: (this: DefaultDeserializer) => NodeJS.TypedArray;
  }
)._readHostObject;

class OwnedDeserializer extends DefaultDeserializer {
  _readHostObject() {
    return readView.call(this).slice();
  }
}

/**
 * `deserialize`, with each typed array in a buffer of its own. Node's makes it a view of the
 * bytes read, and a view sent to another thread takes its whole buffer along: each record from
 * the cache carried a copy of its entire entry to the main thread (650 MB at 100,000 seeds).
 */
export function deserializeOwned(bytes: NodeJS.TypedArray): unknown {
  const reader = new OwnedDeserializer(bytes);
  reader.readHeader();
  return reader.readValue();
}

/**
 * Keeps `record` under `key`. Written beside and renamed into place, so that a compile stopped
 * half way, or two at once, never leave half an entry; a failed write only costs the next parse.
 */
export async function keepRecord(cache: SeedCache, key: string, record: SeedRecord) {
  await writeWhole(entryPath(cache, key), serialize(record));
}

/** Writes `bytes` to `target` beside it and renames them into place; a failure is let go. */
async function writeWhole(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    // The folder is made when a write finds it missing: a recursive mkdir before every write,
    // of a folder nearly always there, took a first compile's workers 4.5 s each at 100,000 seeds.
    await writeFile(temporary, bytes).catch(async () => {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temporary, bytes);
    });
    await rename(temporary, target);
  } catch {
    await rm(temporary, { force: true });
  }
}

// Beside the entries' folders: the teasers of the last compile, tagged by title.
const TEASERS_FILE = 'teasers.v8';

/** The teasers' tags the last compile kept by title, if this code tagged them; else none. */
export async function cachedTeaserTags(cache: SeedCache): Promise<Map<string, TaggedItem>> {
  const bytes = await readFile(path.join(cache.dir, TEASERS_FILE)).catch(() => null);
  try {
    const kept =
      bytes && (deserializeOwned(bytes) as { version: string; tags: Map<string, TaggedItem> });
    return kept && kept.version === cache.version ? kept.tags : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Keeps the teasers' tags by title for the next compile: a teaser is a list title, and the same
 * titles are listed day after day (153,130 of them at 100,000 seeds, 5–8 s to tag).
 */
export async function keepTeaserTags(cache: SeedCache, tags: ReadonlyMap<string, TaggedItem>) {
  await writeWhole(path.join(cache.dir, TEASERS_FILE), serialize({ version: cache.version, tags }));
}

/**
 * Removes the entries no seed of this compile used (seeds changed or gone, older code), so that
 * the folder holds one compile's worth; returns how many went.
 */
export async function pruneSeedCache(cache: SeedCache, used: ReadonlySet<string>) {
  const unused = (await readdir(cache.dir, { recursive: true, withFileTypes: true }))
    .filter(
      (e) =>
        e.isFile() &&
        e.parentPath !== cache.dir &&
        e.parentPath !== runsDir(cache) &&
        !used.has(`${path.basename(e.parentPath)}${e.name.replace(/\.v8$/, '')}`),
    )
    .map((e) => path.join(e.parentPath, e.name));
  await inBatches(unused, (file) => rm(file, { force: true }));
  return unused.length;
}

// Beside the seeds' entries: the index's gram runs (`gramRuns`), by what they read.
const runsDir = (cache: SeedCache) => path.join(cache.dir, 'runs');
const runPath = (cache: SeedCache, key: string) => path.join(runsDir(cache), `${key}.v8`);

/**
 * A run's entry name: a hash of the code, the run's first document number and its texts. A body
 * chunk whose documents and numbers did not change since the last compile (`inFileOrder` keeps
 * the old ones in place) is found again; the titles, which change every day, are built anew.
 */
export function runCacheKey(
  cache: SeedCache,
  field: SearchField,
  from: number,
  texts: readonly string[],
): string {
  const hash = createHash('sha256').update(
    `${cache.version}\0${field}\0${from}\0${texts.length}\0`,
  );
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The blocks kept under `key`, or null; a run found is marked as used now (`pruneRuns`). */
export function cachedRun(cache: SeedCache, key: string): RunBlocks | null {
  try {
    const file = runPath(cache, key);
    const blocks = deserializeOwned(readFileSync(file)) as RunBlocks;
    const now = new Date();
    utimesSync(file, now, now);
    return blocks;
  } catch {
    return null;
  }
}

/** Keeps a run's blocks under `key`, as `keepRecord` keeps a seed's record. */
export async function keepRun(cache: SeedCache, key: string, blocks: RunBlocks) {
  await writeWhole(runPath(cache, key), serialize(blocks));
}

/** Removes the runs no compile used or made since `since` (ms): one compile's worth stays. */
export async function pruneRuns(cache: SeedCache, since: number): Promise<void> {
  const files = await readdir(runsDir(cache)).catch(() => []);
  await inBatches(files, async (name) => {
    const file = path.join(runsDir(cache), name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Infinity }));
    if (mtimeMs < since) await rm(file, { force: true });
  });
}
