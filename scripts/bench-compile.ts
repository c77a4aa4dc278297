/**
 * `npm run bench:compile [-- --sizes 1000,10000,100000 --peer 1000,10000 --json out.json]`:
 * compiles generated corpora (made in .tmp/ when missing) in child processes and prints, per
 * size, wall time, CPU time, peak memory, files and bytes (raw and gzip). The peer is the same
 * compile on one thread (`--workers 0`: no worker threads, as the compiler ran before it used
 * both cores), run for the sizes in `--peer`; the ratio says what the second core buys. Then the
 * day's scrape: `--batch` newer seeds added to the largest corpus and compiled into its folder
 * again with the seed cache of the day before, beside the peer a deploy would otherwise run, a
 * compile of the same seeds from scratch; the two outputs must be the same bytes.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCliArgs } from '../src/compiler/cli-args.ts';
import { YOUNG_GENERATION_FLAG } from '../src/compiler/compile-heap.ts';

const COMMAND = {
  name: 'npm run bench:compile',
  usage: `Usage: npm run bench:compile -- [--sizes 1000,10000,100000] [--peer 1000,10000]
                                [--batch 1000] [--json FILE]

Compiles generated corpora (made in .tmp/ when missing) and prints, per size, wall and CPU
time, peak memory, files and bytes; the sizes in --peer also compile on one thread. Then adds
a batch of newer seeds to the largest corpus, compiles again into the same folder with the
seed cache of a compile before it and prints the files that changed, beside a compile of the
same seeds from scratch.

--sizes LIST  corpus sizes, in seeds (default 1000,10000,100000)
--peer LIST   sizes also compiled with --workers 0 (default 1000,10000)
--batch N     newer seeds added to the largest corpus (default 1000; 0: none)
--json FILE   also write the rows as JSON`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    peer: { type: 'string', default: '1000,10000' },
    batch: { type: 'string', default: '1000' },
    json: { type: 'string' },
    gzip: { type: 'boolean', default: true },
  },
});
const sizes = values.sizes.split(',').map(Number);
const peerSizes = new Set(values.peer.split(',').filter(Boolean).map(Number));
const WORK = path.resolve('.tmp/bench-compile');
const TRASH = path.join(WORK, 'trash');
const corpusDir = (n: number) => path.resolve(`.tmp/c${n >= 1000 ? `${n / 1000}k` : n}`);

/** What `npm run compile -- --report-json` writes. */
interface CompileReport {
  seeds: number;
  articles: number;
  teasers: number;
  threads: number;
  files: number;
  bytes: number;
  cpuMs: number;
  maxRssBytes: number;
  ms: Record<string, number>;
}

/** One compile as measured here. */
interface Measured {
  wallMs: number;
  report: CompileReport;
  gzipBytes: number | null;
}

