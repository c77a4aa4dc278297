import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * What the compile's main thread holds for each seed from reading to the last file (its record's
 * places, topics and counted keywords, the catalog, the stories), with room to spare: a million
 * generated seeds ran out of V8's default 4 GB heap three quarters into reading, and compiled
 * with 16 GB allowed and 12.8 GB peak RSS for the whole process (docs/scaling.md).
 */
const MB_PER_SEED = 0.014;
const BASE_MB = 1024;
// Below this many seeds a compile keeps the heap it has, whatever the machine: 100,000 take about
// 600 MB of it, and a second process would only cost time (and a line of output).
const MIN_SEEDS = 100_000;

/**
 * The young generation the compile's main thread runs with (`npm run compile`, `npm run build`;
 * the workers set theirs in `WorkerPool`). Linking and laying out make many objects that live a
 * little while: with V8's default 16 MB semi-space they outlived it and were copied and promoted,
 * and the main thread's garbage collection took 9 of a daily build's 52 s at 100,000 seeds. With
 * 32 MB: 52.6 → 44.6 s for that build, 74.1 → 67.7 s from scratch, peak RSS no higher
 * (docs/performance.md). Node takes it only when the process starts, as it does the heap's limit.
 */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=32';

/** The environment variable that sets the compile's heap, in MB. */
export const HEAP_VARIABLE = 'READER_COMPILE_HEAP_MB';
// Set in the process run again with its heap, so that it never runs itself again.
const RERUN = 'READER_COMPILE_RERUN';

/**
 * The heap (MB) to run a compile of `seeds` seeds with, when the process's limit is short of it:
 * null when the limit will do. At most three quarters of the machine's memory, which the workers
 * and the operating system share.
 */
export function heapToAsk(seeds: number, limitMb: number, memoryMb: number): number | null {
  if (seeds < MIN_SEEDS) return null;
  const wanted = Math.min(Math.ceil(BASE_MB + seeds * MB_PER_SEED), Math.floor(memoryMb * 0.75));
  return wanted > limitMb ? wanted : null;
}

/** This process's heap limit in MB. */
export const heapLimitMb = (): number => Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);

/**
 * The heap this compile should run with instead of its own, if any: `READER_COMPILE_HEAP_MB`
 * when set, else `heapToAsk`; none in the process run again with it.
 */
export function heapToRunWith(seeds: number, env = process.env): number | null {
  if (env[RERUN]) return null;
  const set = env[HEAP_VARIABLE];
  if (set === undefined || set === '') return heapToAsk(seeds, heapLimitMb(), totalmem() / 2 ** 20);
  const mb = Number(set);
  if (!(Number.isInteger(mb) && mb > 0)) {
    throw new Error(`${HEAP_VARIABLE} takes a whole number of megabytes, not "${set}".`);
  }
  return mb;
}

/**
 * Runs this command again in a process whose heap is `mb` megabytes (V8 sets it when a process
 * starts), with the same arguments, input and output; gives its exit code, or ends this process
 * by the signal that ended it.
 */
export function rerunWithHeap(mb: number): Promise<number> {
  const args = [...process.execArgv, `--max-old-space-size=${mb}`, ...process.argv.slice(1)];
  return runToExit(process.execPath, args, { ...process.env, [RERUN]: '1' });
}

/**
 * Runs a command with this process's input and output; gives its exit code, or ends this
 * process by the signal that ended it (Ctrl-C reaches both).
 */
export function runToExit(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const child = spawn(command, args, { stdio: 'inherit', env });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 1);
    });
  });
}
