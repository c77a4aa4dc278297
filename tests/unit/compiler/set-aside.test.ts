import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_MARKER } from '../../../src/compiler/bundle-out-dir.ts';
import { putBack, setAside } from '../../../src/compiler/set-aside.ts';

let root = '';
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'set-aside-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A bundle folder with its marker and one file. */
async function bundleFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, BUNDLE_MARKER), 'marker');
  await writeFile(path.join(dir, 'manifest.json'), '{}');
}

describe('setting the data folder aside during a build', () => {
  it('moves a bundle folder aside and puts it back where nothing took its place', async () => {
    const data = path.join(root, 'dist', 'data');
    const aside = path.join(root, 'cache', 'data');
    await bundleFolder(data);
    await setAside(data, aside);
    expect(existsSync(data)).toBe(false);
    expect((await readdir(aside)).sort()).toEqual([BUNDLE_MARKER, 'manifest.json'].sort());
    await putBack(aside, data);
    expect((await readdir(data)).sort()).toEqual([BUNDLE_MARKER, 'manifest.json'].sort());
    expect(existsSync(aside)).toBe(false);
  });

  it('leaves a folder without the marker, and a link to a bundle folder, where they are', async () => {
    const other = path.join(root, 'other-bundle');
    await bundleFolder(other);
    const data = path.join(root, 'dist', 'data');
    await mkdir(path.dirname(data), { recursive: true });
    await symlink(other, data);
    const aside = path.join(root, 'cache', 'data');
    await setAside(data, aside);
    expect(existsSync(aside)).toBe(false);
    expect((await readdir(data)).sort()).toEqual([BUNDLE_MARKER, 'manifest.json'].sort());

    const plain = path.join(root, 'plain');
    await mkdir(plain);
    await writeFile(path.join(plain, 'a.txt'), 'a');
    await setAside(plain, aside);
    expect(existsSync(aside)).toBe(false);
    expect(await readdir(plain)).toEqual(['a.txt']);
  });
});
