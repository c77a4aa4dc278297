import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSeed, listSeedFiles } from '../../../src/compiler/seed-files.ts';

// A project with seeds in `seeds/2024/`, and a file outside the seeds folder.
let root = '';
let seeds = '';
beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'seed-files-')));
  seeds = path.join(root, 'seeds');
  await mkdir(path.join(seeds, '2024'), { recursive: true });
  await writeFile(path.join(seeds, '2024', 'a.txt'), '标题\n正文');
  await writeFile(path.join(root, 'private.txt'), '私人内容');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listing the seeds', () => {
  it('says in a sentence that a seeds folder does not exist', async () => {
    const missing = path.join(root, 'no-such-seeds');
    await expect(listSeedFiles(missing, root)).rejects.toThrow(
      `There is no seeds folder at ${missing}.`,
    );
  });

  it('reads the seeds of a linked folder inside the seeds folder once, where they are', async () => {
    await symlink('2024', path.join(seeds, 'latest'));
    await symlink('2024/a.txt', path.join(seeds, 'a-link.txt'));
    const listing = await listSeedFiles(seeds, root);
    expect(listing.paths).toEqual([
      path.join(seeds, '2024', 'a.txt'),
      path.join(seeds, 'a-link.txt'),
    ]);
    expect(listing.skipped).toEqual([]);
  });

  it('skips a link that leads outside the seeds folder, as a seed that cannot be read', async () => {
    await symlink('../private.txt', path.join(seeds, 'b.txt'));
    const listing = await listSeedFiles(seeds, root);
    expect(listing.paths).toEqual([path.join(seeds, '2024', 'a.txt')]);
    expect(listing.skipped).toEqual([
      {
        file: 'seeds/b.txt',
        unreadable: expect.stringMatching(/^The link leads to private\.txt, outside the seeds/),
      },
    ]);
  });
});

describe('a seed that changes while the dev server runs', () => {
  it('is read when it is a file, or a link to a seed inside the seeds folder', async () => {
    await symlink('2024/a.txt', path.join(seeds, 'a-link.txt'));
    for (const file of ['2024/a.txt', 'a-link.txt']) {
      expect(await changedSeed(path.join(seeds, file), seeds, root)).toEqual({
        file: `seeds/${file}`,
        bytes: expect.any(Uint8Array),
      });
    }
  });

  it('is not read twice through a linked folder, nor through a link that leads outside', async () => {
    await symlink('2024', path.join(seeds, 'latest'));
    await symlink('../private.txt', path.join(seeds, 'b.txt'));
    expect(await changedSeed(path.join(seeds, 'latest', 'a.txt'), seeds, root)).toBeNull();
    expect(await changedSeed(path.join(seeds, 'b.txt'), seeds, root)).toEqual({
      file: 'seeds/b.txt',
      unreadable: expect.stringContaining('outside the seeds folder'),
    });
  });
});
