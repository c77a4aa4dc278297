/**
 * `npm run build [-- Vite's options]`: `vite build`, with a heap sized for the seeds as the
 * compile command sizes its own (`compile-heap.ts`). Vite compiles the seeds in its own process
 * (`vite-plugin.ts`), and V8 fixes a process's heap when it starts: a million seeds need about
 * 15 GB of it, four times V8's default.
 */
import { parseCliArgs } from './cli-args.ts';
import { HEAP_VARIABLE, heapToRunWith, runToExit, YOUNG_GENERATION_FLAG } from './compile-heap.ts';
import { listSeedFiles } from './seed-files.ts';

const COMMAND = {
  name: 'npm run build',
  usage: `Usage: npm run build -- [--base PATH] [--outDir DIR] [--emptyOutDir] [--mode MODE]
                      [--logLevel LEVEL] [--sourcemap]

Builds the static site into dist/ (or --outDir) with Vite, the seeds in SEEDS_DIR (default
seeds/) compiled into its data/ folder. A build of many seeds starts Vite with a larger heap
than V8's default (about 14 KB a seed, at most three quarters of the memory);
READER_COMPILE_HEAP_MB=N sets it instead. Parsed seeds, the teasers' tags and the search
index's runs are kept in .cache/seeds for the next build, which then redoes only what changed
seeds touch (docs/scaling.md); READER_CACHE_DIR=DIR keeps them elsewhere, READER_CACHE_DIR=
(empty) not at all.

--base PATH        the public path the site is served under (/reader/); default /
--outDir DIR       where the site goes (default dist)
--emptyOutDir      empty --outDir even when it is outside the project
--mode MODE        Vite's env mode (default production)
--logLevel LEVEL   info | warn | error | silent
--sourcemap        write source maps

These are Vite's own options (npx vite build --help lists the rest).`,
};

/** Where the build keeps its seed cache (`vite.config.ts` hands it to the seed plugin). */
const CACHE_VARIABLE = 'READER_CACHE_DIR';
const DEFAULT_CACHE_DIR = '.cache/seeds';

async function main(): Promise<number> {
  // Checked here, so that a mistake is one line rather than Vite's stack trace.
  parseCliArgs(COMMAND, {
    options: {
      base: { type: 'string' },
      outDir: { type: 'string' },
      emptyOutDir: { type: 'boolean' },
      mode: { type: 'string' },
      logLevel: { type: 'string' },
      sourcemap: { type: 'boolean' },
    },
  });
  const { paths } = await listSeedFiles(process.env.SEEDS_DIR ?? 'seeds');
  const heap = heapToRunWith(paths.length);
  const options = [process.env.NODE_OPTIONS, YOUNG_GENERATION_FLAG];
  if (heap !== null) {
    const count = paths.length.toLocaleString('en');
    console.log(`${count} seeds: building with a heap of ${heap} MB (${HEAP_VARIABLE})`);
    options.push(`--max-old-space-size=${heap}`);
  }
  const env = {
    ...process.env,
    NODE_OPTIONS: options.filter(Boolean).join(' '),
    // A deploy builds again every day: a build of 100,000 seeds with nothing changed takes 41 s
    // from the cache against 66 s without (the first one, which writes it, about 30 s more).
    [CACHE_VARIABLE]: process.env[CACHE_VARIABLE] ?? DEFAULT_CACHE_DIR,
  };
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
