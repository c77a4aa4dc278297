import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PREFIX = 'reader-lines-';

/**
 * A folder for a compile's spilled paragraphs (`lineSpill`), named for this process and removed
 * if the process exits before `remove` is called (`process.exit` skips every `finally`). A
 * signal (Ctrl-C, a cancelled CI job) ends the process at once, leaving the folder, the size of
 * the corpus's text, to the next compile (`removeOrphanSpillDirs`): a signal listener would run
 * only once the main thread is free, and a large compile keeps it busy for seconds at a time, so
 * Ctrl-C waited that long (half a minute at 100,000 seeds).
 */
export function makeSpillDir(root = tmpdir()): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(root, `${PREFIX}${process.pid}-`));
  const remove = () => {
    process.off('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', remove);
  return { dir, remove };
}

/** Removes the spill folders of processes that no longer run; returns how many went. */
export function removeOrphanSpillDirs(root = tmpdir()): number {
  let removed = 0;
  for (const name of readdirSync(root)) {
    const pid = name.startsWith(PREFIX) ? /^(\d+)-/.exec(name.slice(PREFIX.length))?.[1] : null;
    if (!pid || isRunning(Number(pid))) continue;
    rmSync(path.join(root, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
