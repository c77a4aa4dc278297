import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BundleFileBody } from './bundle-files.ts';
import { inBatches } from './in-batches.ts';

/**
 * Writes bundle files under `dir`, touching only files whose bytes changed and removing files a
 * previous compile left behind, so watchers and caches see only real changes. Returns how many
 * files were written.
 */
export async function writeBundleDir(
  dir: string,
  files: ReadonlyMap<string, BundleFileBody>,
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
  await inBatches([...files], async ([name, body]) => {
    const existed = stale.delete(name);
    const target = path.join(dir, name);
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    if (existed && (await readFile(target).catch(() => null))?.equals(bytes)) return;
    await writeFile(target, bytes);
    written++;
  });
  await inBatches([...stale], (name) => rm(path.join(dir, name)));
  return written;
}
