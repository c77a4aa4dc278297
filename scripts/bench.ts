/**
 * `npm run bench [-- --sizes 1000,10000,100000 --skip search,typing]` (steps: compile, build,
 * bytes, search, typing, stories, lighthouse): the whole performance
 * picture in one table. Compiles the generated corpora (time, peak memory), builds the site from
 * the largest one, and measures what a phone downloads, how fast search answers and what
 * Lighthouse (mobile) says, each next to a named peer measured in the same run.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { homeFirstPaintFiles } from '../tests/e2e/support/home-first-paint.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { BYTE_BUDGETS, gzipSize, kib } from '../tests/support/byte-budgets.ts';
import { runLighthouse, type LighthouseResult } from './bench/run-lighthouse.ts';
import type { BenchRow } from './bench/bench-row.ts';
import type { PairScores } from './bench/pair-scores.ts';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

const COMMAND = {
  name: 'npm run bench',
  usage: `Usage: npm run bench -- [--sizes 1000,10000,100000] [--skip STEPS] [--lighthouse-runs 3]

Compiles, builds and measures the whole performance picture in one table: compile time and
memory, bytes a phone downloads, search and typing latency, Lighthouse.

--sizes LIST          corpus sizes, in seeds (default 1000,10000,100000)
--skip STEPS          steps to leave out, from compile,build,bytes,search,typing,stories,lighthouse
--lighthouse-runs N   Lighthouse runs; the median counts (default 3)`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    skip: { type: 'string', default: '' },
    'lighthouse-runs': { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const largest = Math.max(...sizes);
const skip = new Set(values.skip.split(',').filter(Boolean));
const WORK = path.resolve('.tmp/bench');
const corpusDir = (n: number) => path.resolve(`.tmp/c${n >= 1000 ? `${n / 1000}k` : n}`);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Runs `npm run <script>` with `--json` into the work folder and returns what it wrote. */
async function subBench<T>(script: string, args: string[]): Promise<T> {
  const out = path.join(WORK, `${script.replace(':', '-')}.json`);
  await run('npm', ['run', '--silent', script, '--', ...args, '--json', out]);
  return JSON.parse(await readFile(out, 'utf8')) as T;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const ratio = (ours: number, peer: number) => `${(ours / peer).toPrecision(2)}×`;

const rows: BenchRow[] = [];
const row = (measure: string, value: string, target = '', peer = '', r = '') =>
  rows.push({ measure, value, target, peer, ratio: r });

async function main() {
  await mkdir(WORK, { recursive: true });

  // 1. Compile: time and peak memory per corpus size; the peer is the same compile on one core.
  if (!skip.has('compile')) {
    const compile = await subBench<CompileBench>('bench:compile', ['--sizes', values.sizes]);
    for (const r of compile.rows) {
      row(
        `compile ${r.seeds} seeds`,
        `${(r.wallMs / 1000).toFixed(1)} s, ${Math.round(r.peakRssMb)} MB peak`,
        r.seeds === 100_000 ? '≤ 60 s, bounded' : '',
        r.peerWallMs ? `${(r.peerWallMs / 1000).toFixed(1)} s on one thread` : '',
        r.peerWallMs ? ratio(r.wallMs, r.peerWallMs) : '',
      );
    }
    const { daily } = compile;
    if (daily) {
      const changed = Object.values(daily.changed).reduce((a, b) => a + b, 0);
      row(
        `compile ${daily.seeds} + ${daily.batch} newer seeds, same folder, seed cache`,
        `${(daily.wallMs / 1000).toFixed(1)} s, ${changed} of ${daily.files} files changed` +
          (daily.differ > 0 ? `, ${daily.differ} files NOT as from scratch` : ''),
        '≤ 10 s, same bytes as from scratch',
        `${(daily.peerWallMs / 1000).toFixed(1)} s from scratch`,
        ratio(daily.wallMs, daily.peerWallMs),
      );
    }
  }

  // 2. Build the site from the largest corpus, and the peer site from the real seed alone.
  const bigSite = path.join(WORK, `site-${largest}`);
  const seedSite = path.join(WORK, 'site-seed');
  if (!skip.has('build')) {
    await run(
      'npx',
      ['vite', 'build', '--logLevel', 'warn', '--outDir', bigSite, '--emptyOutDir'],
      {
        SEEDS_DIR: corpusDir(largest),
        NODE_ENV: 'production',
      },
    );
    await run(
      'npx',
      ['vite', 'build', '--logLevel', 'warn', '--outDir', seedSite, '--emptyOutDir'],
      {
        NODE_ENV: 'production',
      },
    );
  }

  // 3. Bytes a reader downloads from the large site.
  if (!skip.has('bytes')) {
    const server = await serveStatic(bigSite, '/', { likeCdn: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const files = await homeFirstPaintFiles(page, server.url);
      await page.close();
      const gz = async (file: string) => gzipSize(await readFile(path.join(bigSite, file)));
      const sum = async (list: string[]) =>
        (await Promise.all(list.map(gz))).reduce((a, b) => a + b, 0);
      const js = await sum(files.filter((f) => f.endsWith('.js')));
      const data = await sum(files.filter((f) => f.startsWith('data/')));
      row('home: JS before the lists show', kib(js), `≤ ${kib(BYTE_BUDGETS.firstPaintJs)}`);
      row('home: data before the lists show', kib(data), `≤ ${kib(BYTE_BUDGETS.homeData)}`);

      const items = (await readdir(path.join(bigSite, 'data/items'))).sort();
      const sample = items.filter((_, i) => i % Math.max(1, Math.floor(items.length / 2000)) === 0);
      const itemSizes = await Promise.all(sample.map((f) => gz(`data/items/${f}`)));
      row(
        'article: item file (median / max of sample)',
        `${kib(median(itemSizes))} / ${kib(Math.max(...itemSizes))}`,
        `≤ ${kib(BYTE_BUDGETS.article)}, ${BYTE_BUDGETS.articleRequests} requests`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  }

  // 4. Search: this project's index against brute-force substring matching, same corpus.
  if (!skip.has('search')) {
    const search = await subBench<SearchBenchRow[]>('bench:search', [
      '--sizes',
      String(largest),
      '--engines',
      'brute,ours',
    ]);
    for (const r of search) {
      if (r.engine !== 'ours') continue;
      row(
        `search p95 ${r.mode} ${r.class} (${r.size})`,
        ms(r.p95),
        r.mode === 'first page' ? '≤ 1 ms' : '≤ 20 ms',
        r.peerP95 !== undefined ? `brute force ${ms(r.peerP95)}` : '',
        r.peerP95 !== undefined ? ratio(r.p95, r.peerP95) : '',
      );
    }
  }

  // 5. Typing in the built site's search box.
  if (!skip.has('typing')) {
    rows.push(...(await subBench<BenchRow[]>('bench:typing', ['--dist', bigSite])));
  }

  // 6. Story grouping on 10,000 seeds with planted reposts; the peer groups equal headlines.
  if (!skip.has('stories')) {
    const stories = await subBench<StoriesBench>('bench:stories', ['--count', '10000']);
    const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
    row(
      'stories: pairwise precision (10k, planted)',
      pct(stories.grouped.precision),
      '≥ 99.5 %',
      `same headline ${pct(stories.baseline.precision)}`,
    );
    row(
      'stories: pairwise recall (10k, planted)',
      pct(stories.grouped.recall),
      '≥ 97 %',
      `same headline ${pct(stories.baseline.recall)}`,
      ratio(stories.grouped.recall, stories.baseline.recall),
    );
  }

  // 7. Lighthouse (mobile) on the large site; the peer is the site built from one seed.
  if (!skip.has('lighthouse')) {
    const runs = Number(values['lighthouse-runs']);
    const big = await lighthouseMedian(bigSite, runs);
    const small = await lighthouseMedian(seedSite, runs);
    const scores: [string, keyof LighthouseResult, string][] = [
      ['performance', 'performance', '≥ 98'],
      ['accessibility', 'accessibility', '100'],
      ['best practices', 'bestPractices', '100'],
      ['SEO', 'seo', '≥ 95'],
    ];
    for (const [label, key, target] of scores) {
      row(`Lighthouse ${label}`, String(big[key]), target, `1-seed site ${String(small[key])}`);
    }
    row(
      'Lighthouse LCP',
      ms(big.lcpMs),
      '',
      `1-seed site ${ms(small.lcpMs)}`,
      ratio(big.lcpMs, small.lcpMs),
    );
    row('Lighthouse TBT', ms(big.tbtMs), '', `1-seed site ${ms(small.tbtMs)}`);
    row('Lighthouse CLS', big.cls.toFixed(3), '', `1-seed site ${small.cls.toFixed(3)}`);
    if (big.failing.length > 0)
      console.log(`Lighthouse audits not passed: ${big.failing.join(', ')}`);
  }

  printTable();
}

/** The run with the median performance score of `runs`, since one run varies by a few points. */
async function lighthouseMedian(root: string, runs: number): Promise<LighthouseResult> {
  const server = await serveStatic(root, '/', { likeCdn: true });
  try {
    const results: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await runLighthouse(server.url));
    results.sort((a, b) => a.performance - b.performance);
    const middle = results[Math.floor(results.length / 2)];
    if (!middle) throw new Error('Lighthouse made no runs');
    return middle;
  } finally {
    await server.close();
  }
}

function printTable() {
  const headers: BenchRow = {
    measure: 'measure',
    value: 'value',
    target: 'target',
    peer: 'peer',
    ratio: 'ratio',
  };
  const keys = Object.keys(headers) as (keyof BenchRow)[];
  const width = (k: keyof BenchRow) =>
    Math.max(...[headers, ...rows].map((r) => displayWidth(r[k])));
  const line = (r: BenchRow) => `| ${keys.map((k) => pad(r[k], width(k))).join(' | ')} |`;
  console.log();
  console.log(line(headers));
  console.log(`|${keys.map((k) => '-'.repeat(width(k) + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

// CJK characters take two columns in a terminal.
const displayWidth = (s: string) =>
  s.length + (s.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

/** What `bench:stories --json` writes (scripts/bench/pair-scores.ts). */
interface StoriesBench {
  grouped: PairScores;
  baseline: PairScores;
}

interface CompileBench {
  rows: { seeds: number; wallMs: number; peakRssMb: number; peerWallMs?: number }[];
  daily: {
    seeds: number;
    batch: number;
    wallMs: number;
    files: number;
    changed: Record<string, number>;
    peerWallMs: number;
    differ: number;
  } | null;
}
interface SearchBenchRow {
  engine: string;
  size: number;
  class: string;
  mode: 'first page' | 'complete';
  p95: number;
  peerP95?: number;
}

await main();
