import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSeeds, type SeedSource } from '../../../src/compiler/compile-seeds.ts';
import { writeBundleDir } from '../../../src/compiler/write-bundle-dir.ts';
import { generateSeeds } from '../../support/generate-seeds.ts';
import { STORY_FULLER, STORY_ORIGINAL } from '../../support/story-seeds.ts';
import { seedSource, writeSeed } from '../../support/write-seed.ts';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'daily-scrape-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const sources = (seeds: Iterable<{ file: string; text: string }>): SeedSource[] =>
  [...seeds].map(({ file, text }) => ({ file, bytes: new TextEncoder().encode(text) }));

/** Compiles `seeds` into `dir` (new, or written by an earlier compile): what was written. */
async function compileInto(dir: string, seeds: SeedSource[]) {
  const { files } = await compileSeeds(seeds, { today: '2026-12-06' });
  return writeBundleDir(dir, files);
}

/** Every file of a bundle folder by path, with its bytes. */
async function contents(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return new Map(
    await Promise.all(
      files.map(
        async (file) => [path.relative(dir, file), await readFile(file, 'latin1')] as const,
      ),
    ),
  );
}

describe("a day's scrape compiled into yesterday's folder", () => {
  const corpus = sources(generateSeeds(150, 5));
  const day = sources(
    generateSeeds(20, 6, { first: 151, dates: { from: '2025-06-30', to: '2025-07-10' } }),
  );

  it('gives the bytes of a compile from scratch, rewriting only part of the files', async () => {
    const kept = path.join(root, 'kept');
    const fresh = path.join(root, 'fresh');
    await compileInto(kept, corpus);
    const before = await contents(kept);
    const again = await compileInto(kept, [...corpus, ...day]);
    await compileInto(fresh, [...corpus, ...day]);
    const after = await contents(kept);

    expect(after).toEqual(await contents(fresh));
    const changed = [...after].filter(([file, bytes]) => before.get(file) !== bytes);
    expect(again.written).toBe(changed.length);
    expect(again.written).toBeLessThan(again.files);
    // The lists: the heads and the pages of the months the day falls in. No older item moves in
    // this corpus (no story gains a copy), so no older month is rewritten.
    const latest = changed.map(([file]) => file).filter((file) => file.startsWith('latest'));
    expect(latest.length).toBeGreaterThan(0);
    expect(
      latest.filter((file) => !/head\.json$|2025-0[67]\//.test(file) && before.has(file)),
    ).toEqual([]);
  });
});

describe('a day whose scrape brings a fuller copy of an older story', () => {
  // The original is of 2024; the fuller copy, dated after the corpus, becomes the story's
  // representative, and the original a copy that search never shows.
  const corpus = [
    ...sources(generateSeeds(150, 7)),
    seedSource('story.txt', writeSeed(STORY_ORIGINAL)),
  ];
  const fuller = { ...STORY_FULLER, url: 'http://www.cq.gov.cn/kzq/202507/t20250705_2002.html' };
  const day = [
    ...sources(
      generateSeeds(20, 8, { first: 151, dates: { from: '2025-06-30', to: '2025-07-10' } }),
    ),
    seedSource('fuller.txt', writeSeed(fuller)),
  ];

  it("leaves the search's titles shards of the older documents as they were", async () => {
    const dir = path.join(root, 'story');
    await compileInto(dir, corpus);
    const before = await contents(dir);
    await compileInto(dir, [...corpus, ...day]);
    const after = await contents(dir);
    const shard = (file: string) => Number(/^search\/titles\/(\d+)\.bin$/.exec(file)?.[1] ?? -1);
    const shards = (files: Map<string, string>) =>
      [...files.keys()].map(shard).filter((n) => n >= 0);
    // The newest shard of the day before may gain documents; every one before it is untouched.
    const newest = Math.max(...shards(before));
    expect(newest).toBeGreaterThan(3);
    const changed = shards(after).filter(
      (n) => before.get(`search/titles/${n}.bin`) !== after.get(`search/titles/${n}.bin`),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((n) => n < newest)).toEqual([]);
  });
});
