import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inBatches } from './in-batches.ts';

/**
 * Writes bundle files under `dir`, touching only files whose bytes changed and removing files a
 * previous compile left behind, so watchers and caches see only real changes. Returns how many
 * files were written.
 */
export async function writeBundleDir(
  dir: string,
  files: ReadonlyMap<string, string>,
): Promise<number> {
  await mkdir(dir, { recursive: true });
  const stale = new Set(
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  const folders = new Set([...files.keys()].map((name) => path.dirname(path.join(dir, name))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));

  let written = 0;
  await inBatches([...files], async ([name, text]) => {
    const existed = stale.delete(name);
    const target = path.join(dir, name);
    if (existed && (await readFile(target, 'utf8').catch(() => null)) === text) return;
    await writeFile(target, text);
    written++;
  });
  await inBatches([...stale], (name) => rm(path.join(dir, name)));
  return written;
}
