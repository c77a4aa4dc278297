import { readFileSync, statSync } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isHtmlSeedFile } from './html-seed/html-to-seed-text.ts';
import { isWithin } from './real-path.ts';
import { MAX_SEED_BYTES, type SeedSource } from './seed-record.ts';

/** Whether a path names a seed: a `.txt` file, or a saved page (`.html`, `.htm`). */
export const isSeedFile = (file: string) =>
  file.toLowerCase().endsWith('.txt') || isHtmlSeedFile(file);

/** A path as diagnostics name it: relative to `cwd`, with `/` between folders. */
const nameOf = (file: string, cwd: string) => path.relative(cwd, file).split(path.sep).join('/');

/**
 * Reads one seed; a file too large or impossible to read is described, not thrown. Synchronous:
 * a compile reads its seeds on threads that do nothing else meanwhile, and at 100,000 seeds the
 * promise-based reads cost about five times the CPU (30,000 files: 3.7 s against 0.75 s).
 */
export function readSeedFile(file: string, cwd = process.cwd()): SeedSource {
  const name = nameOf(file, cwd);
  try {
    const { size } = statSync(file);
    if (size > MAX_SEED_BYTES) {
      const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
      return {
        file: name,
        unreadable: `The file is ${mib(size)} MiB, over the ${mib(MAX_SEED_BYTES)} MiB limit for a seed; skipped.`,
      };
    }
    return { file: name, bytes: readFileSync(file) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file: name, unreadable: `The file could not be read (${reason}); skipped.` };
  }
}

/** The seeds of a folder: files to read, and links that are not followed, with why. */
export interface SeedListing {
  /** Seed files and links to seed files, in file-name order. */
  paths: string[];
  /** Each link not followed, as a seed that cannot be read (an error on that link). */
  skipped: SeedSource[];
}

/**
 * Every seed under `dir`, recursively, named relative to `cwd`. A link to a seed file inside
 * the seeds folder is read like the file, under the link's name. A link to a folder inside it
 * is not walked: that folder's seeds are read where they are, once. Every other link that could
 * hold seeds is reported, never dropped in silence: one that leads nowhere or round a loop of
 * links, a folder link back to a folder that holds it, and any link that leads outside the
 * seeds folder, since a seeds folder unpacked from elsewhere could link to a private file
 * (`a.txt -> ~/.ssh/id_rsa`) that would otherwise be published.
 */
export async function listSeedFiles(dir: string, cwd = process.cwd()): Promise<SeedListing> {
  const root = await realpath(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`There is no seeds folder at ${dir}.`);
  });
  const listing: SeedListing = { paths: [], skipped: [] };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile()) {
      if (isSeedFile(entry.name)) listing.paths.push(file);
    } else if (entry.isSymbolicLink()) {
      const verdict = await linkVerdict(file, root, cwd);
      if (verdict === 'read') listing.paths.push(file);
      else if (verdict !== 'ignore') listing.skipped.push(skippedLink(file, cwd, verdict));
    }
  }
  listing.paths.sort();
  listing.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return listing;
}

/**
 * A seed that changed while the dev server watches `dir`: what to read, or null when the path
 * is not read at all (it is inside a linked folder: its seeds are read where they are, or the
 * link was reported). Links are judged as `listSeedFiles` judges them.
 */
export async function changedSeed(
  file: string,
  dir: string,
  cwd = process.cwd(),
): Promise<SeedSource | null> {
  const root = await realpath(dir);
  const folder = path.dirname(file);
  const realFolder = await realpath(folder).catch(() => null);
  if (realFolder !== path.join(root, path.relative(dir, folder))) return null;
  const isLink = (await lstat(file).catch(() => null))?.isSymbolicLink() ?? false;
  const verdict = isLink ? await linkVerdict(file, root, cwd) : 'read';
  if (verdict === 'read') return readSeedFile(file, cwd);
  return verdict === 'ignore' ? null : skippedLink(file, cwd, verdict);
}

/** What becomes of a link among the seeds: read as a seed, ignored, or skipped and reported. */
type LinkVerdict = 'read' | 'ignore' | { skipped: string };

const skippedLink = (file: string, cwd: string, { skipped }: { skipped: string }): SeedSource => ({
  file: nameOf(file, cwd),
  unreadable: skipped,
});

/**
 * Whether the link `link` inside the seeds folder `root` (a real path) is read as a seed,
 * ignored (it leads to something that is no seed, or to a folder read where it is), or else why
 * it is skipped.
 */
async function linkVerdict(link: string, root: string, cwd: string): Promise<LinkVerdict> {
  const shown = (target: string) => {
    const name = nameOf(target, cwd);
    return name.startsWith('../') ? target : name;
  };
  let target: string;
  try {
    target = await realpath(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { skipped: 'The link leads round a loop of links; skipped.' };
    const to = await readlink(link).catch(() => null);
    return {
      skipped:
        code === 'ENOENT' && to !== null
          ? `The link leads to ${to}, which does not exist; skipped.`
          : `The link could not be followed (${code ?? String(error)}); skipped.`,
    };
  }
  const info = await stat(target).catch(() => null);
  const inside = isWithin(root, target);
  if (info?.isDirectory()) {
    if (!inside) {
      return {
        skipped: `The link leads to the folder ${shown(target)}, outside the seeds folder; its seeds are not read (copy them in, or compile that folder as --seeds).`,
      };
    }
    const holder = await realpath(path.dirname(link));
    if (isWithin(target, holder)) {
      return {
        skipped: `The link leads back to the folder ${shown(target)}, which holds it: a loop; not followed.`,
      };
    }
    return 'ignore';
  }
  if (!isSeedFile(link)) return 'ignore';
  if (!info?.isFile())
    return { skipped: `The link leads to ${shown(target)}, which is not a file; skipped.` };
  if (!inside) {
    return {
      skipped: `The link leads to ${shown(target)}, outside the seeds folder; not read (copy the file in, or compile its folder as --seeds).`,
    };
  }
  return 'read';
}
