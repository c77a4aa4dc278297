/**
 * `npm run bench:compile [-- --sizes 1000,10000,100000 --peer 1000,10000 --json out.json]`:
 * compiles generated corpora (made in .tmp/ when missing) in child processes and prints, per
 * size, wall time, CPU time, peak memory, files and bytes (raw and gzip). The peer is the same
 * compile on one thread (`--workers 0`: no worker threads, as the compiler ran before it used
 * both cores), run for the sizes in `--peer`; the ratio says what the second core buys.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

const COMMAND = {
  name: 'npm run bench:compile',
  usage: `Usage: npm run bench:compile -- [--sizes 1000,10000,100000] [--peer 1000,10000] [--json FILE]

Compiles generated corpora (made in .tmp/ when missing) and prints, per size, wall and CPU
time, peak memory, files and bytes; the sizes in --peer also compile on one thread.

--sizes LIST  corpus sizes, in seeds (default 1000,10000,100000)
--peer LIST   sizes also compiled with --workers 0 (default 1000,10000)
--json FILE   also write the rows as JSON`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    peer: { type: 'string', default: '1000,10000' },
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

/** The corpus of `n` seeds, generated (seed 1) when missing or of another size. */
async function corpus(n: number): Promise<string> {
  const dir = corpusDir(n);
  if ((await countSeeds(dir)) === n) return dir;
  console.log(`Generating ${n} seeds in ${path.relative('.', dir)}…`);
  await rm(dir, { recursive: true, force: true });
  const generator = path.resolve('tests/support/generate-seeds-cli.ts');
  await run('node', [
    '--import',
    'tsx',
    generator,
    '--count',
    String(n),
    '--out',
    dir,
    '--seed',
    '1',
  ]);
  return dir;
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

async function compile(seeds: string, name: string, workers?: number): Promise<Measured> {
  const out = await freshOut(name);
  const reportFile = path.join(WORK, `${name}.json`);
  const args = ['--import', 'tsx', 'src/compiler/cli.ts', '--seeds', seeds, '--out', out];
  args.push('--report-json', reportFile);
  if (workers !== undefined) args.push('--workers', String(workers));
  const started = performance.now();
  await run('node', args, true);
  const wallMs = performance.now() - started;
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as CompileReport;
  return { wallMs, report, gzipBytes: values.gzip ? await gzipTotal(out) : null };
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
    const peer = peerSizes.has(n) ? await compile(seeds, `out-${n}-1thread`, 0) : null;
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
  if (values.json) await writeFile(values.json, `${JSON.stringify({ rows }, null, 2)}\n`);
  await rm(TRASH, { recursive: true, force: true });
}

await main();
