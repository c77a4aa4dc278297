import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SeedSource } from './compile-seeds.ts';

/** Whether a path names a seed: any `.txt` file. */
export const isSeedFile = (file: string) => file.toLowerCase().endsWith('.txt');

/**
 * Reads every seed under `dir`, recursively. Each file is named relative to `cwd` so that
 * diagnostics point at a path a reader can open.
 */
export async function readSeedDir(dir: string, cwd = process.cwd()): Promise<SeedSource[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && isSeedFile(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      file: path.relative(cwd, file).split(path.sep).join('/'),
      bytes: await readFile(file),
    })),
  );
}
