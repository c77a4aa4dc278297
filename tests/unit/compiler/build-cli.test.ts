import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const cli = path.resolve('src/compiler/build-cli.ts');

// A project of its own whose build says what heap Vite's process has: the reader's own build
// takes long, and the heap is all this command adds to `vite build`.
const CONFIG = `import { getHeapStatistics } from 'node:v8';
export default {
  logLevel: 'silent',
  plugins: [{
    name: 'heap',
    buildStart() {
      console.log('heap ' + Math.round(getHeapStatistics().heap_size_limit / 2 ** 20));
      console.log('cache ' + JSON.stringify(process.env.READER_CACHE_DIR));
    },
  }],
};
`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'build-cli-'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(dir, 'vite.config.mjs'), CONFIG);
  await mkdir(path.join(dir, 'seeds'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** This process's environment, but what tells the build where to keep its cache. */
function withoutCacheVariable(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.READER_CACHE_DIR;
  return env;
}

/** `npm run build` in the project, with `env` added and npm's PATH to `vite`. */
const build = (env: Record<string, string>) =>
  run(tsx, [cli, '--outDir', 'out'], {
    cwd: dir,
    env: {
      ...withoutCacheVariable(),
      ...env,
      PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    },
  });

describe('npm run build', () => {
  it(
    'runs vite build with the heap READER_COMPILE_HEAP_MB asks for, and Vite its options',
    { timeout: 120_000 },
    async () => {
      const { stdout } = await build({ READER_COMPILE_HEAP_MB: '3000' });
      const [said, heap] = stdout.trim().split('\n');
      expect(said).toBe('0 seeds: building with a heap of 3000 MB (READER_COMPILE_HEAP_MB)');
      // V8's limit is the old generation asked for and the young one (this machine's default: 4 GB).
      const mb = Number(heap?.replace('heap ', ''));
      expect(mb).toBeGreaterThanOrEqual(3000);
      expect(mb).toBeLessThan(3200);
      await access(path.join(dir, 'out', 'index.html'));
      // Without it, few seeds keep V8's default heap and the command prints nothing of its own.
      const plain = await build({ READER_COMPILE_HEAP_MB: '' });
      expect(plain.stdout).toMatch(/^heap \d+\ncache ".cache\/seeds"\n$/);
    },
  );

  it(
    'keeps the seed cache in .cache/seeds unless READER_CACHE_DIR names another or none',
    { timeout: 120_000 },
    async () => {
      const cacheOf = async (env: Record<string, string>) =>
        (await build({ READER_COMPILE_HEAP_MB: '', ...env })).stdout.match(/^cache (.*)$/m)?.[1];
      expect(await cacheOf({})).toBe('".cache/seeds"');
      expect(await cacheOf({ READER_CACHE_DIR: 'elsewhere' })).toBe('"elsewhere"');
      expect(await cacheOf({ READER_CACHE_DIR: '' })).toBe('""');
    },
  );
});
