import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleFileBody } from '../../../src/compiler/bundle-files.ts';
import { IncrementalCompile } from '../../../src/compiler/compile-seeds.ts';
import { deserialize, serialize } from 'node:v8';
import {
  deserializeOwned,
  openSeedCache,
  seedCacheKey,
  type SeedCache,
} from '../../../src/compiler/seed-cache.ts';
import { listSeedFiles } from '../../../src/compiler/seed-files.ts';
import {
  inThreadSeedWork,
  workerSeedWork,
  type SeedWork,
} from '../../../src/compiler/seed-work.ts';
import { runBlocks } from '../../../src/domain/search/build/build-search-index.ts';
import { generateSeeds } from '../../support/generate-seeds.ts';

const TODAY = '2025-12-31';
let root = '';
let seedsDir = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'seed-cache-'));
  seedsDir = path.join(root, 'seeds');
  await mkdir(seedsDir, { recursive: true });
  for (const { file, text } of generateSeeds(60, 5)) {
    await writeFile(path.join(seedsDir, file), text);
  }
  await writeFile(path.join(seedsDir, 'broken.txt'), new Uint8Array([0, 1, 2]));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * Compiles the seeds folder as it is now, through `cache` if given; `tagged` counts the teaser
 * titles it tagged, `counted` the articles whose keywords it counted after reading them.
 */
async function compile(seedWork: SeedWork, cache: SeedCache | null) {
  let tagged = 0;
  let counted = 0;
  const work: SeedWork = {
    ...seedWork,
    tagTitles: (titles) => {
      tagged += titles.length;
      return seedWork.tagTitles(titles);
    },
    countWords: (items) => {
      counted += items.length;
      return seedWork.countWords(items);
    },
  };
  try {
    const { paths } = await listSeedFiles(seedsDir, root);
    const compiler = new IncrementalCompile({ today: TODAY });
    const read = await compiler.setFiles(paths, root, work, cache);
    const result = await compiler.result(work);
    const files = new Map<string, BundleFileBody>();
    for await (const [name, body] of result.layout.entries()) files.set(name, body);
    const { articles } = result.summary;
    return { read, files, diagnostics: result.diagnostics, tagged, counted, articles };
  } finally {
    await work.close();
  }
}

/** The seeds' entries in a cache folder (each in a sub-folder, beside the teasers' file). */
const entries = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter(
    (e) => e.isFile() && e.parentPath !== dir,
  ).length;

describe('the seed cache (--cache)', { timeout: 120_000 }, () => {
  it('gives the same bytes and findings as a compile without it, from the first run on', async () => {
    const plain = await compile(inThreadSeedWork, null);
    const cache = await openSeedCache(path.join(root, 'cache-a'));
    const first = await compile(inThreadSeedWork, cache);
    expect(first.read?.hits).toBe(0);
    // Every readable seed was kept; the broken one is kept too (its finding is its parse).
    expect(await entries(cache.dir)).toBe(61);
    const second = await compile(inThreadSeedWork, cache);
    expect(second.read?.hits).toBe(61);
    // The teasers were tagged once, and taken from the cache the second time.
    expect(first.tagged).toBeGreaterThan(20);
    expect(first.tagged).toBe(plain.tagged);
    expect(second.tagged).toBe(0);
    for (const run of [first, second]) {
      expect([...run.files.keys()]).toEqual([...plain.files.keys()]);
      for (const [name, body] of plain.files) expect(run.files.get(name), name).toEqual(body);
      expect(run.diagnostics).toEqual(plain.diagnostics);
    }
  });

  it('parses again only the seeds that changed, and drops what no seed uses any more', async () => {
    const cache = await openSeedCache(path.join(root, 'cache-b'));
    await compile(inThreadSeedWork, cache);
    const [first, second] = (await readdir(seedsDir)).filter((f) => f !== 'broken.txt').sort();
    await writeFile(
      path.join(seedsDir, first ?? ''),
      '一所学校的新标题\n\n正文第一段，说明变化。\n',
    );
    await rm(path.join(seedsDir, second ?? ''));
    const again = await compile(inThreadSeedWork, cache);
    expect(again.read?.hits).toBe(59);
    expect(again.read?.removed).toBe(2);
    expect(await entries(cache.dir)).toBe(60);
  });

  it('is not used across code versions or build days', async () => {
    const cache = await openSeedCache(path.join(root, 'cache-c'));
    await compile(inThreadSeedWork, cache);
    const otherCode = await compile(inThreadSeedWork, { ...cache, version: 'another' });
    expect(otherCode.read?.hits).toBe(0);
    expect(otherCode.tagged).toBeGreaterThan(20);
    // A date after the build day is no publication date: another day, another parse.
    const key = { file: 'a.txt', bytes: new Uint8Array([1]), today: TODAY };
    expect(seedCacheKey(cache, key)).not.toBe(seedCacheKey(cache, { ...key, today: '2026-01-01' }));
    expect(seedCacheKey(cache, key)).not.toBe(seedCacheKey(cache, { ...key, file: 'b.txt' }));
  });

  it('keeps the counted keywords with the seeds, on worker threads too', async () => {
    const cache = await openSeedCache(path.join(root, 'cache-e'));
    const plain = await compile(workerSeedWork(2), null);
    // Without a cache, workers count the keywords once the seeds are read, while linking.
    expect(plain.articles).toBeGreaterThan(50);
    expect(plain.counted).toBe(plain.articles);
    const there = await compile(workerSeedWork(2), cache);
    expect(there.read?.hits).toBe(0);
    const thereAgain = await compile(workerSeedWork(2), cache);
    const here = await compile(inThreadSeedWork, cache);
    for (const run of [there, thereAgain, here]) expect(run.counted).toBe(0);
    expect(thereAgain.read?.hits).toBe(there.read?.parsed);
    expect(here.read?.hits).toBe(there.read?.parsed);
    for (const [name, body] of plain.files) {
      for (const run of [there, thereAgain, here]) expect(run.files.get(name), name).toEqual(body);
    }
  });

  it('parses a seed again when its entry is damaged', async () => {
    const cache = await openSeedCache(path.join(root, 'cache-d'));
    const first = await compile(inThreadSeedWork, cache);
    for (const entry of await readdir(cache.dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) await writeFile(path.join(entry.parentPath, entry.name), 'not v8');
    }
    const again = await compile(inThreadSeedWork, cache);
    expect(again.read?.hits).toBe(0);
    // The teasers' file was damaged too: they are tagged again.
    expect(again.tagged).toBe(first.tagged);
    for (const [name, body] of first.files) expect(again.files.get(name), name).toEqual(body);
  });
});

