import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUNDLE_MARKER,
  OutDirRefused,
  bundleOutDir,
} from '../../../src/compiler/bundle-out-dir.ts';

// A project: the working directory, its seeds, and a folder elsewhere.
let root = '';
let project = '';
let seeds = '';
beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'out-dir-')));
  project = path.join(root, 'project');
  seeds = path.join(project, 'seeds');
  await mkdir(path.join(seeds, '2024'), { recursive: true });
  await writeFile(path.join(seeds, 'a.txt'), '标题\n正文');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const outDir = (out: string) => bundleOutDir(out, { seeds, cwd: project });

/** The refusal's message, checked to be one line that names the folder as it was given. */
async function refusal(out: string): Promise<string> {
  const error: unknown = await outDir(out).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutDirRefused);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  expect(message).toContain(JSON.stringify(out));
  return message;
}

describe('choosing the folder a bundle is written into', () => {
  it('refuses the seeds folder, however it is written', async () => {
    await symlink(seeds, path.join(project, 'seeds-link'));
    await mkdir(path.join(project, 'other'));
    for (const out of [seeds, 'seeds', './seeds/', 'other/../seeds', 'seeds-link']) {
      expect(await refusal(out)).toContain('it is the seeds folder');
    }
  });

  it('refuses a folder inside the seeds folder, new or old, also through a link', async () => {
    // `elsewhere/link/..` is the seeds folder to the system, though it reads as `elsewhere`.
    await mkdir(path.join(root, 'elsewhere'));
    await symlink(path.join(seeds, '2024'), path.join(root, 'elsewhere', 'link'));
    for (const out of ['seeds/2024', 'seeds/data', '../elsewhere/link', '../elsewhere/link/new']) {
      expect(await refusal(out)).toContain('inside the seeds folder');
    }
    expect(await refusal('../elsewhere/link/../out')).toContain('inside the seeds folder');
  });

  it('refuses a folder that holds the seeds folder, and the working directory or above', async () => {
    await rm(seeds, { recursive: true });
    seeds = path.join(project, 'content', 'seeds');
    await mkdir(seeds, { recursive: true });
    expect(await refusal('content')).toContain('holds the seeds folder');
    // Seeds outside the tree, so that only the working directory is in the way.
    seeds = await mkdtemp(path.join(tmpdir(), 'out-dir-seeds-'));
    try {
      expect(await refusal('.')).toContain('it is the working directory');
      expect(await refusal(project)).toContain('it is the working directory');
      expect(await refusal('..')).toContain('holds the working directory');
      expect(await refusal('/')).toMatch(/holds the (seeds folder|working directory)/);
    } finally {
      await rm(seeds, { recursive: true, force: true });
    }
  });

  it('refuses a folder holding files no compile wrote, and a file', async () => {
    await mkdir(path.join(project, 'site'));
    await writeFile(path.join(project, 'site', 'index.html'), '<p>mine</p>');
    expect(await refusal('site')).toContain(`no ${BUNDLE_MARKER} file`);
    await writeFile(path.join(project, 'notes.md'), 'mine');
    expect(await refusal('notes.md')).toContain('not a folder');
  });

  it('accepts a new folder, an empty one and a marked one, as their real paths', async () => {
    await mkdir(path.join(project, 'empty'));
    await mkdir(path.join(project, 'bundle'));
    await writeFile(path.join(project, 'bundle', BUNDLE_MARKER), '{}');
    await writeFile(path.join(project, 'bundle', 'manifest.json'), '{}');
    await symlink(path.join(project, 'bundle'), path.join(project, 'bundle-link'));
    expect(await outDir('.tmp/data')).toBe(path.join(project, '.tmp', 'data'));
    expect(await outDir('empty')).toBe(path.join(project, 'empty'));
    expect(await outDir('bundle-link')).toBe(path.join(project, 'bundle'));
    expect(await outDir(path.join(root, 'published'))).toBe(path.join(root, 'published'));
  });
});
