import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_MARKER, OutDirRefused } from '../../../src/compiler/bundle-out-dir.ts';
import { workerSeedWork } from '../../../src/compiler/seed-work.ts';
import { writeBundleDir, writeFilesSync } from '../../../src/compiler/write-bundle-dir.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bundle-dir-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const listed = async () =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

describe('writing a bundle folder', () => {
  it('takes files from a generator only as fast as it writes them', async () => {
    let made = 0;
    let written = 0;
    let mostAhead = 0;
    function* files(): Generator<[string, string]> {
      for (let i = 0; i < 3000; i++) {
        made++;
        mostAhead = Math.max(mostAhead, made - written);
        yield [`items/${i}.json`, `{"n":${i}}`];
      }
    }
    const report = await writeBundleDir(dir, files(), async (target, batch) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const n = writeFilesSync(target, batch);
      written += batch.length;
      return n;
    });
    expect(report).toEqual({ files: 3000, written: 3000, bytes: expect.any(Number) });
    // One batch being written and the next being gathered: never the whole bundle.
    expect(mostAhead).toBeLessThanOrEqual(2 * 256);
    expect(await readFile(path.join(dir, 'items/2999.json'), 'utf8')).toBe('{"n":2999}');
  });

  it('leaves unchanged files untouched, rewrites changed ones and removes stale ones', async () => {
    await writeBundleDir(dir, [
      ['a.json', 'same'],
      ['b/c.json', 'old'],
      ['gone.json', 'x'],
    ]);
    const before = (await stat(path.join(dir, 'a.json'))).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await writeBundleDir(
      dir,
      new Map<string, string | Uint8Array>([
        ['a.json', 'same'],
        ['b/c.json', 'new'],
        ['d.bin', new Uint8Array([1, 2, 3])],
      ]),
    );
    expect(report).toEqual({ files: 3, written: 2, bytes: 4 + 3 + 3 });
    expect((await stat(path.join(dir, 'a.json'))).mtimeMs).toBe(before);
    expect(await readFile(path.join(dir, 'b/c.json'), 'utf8')).toBe('new');
    expect(await listed()).toEqual([BUNDLE_MARKER, 'a.json', path.join('b', 'c.json'), 'd.bin']);
  });

  it('writes the same files from worker threads', { timeout: 30_000 }, async () => {
    const work = workerSeedWork(2);
    try {
      await writeBundleDir(dir, [['stale.json', '1']]);
      const files = Array.from({ length: 700 }, (_, i): [string, string] => [
        `items/${i}.json`,
        String(i),
      ]);
      const report = await writeBundleDir(dir, files, work.writeFiles, work.threads);
      expect(report.written).toBe(700);
      expect((await listed()).length).toBe(1 + 700);
      expect(await readFile(path.join(dir, 'items/699.json'), 'utf8')).toBe('699');
      expect((await writeBundleDir(dir, files, work.writeFiles, work.threads)).written).toBe(0);
    } finally {
      await work.close();
    }
  });
});

describe('the folder a bundle is written into', () => {
  it('marks a new folder as a bundle folder, and writes the mark only once', async () => {
    const out = path.join(dir, 'new', 'data');
    await writeBundleDir(out, [['a.json', '1']]);
    const marker = path.join(out, BUNDLE_MARKER);
    expect(await readFile(marker, 'utf8')).toContain('seed compiler');
    // Dated far back: a rewrite would date it now, however fast the machine.
    const longAgo = new Date('2001-01-01T00:00:00Z');
    await utimes(marker, longAgo, longAgo);
    await writeBundleDir(out, [['a.json', '2']]);
    expect((await stat(marker)).mtime).toEqual(longAgo);
  });

  it('refuses a folder holding files no compile wrote, and deletes or writes nothing', async () => {
    await mkdir(path.join(dir, 'notes'));
    await writeFile(path.join(dir, 'notes', 'todo.txt'), 'mine');
    await writeFile(path.join(dir, 'photo.jpg'), 'mine too');
    const write = writeBundleDir(dir, [['a.json', '1']]);
    await expect(write).rejects.toThrow(OutDirRefused);
    await expect(write).rejects.toThrow(/no \.reader-bundle file/);
    expect(await listed()).toEqual([path.join('notes', 'todo.txt'), 'photo.jpg']);
  });

  it('refuses a file given as the folder', async () => {
    const file = path.join(dir, 'data');
    await writeFile(file, 'mine');
    await expect(writeBundleDir(file, [['a.json', '1']])).rejects.toThrow(/not a folder/);
    expect(await readFile(file, 'utf8')).toBe('mine');
  });
});
