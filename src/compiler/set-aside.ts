import { lstat, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLE_MARKER } from './bundle-out-dir.ts';

const exists = (file: string) =>
  lstat(file).then(
    () => true,
    () => false,
  );

/** Whether `dir` is a folder itself, not a link to one. */
const realFolder = (dir: string) =>
  lstat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );

/**
 * Moves the bundle folder `dir` (only one a compile marked as its own) to `aside`, on the same
 * disk, so that what empties the folder around it (Vite's `emptyOutDir`) leaves it alone; a
 * previous leftover at `aside` goes first. A folder that cannot be renamed (another disk) stays
 * where it is, and the build works as before: emptied, then written in full. A link to a bundle
 * folder is not one: moved aside and back, it had the build write into the folder it names,
 * deleting that bundle's files as stale; left alone, it goes with the rest of the output.
 */
export async function setAside(dir: string, aside: string): Promise<void> {
  await rm(aside, { recursive: true, force: true });
  if (!(await realFolder(dir)) || !(await exists(path.join(dir, BUNDLE_MARKER)))) return;
  await mkdir(path.dirname(aside), { recursive: true });
  await rename(dir, aside).catch(() => {});
}

/**
 * Puts a folder moved by `setAside` back at `dir` when nothing has taken its place, so that the
 * next compile rewrites only the files whose bytes changed; else drops it.
 */
export async function putBack(aside: string, dir: string): Promise<void> {
  if (!(await exists(aside))) return;
  if (!(await exists(dir))) {
    try {
      await rename(aside, dir);
      return;
    } catch {
      // the parent is gone too: the compile writes afresh
    }
  }
  await rm(aside, { recursive: true, force: true });
}
