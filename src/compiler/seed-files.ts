import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isHtmlSeedFile } from './html-seed/html-to-seed-text.ts';
import { MAX_SEED_BYTES, type SeedSource } from './seed-record.ts';

/** Whether a path names a seed: a `.txt` file, or a saved page (`.html`, `.htm`). */
export const isSeedFile = (file: string) =>
  file.toLowerCase().endsWith('.txt') || isHtmlSeedFile(file);

/** Reads one seed; a file too large or impossible to read is described, not thrown. */
export async function readSeedFile(file: string, cwd = process.cwd()): Promise<SeedSource> {
  const name = path.relative(cwd, file).split(path.sep).join('/');
  try {
    const { size } = await stat(file);
    if (size > MAX_SEED_BYTES) {
      const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
      return {
        file: name,
        unreadable: `The file is ${mib(size)} MiB, over the ${mib(MAX_SEED_BYTES)} MiB limit for a seed; skipped.`,
      };
    }
    return { file: name, bytes: await readFile(file) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file: name, unreadable: `The file could not be read (${reason}); skipped.` };
  }
}

/** Every seed under `dir`, recursively, as paths in file-name order. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isSeedFile(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