describe("the index's runs in the seed cache", { timeout: 120_000 }, () => {
  const runs = async (cache: SeedCache) => (await readdir(path.join(cache.dir, 'runs'))).sort();
  const searchFiles = (files: Map<string, BundleFileBody>) =>
    [...files].filter(([name]) => name.startsWith('search/'));

  it('are kept by what they read, taken from there, and dropped once no compile uses them', async () => {
    const plain = await compile(workerSeedWork(2), null);
    const cache = await openSeedCache(path.join(root, 'cache-runs'));
    const first = await compile(workerSeedWork(2), cache);
    // The titles and the one body chunk of 60 seeds.
    const kept = await runs(cache);
    expect(kept).toHaveLength(2);
    expect(searchFiles(first.files)).toEqual(searchFiles(plain.files));

    // A run found in the cache is what the index is built from: one replaced there shows.
    const bytes = await Promise.all(
      kept.map((name) => readFile(path.join(cache.dir, 'runs', name))),
    );
    const other = serialize(runBlocks(['别的文字'], 0, 'body'));
    for (const name of kept) await writeFile(path.join(cache.dir, 'runs', name), other);
    const fromCache = await compile(workerSeedWork(2), cache);
    expect(searchFiles(fromCache.files)).not.toEqual(searchFiles(plain.files));
    // A damaged one is built again, and kept again.
    for (const name of kept) await writeFile(path.join(cache.dir, 'runs', name), 'not v8');
    const rebuilt = await compile(workerSeedWork(2), cache);
    expect(searchFiles(rebuilt.files)).toEqual(searchFiles(plain.files));
    expect(
      await Promise.all(kept.map((name) => readFile(path.join(cache.dir, 'runs', name)))),
    ).toEqual(bytes);

    // Another seed changes both runs: the new ones replace the old.
    await writeFile(
      path.join(seedsDir, 'added.txt'),
      '新加入的一篇文章\n\n正文第一段，说明变化。\n',
    );
    try {
      await compile(workerSeedWork(2), cache);
      const now = await runs(cache);
      expect(now).toHaveLength(2);
      expect(now.filter((name) => kept.includes(name))).toEqual([]);
    } finally {
      await rm(path.join(seedsDir, 'added.txt'));
    }
  });
});

describe('deserializeOwned', () => {
  it('gives what deserialize gives, with each typed array in a buffer of its own size', () => {
    const value = {
      words: { words: '教育\n开州', weights: Uint32Array.from([3, 1]) },
      facts: Uint16Array.from([0, 4, 1]),
      text: '开州区',
    };
    const bytes = serialize(value);
    const plain = deserialize(bytes) as typeof value;
    const owned = deserializeOwned(bytes) as typeof value;
    expect(owned).toEqual(plain);
    expect(owned).toEqual(value);
    // Node's own keeps views of the whole entry: sent to another thread, each carried all of it.
    expect(plain.facts.buffer.byteLength).toBeGreaterThan(plain.facts.byteLength);
    expect(owned.facts.buffer.byteLength).toBe(owned.facts.byteLength);
    expect(owned.words.weights.buffer.byteLength).toBe(owned.words.weights.byteLength);
  });
});
