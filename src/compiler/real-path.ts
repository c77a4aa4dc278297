import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * The real path of `file`, links and `..` resolved the way the system resolves them, also when
 * it does not exist yet: the real path of its longest existing beginning, the rest appended.
 * `..` is not folded by hand first: after a link (`link/..`) it leads out of the link's target,
 * not back to where the link is. Checks about where a folder is are made on real paths, and the
 * folder is then written by its real path, so what was checked is what is written.
 */
export async function realPathOf(file: string, cwd = process.cwd()): Promise<string> {
  const missing: string[] = [];
  let existing = path.isAbsolute(file) ? file : `${cwd}${path.sep}${file}`;
  for (;;) {
    let real: string;
    try {
      real = await realpath(existing);
    } catch (error) {
      const parent = path.dirname(existing);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === existing) throw error;
      missing.push(path.basename(existing));
      existing = parent;
      continue;
    }
    // What is missing has no links in it: folding its `..` by hand is what the system would do.
    return path.join(real, ...missing.reverse());
  }
}

/** Whether `inner` is `outer` or lies inside it; both real, absolute paths. */
export function isWithin(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}
