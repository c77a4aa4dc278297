import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { isWithin, realPathOf } from './real-path.ts';

/**
 * The file a compile leaves in every bundle folder it writes. A compile deletes the files of a
 * folder it writes into that are not in the new bundle, so it writes only into a folder that is
 * new, empty, or marked by this file as one it wrote before.
 */
export const BUNDLE_MARKER = '.reader-bundle';

/** What the marker says, for a person who finds it. Fixed, so that compiles stay byte-identical. */
export const BUNDLE_MARKER_TEXT = `${JSON.stringify(
  {
    madeBy: 'the seed compiler of the education news reader (src/compiler)',
    note: 'This folder holds a compiled bundle. A compile into it deletes every file in it that is not part of the new bundle.',
  },
  null,
  2,
)}\n`;

/** A folder that may not receive a bundle, and why; thrown before anything is written. */
export class OutDirRefused extends Error {
  override name = 'OutDirRefused';
}

/**
 * Checks that `dir` may receive a bundle, whose stale files will be deleted: it does not exist,
 * or it is a folder that is empty or holds `BUNDLE_MARKER`. `shown` is how messages name it.
 */
export async function checkBundleFolder(dir: string, shown = dir): Promise<void> {
  const info = await lstat(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  if (!info) return;
  if (!info.isDirectory()) refuse(shown, 'it is not a folder');
  const names = await readdir(dir);
  if (names.length === 0) return;
  const marker = await lstat(path.join(dir, BUNDLE_MARKER)).catch(() => null);
  if (marker?.isFile()) return;
  refuse(
    shown,
    `it holds files that no compile wrote (there is no ${BUNDLE_MARKER} file in it), and a compile deletes what is not in its bundle; give a new or empty folder`,
  );
}

/**
 * Where the bundle compiled from `seeds` may be written when asked for `out`: the real path of
 * `out` (links and `..` resolved, so they cannot lead around the checks), once it is known not
 * to be the seeds folder, inside it or holding it, nor `cwd` or a folder above it, and to be a
 * folder `checkBundleFolder` allows. Throws `OutDirRefused` otherwise, having touched nothing.
 */
export async function bundleOutDir(
  out: string,
  { seeds, cwd = process.cwd() }: { seeds: string; cwd?: string },
): Promise<string> {
  const [target, seedsDir, workDir] = await Promise.all([
    realPathOf(out, cwd),
    realPathOf(seeds, cwd),
    realPathOf(cwd, cwd),
  ]);
  if (target === seedsDir) refuse(out, 'it is the seeds folder');
  if (isWithin(seedsDir, target)) refuse(out, `it is inside the seeds folder ${quoted(seedsDir)}`);
  if (isWithin(target, seedsDir)) refuse(out, `it holds the seeds folder ${quoted(seedsDir)}`);
  if (target === workDir) refuse(out, 'it is the working directory');
  if (isWithin(target, workDir)) refuse(out, `it holds the working directory ${quoted(workDir)}`);
  await checkBundleFolder(target, out);
  return target;
}

// Quoted and escaped: a path is one line of the message, whatever characters its names hold.
const quoted = (file: string) => JSON.stringify(file);

function refuse(dir: string, reason: string): never {
  throw new OutDirRefused(
    `Refusing to write the bundle into ${quoted(dir)}: ${reason}. Nothing was written or deleted.`,
  );
}
