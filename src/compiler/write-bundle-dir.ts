import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes bundle files under `dir`, touching only files whose bytes changed and removing files a
 * previous compile left behind, so watchers and caches see only real changes.
 */
export async function writeBundleDir(
  dir: string,
  files: ReadonlyMap<string, string>,
): Promise<number> {
  await mkdir(dir, { recursive: true });
  const existing = new Set(
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
  let written = 0;
  for (const [name, text] of files) {
    existing.delete(name);
    const target = path.join(dir, name);
    const old = await readFile(target, 'utf8').catch(() => null);
    if (old === text) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    written++;
  }
  await Promise.all([...existing].map((name) => rm(path.join(dir, name))));
  return written;
}
