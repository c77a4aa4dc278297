/**
 * `npm run build [-- Vite's options]`: `vite build`, with a heap sized for the seeds as the
 * compile command sizes its own (`compile-heap.ts`). Vite compiles the seeds in its own process
 * (`vite-plugin.ts`), and V8 fixes a process's heap when it starts: a million seeds need about
 * 15 GB of it, four times V8's default.
 */
import { HEAP_VARIABLE, heapToRunWith, runToExit } from './compile-heap.ts';
import { listSeedFiles } from './seed-files.ts';

async function main(): Promise<number> {
  const { paths } = await listSeedFiles(process.env.SEEDS_DIR ?? 'seeds');
  const heap = heapToRunWith(paths.length);
  let env = process.env;
  if (heap !== null) {
    const count = paths.length.toLocaleString('en');
    console.log(`${count} seeds: building with a heap of ${heap} MB (${HEAP_VARIABLE})`);
    const options = [env.NODE_OPTIONS, `--max-old-space-size=${heap}`].filter(Boolean);
    env = { ...env, NODE_OPTIONS: options.join(' ') };
  }
  // npm puts node_modules/.bin, where `vite` is, on the PATH of its scripts.
  return runToExit('vite', ['build', ...process.argv.slice(2)], env);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