function run(command: string, args: string[], quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

const countSeeds = async (dir: string) =>
  existsSync(dir)
    ? (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.txt')).length
    : 0;

/** Generates seeds into `dir` unless it holds `n` of them already. */
async function generated(dir: string, n: number, options: string[] = []): Promise<string> {
  if ((await countSeeds(dir)) === n) return dir;
  console.log(`Generating ${n} seeds in ${path.relative('.', dir)}…`);
  await rm(dir, { recursive: true, force: true });
  const generator = path.resolve('tests/support/generate-seeds-cli.ts');
  await run('node', ['--import', 'tsx', generator, '--count', String(n), '--out', dir, ...options]);
  return dir;
}

/** The corpus of `n` seeds, generated (seed 1) when missing or of another size. */
const corpus = (n: number) => generated(corpusDir(n), n, ['--seed', '1']);

/** Links the seeds of `from` into `dir`. */
async function linkSeeds(from: string, dir: string): Promise<void> {
  for (const file of await readdir(from)) {
    if (file.endsWith('.txt')) await link(path.join(from, file), path.join(dir, file));
  }
}

/**
 * A day's scrape in one folder, as a daily build sees it: the corpus of `n` seeds linked into
 * it now, and `batch` seeds numbered on from them and dated after them (the corpus ends on
 * 2025-06-29) to link in next. One folder, since the seed cache finds a seed by its path too.
 */
async function dailyScrapeFolder(n: number, batch: number) {
  const base = await corpus(n);
  const extra = await generated(`${corpusDir(n)}-batch${batch}`, batch, [
    ...['--seed', '2', '--first', String(n + 1), '--from', '2025-06-30', '--to', '2025-07-10'],
  ]);
  const dir = `${corpusDir(n)}-daily`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await linkSeeds(base, dir);
  return { dir, addBatch: () => linkSeeds(extra, dir) };
}

/**
 * Output folders are never reused and never deleted before a compile: ext4 is slow to create
 * files for a while after many were deleted (it skips recently freed inodes), which would be
 * charged to the compile. Old ones are moved aside and deleted once everything is measured.
 */
async function freshOut(name: string): Promise<string> {
  const out = path.join(WORK, name);
  if (existsSync(out)) {
    await mkdir(TRASH, { recursive: true });
    await rename(out, path.join(TRASH, `${name}-${Date.now()}`));
  }
  return out;
}

async function gzipTotal(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      total += gzipSync(await readFile(path.join(entry.parentPath, entry.name))).length;
  }
  return total;
}

async function compile(
  seeds: string,
  name: string,
  { workers, into, cache }: { workers?: number; into?: string; cache?: string } = {},
): Promise<Measured> {
  const out = into ?? (await freshOut(name));
  const reportFile = path.join(WORK, `${name}.json`);
  const args = [YOUNG_GENERATION_FLAG, '--import', 'tsx', 'src/compiler/cli.ts'];
  args.push('--seeds', seeds, '--out', out);
  args.push('--report-json', reportFile);
  if (workers !== undefined) args.push('--workers', String(workers));
  if (cache !== undefined) args.push('--cache', cache);
  const started = performance.now();
  await run('node', args, true);
  const wallMs = performance.now() - started;
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as CompileReport;
  return { wallMs, report, gzipBytes: values.gzip ? await gzipTotal(out) : null };
}

const batch = Number(values.batch);

/** The paths of the files under `dir`, relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Files of `dir` modified at or after `since` (ms), counted by what they are. */
async function changedSince(dir: string, since: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const file of await filesUnder(dir)) {
    if ((await stat(path.join(dir, file))).mtimeMs < since) continue;
    const kind = file.startsWith('latest/') ? 'latest' : (file.split('/')[0] ?? file);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** Paths whose bytes differ between two bundle folders, or that only one holds. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = [new Set(await filesUnder(a)), new Set(await filesUnder(b))];
  const differ = [...left, ...right].filter((file) => !left.has(file) || !right.has(file));
  for (const file of left) {
    if (!right.has(file)) continue;
    const [x, y] = [await readFile(path.join(a, file)), await readFile(path.join(b, file))];
    if (!x.equals(y)) differ.push(file);
  }
  return differ;
}

/**
 * A day's scrape: the largest corpus compiled, `batch` newer seeds added, compiled again into
 * the same folder with the seed cache of the compile before (`--cache`, what a daily build
 * keeps); the peer compiles the same seeds into a new folder without a cache, as a deploy
 * without the earlier output would. Prints the time, the files that changed (what a deploy
 * uploads) and whether both outputs are the same bytes.
 */
async function dailyScrape(n: number, batch: number) {
  const { dir: seeds, addBatch } = await dailyScrapeFolder(n, batch);
  const out = path.join(WORK, `out-${n}`);
  const cache = path.join(WORK, `cache-${n}`);
  // The day before: the corpus compiled into the folder with the cache kept (not measured).
  console.log(`Compiling ${n} seeds with a seed cache…`);
  await compile(seeds, `out-${n}`, { into: out, cache });
  await addBatch();
  console.log(`Compiling ${n} + ${batch} newer seeds into the same folder, then from scratch…`);
  const since = Date.now();
  const again = await compile(seeds, `out-${n}`, { into: out, cache });
  const changed = await changedSince(out, since);
  const scratch = await compile(seeds, `out-${n}-plus${batch}`);
  const differ = await differences(out, path.join(WORK, `out-${n}-plus${batch}`));
  const result = {
    seeds: n,
    batch,
    wallMs: Math.round(again.wallMs),
    peakRssMb: again.report.maxRssBytes / 2 ** 20,
    files: again.report.files,
    changed,
    peerWallMs: Math.round(scratch.wallMs),
    differ: differ.length,
  };
  console.table([
    {
      seeds: `${n} + ${batch}`,
      wall: seconds(again.wallMs),
      'peak RSS': mib(again.report.maxRssBytes),
      'files changed': `${Object.values(changed).reduce((a, b) => a + b, 0)} of ${again.report.files}`,
      ...changed,
      'from scratch': seconds(scratch.wallMs),
      ratio: `${(again.wallMs / scratch.wallMs).toFixed(2)}×`,
      'same bytes': differ.length === 0 ? 'yes' : `no: ${differ.length} files differ`,
    },
  ]);
  if (differ.length > 0) console.log(`First files that differ: ${differ.slice(0, 10).join(', ')}`);
  return result;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function main() {
  await mkdir(WORK, { recursive: true });
  const rows = [];
  const table = [];
  for (const n of sizes) {
    const seeds = await corpus(n);
    console.log(`Compiling ${n} seeds…`);
    const ours = await compile(seeds, `out-${n}`);
    const peer = peerSizes.has(n) ? await compile(seeds, `out-${n}-1thread`, { workers: 0 }) : null;
    const { report } = ours;
    rows.push({
      seeds: n,
      wallMs: Math.round(ours.wallMs),
      cpuMs: report.cpuMs,
      peakRssMb: report.maxRssBytes / 2 ** 20,
      threads: report.threads,
      files: report.files,
      bytes: report.bytes,
      gzipBytes: ours.gzipBytes,
      steps: report.ms,
      ...(peer
        ? {
            peerThreads: 0,
            peerWallMs: Math.round(peer.wallMs),
            peerCpuMs: peer.report.cpuMs,
            peerPeakRssMb: peer.report.maxRssBytes / 2 ** 20,
          }
        : {}),
    });
    table.push({
      seeds: n,
      threads: report.threads,
      wall: seconds(ours.wallMs),
      cpu: seconds(report.cpuMs),
      // Reading, extracting (cleaning, furniture, headline, dates) and tagging every seed.
      'read+parse+tag': seconds(report.ms.readParseTag ?? 0),
      'peak RSS': mib(report.maxRssBytes),
      files: report.files,
      bytes: mib(report.bytes),
      gzip: ours.gzipBytes === null ? '' : mib(ours.gzipBytes),
      'one thread': peer ? `${seconds(peer.wallMs)}, ${mib(peer.report.maxRssBytes)}` : '',
      ratio: peer ? `${(ours.wallMs / peer.wallMs).toFixed(2)}×` : '',
    });
  }
  console.table(table);
  const daily = batch > 0 ? await dailyScrape(Math.max(...sizes), batch) : null;
  if (values.json) await writeFile(values.json, `${JSON.stringify({ rows, daily }, null, 2)}\n`);
  await rm(TRASH, { recursive: true, force: true });
}

await main();
