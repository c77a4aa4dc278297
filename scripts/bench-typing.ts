/**
 * `npm run bench:typing [-- --count 10000 | --dist DIR] [--runs 3] [--json out.json]`: types
 * queries into the search box of the built site in Chromium, a keystroke at a time, and measures
 * what the reader feels:
 *
 * - a search URL opened in a fresh tab → its first page of results on screen;
 * - on an open search page, the first keystroke → the first page of results on screen;
 * - each later keystroke → results for the new text on screen (titles of every result shown,
 *   none still loading, the list no longer marked busy);
 * - the longest main-thread block while typing (long tasks, frame gaps, slowest input event);
 * - bytes downloaded (gzip, as a CDN serves them) for the first query, common characters.
 *
 * The peer, measured in the same run on the same site, is the same engine without the Web
 * Worker: the app's own fallback, searching on the page's thread.
 *
 * The site is served over HTTP/2 (TLS with a throwaway certificate), as static hosts serve it;
 * `--http1` serves plain HTTP/1.1, where a browser opens at most six connections to a host.
 * `--slow-4g` paces the server's responses as Chromium's "Slow 4G" profile (`SLOW_4G`).
 * Service workers are blocked, so every run downloads what it uses. Without `--dist`, the site
 * is built once into .tmp/bench-typing/site-<count> from the generated corpus
 * .tmp/c<count/1000>k (generated first if missing; `--seeds DIR` for another, `--rebuild` to build
 * again). `--verbose` lists, per keystroke, the files fetched and when.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { SLOW_4G, serveCounting, type Served } from './bench-typing/counting-server.ts';
import { NO_WORKER, PAGE_PROBE, type ProbeState } from './bench-typing/page-probe.ts';
import type { BenchRow } from './bench/bench-row.ts';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

const COMMAND = {
  name: 'npm run bench:typing',
  usage: `Usage: npm run bench:typing -- [--count 10000 | --dist DIR | --seeds DIR] [--rebuild] [--runs 3]
                               [--json FILE] [--verbose] [--http1] [--slow-4g]

Types queries into the built site's search box in Chromium, a key at a time, with and without
the search worker, and prints what the reader waits for.

--count N     build the site from the generated corpus of N seeds (default 10000)
--dist DIR    measure this built site instead
--seeds DIR   build the site from this seed folder instead
--rebuild     build the site again even if it is there
--runs N      runs of each measure (default 3)
--json FILE   also write the rows as JSON
--verbose     list the files each keystroke fetched
--http1       serve plain HTTP/1.1 instead of HTTP/2
--slow-4g     pace the responses as Chromium's Slow 4G profile (1.44 Mbps, 562.5 ms latency)`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    count: { type: 'string', default: '10000' },
    dist: { type: 'string' },
    seeds: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    http1: { type: 'boolean', default: false },
    'slow-4g': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const runs = Math.max(1, Number(values.runs));

/** What is typed, a keystroke per character; each list starts from an empty box. */
const QUERIES = ['教育', '教育 重庆', 'kaizhou', '近视防控', '重庆 党建'];
const TARGETS = { first: 300, next: 100, block: 50, firstQueryKb: 500 };
const WAIT_MS = 20_000;
/** A pause between keystrokes once the results are shown, shorter than the count delay. */
const PAUSE_MS = 60;

type Backend = 'worker' | 'in-process';

interface Keystroke {
  text: string;
  ms: number;
}
interface RunResult {
  backend: Backend;
  keystrokes: Keystroke[];
  /** Last keystroke of each query → its total shown. */
  counts: Keystroke[];
  longestTask: number;
  longTasks: number;
  maxFrameGap: number;
  slowestInput: number;
  /** Responses from the box's appearance to the first query's first page, then its counts. */
  firstPage: Served[];
  firstCounts: Served[];
  errors: string[];
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** The built site to measure: `--dist`, or one built here from a generated corpus. */
async function siteDir(): Promise<string> {
  if (values.dist) return path.resolve(values.dist);
  const site = path.resolve(`.tmp/bench-typing/site-${count}`);
  if (existsSync(path.join(site, 'index.html')) && !values.rebuild) return site;
  const name = count >= 1000 && count % 1000 === 0 ? `${count / 1000}k` : String(count);
  const seeds = path.resolve(values.seeds ?? `.tmp/c${name}`);
  if (!existsSync(seeds)) {
    await run('npm', [
      'run',
      '--silent',
      'seeds:generate',
      '--',
      '--count',
      String(count),
      '--out',
      seeds,
      '--seed',
      '1',
    ]);
  }
  console.log(`Building the site from ${seeds} into ${site} …`);
  await mkdir(path.dirname(site), { recursive: true });
  await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', site, '--emptyOutDir'], {
    SEEDS_DIR: seeds,
    NODE_ENV: 'production',
  });
  return site;
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as Bench).__typingBench);
interface Bench {
  __typingBench: ProbeState & {
    arm: (key: string, text: string) => void;
    measureGaps: (on: boolean) => void;
  };
}

/** Types one character and returns the ms from its input event to the results on screen. */
async function keystroke(page: Page, key: string, before: string, ch: string): Promise<number> {
  const text = (before + ch).trim();
  await page.evaluate(([k, t]) => (window as unknown as Bench).__typingBench.arm(k, t), [
    key,
    text,
  ] as const);
  await page.keyboard.type(ch);
  await page
    .waitForFunction(
      (k) => (window as unknown as Bench).__typingBench.results[k]?.visible != null,
      key,
      { timeout: WAIT_MS },
    )
    .catch(() => undefined);
  const r = (await probe(page)).results[key];
  return r?.visible != null ? r.visible - r.start : NaN;
}

/** Waits until the server has had no request for `ms`. */
async function quiet(served: Served[], ms = 500): Promise<void> {
  for (;;) {
    const last = served.at(-1)?.at ?? 0;
    const wait = last + ms - performance.now();
    if (wait <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * A search URL opened in a fresh tab (a shared link, a reload): ms from navigation to its first
 * page on screen, all of the page's JavaScript, the worker and the index files loaded on the way.
 */
async function openRun(
  browser: Browser,
  url: string,
  backend: Backend,
  served: Served[],
): Promise<{ ms: number; files: Served[] }> {
  const before = served.length;
  const context = await browser.newContext({ serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  if (backend === 'in-process') await page.addInitScript(NO_WORKER);
  await page.addInitScript(`window.__typingBench.arm('open', ${JSON.stringify(QUERIES[0])});
    window.__typingBench.armed.start = 0;`);
  await page.goto(`${url}#/search?q=${encodeURIComponent(QUERIES[0] ?? '')}`);
  await page
    .waitForFunction(
      () => (window as unknown as Bench).__typingBench.results['open']?.visible != null,
      undefined,
      { timeout: WAIT_MS },
    )
    .catch(() => undefined);
  const visible = (await probe(page)).results['open']?.visible ?? NaN;
  // Only what was asked for before the results were on screen: the counts start with the page
  // (a URL opened has no typing to wait for), and their files must not count as the page's.
  // Both clocks count from their own origin in wall-clock ms, on the same machine.
  const shownAt = (await page.evaluate(() => performance.timeOrigin)) + visible;
  const files = served.slice(before).filter((file) => performance.timeOrigin + file.at <= shownAt);
  await context.close();
  return { ms: visible, files };
}

/** One fresh page: every query typed, a keystroke at a time. */
async function typingRun(browser: Browser, url: string, backend: Backend, served: Served[]) {
  const context = await browser.newContext({ serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(PAGE_PROBE);
  if (backend === 'in-process') await page.addInitScript(NO_WORKER);
  await page.goto(`${url}#/search`);
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  await box.waitFor();
  // The reader reads the page before typing: the listing it opens with, and the search worker
  // and files it starts loading, are done.
  // Paced as Slow 4G, one round of requests takes longer than the usual quiet half second.
  await quiet(served, values['slow-4g'] ? 2500 : 500);
  const opened = served.length;
  await box.focus();
  await page.evaluate(() => (window as unknown as Bench).__typingBench.measureGaps(true));

  const result: RunResult = {
    backend,
    keystrokes: [],
    counts: [],
    longestTask: 0,
    longTasks: 0,
    maxFrameGap: 0,
    slowestInput: 0,
    firstPage: [],
    firstCounts: [],
    errors,
  };
  let n = 0;
  for (const [q, query] of QUERIES.entries()) {
    if (q > 0) {
      // From an empty box, its listing settled: each query's first keystroke starts alike.
      await box.fill('');
      await page.waitForTimeout(400);
    }
    let typed = '';
    let lastKey = '';
    for (const ch of query) {
      lastKey = `k${n++}`;
      const before = served.length;
      const t0 = performance.now();
      const ms = await keystroke(page, lastKey, typed, ch);
      typed += ch;
      result.keystrokes.push({ text: typed, ms });
      if (values.verbose) {
        const got = served.slice(before);
        const files = got
          .filter((s) => !s.path.startsWith('data/items/'))
          .map(
            (s) =>
              `${(s.at - t0).toFixed(0)}:${s.path.replace('data/search/', '')}${s.cancelled ? ' (cancelled)' : ''}`,
          );
        const items = got.filter((s) => s.path.startsWith('data/items/'));
        const itemTimes = items.map((s) => s.at - t0);
        console.log(
          `  ${backend} "${typed}" ${ms.toFixed(0)} ms: ${files.join(' ')}${
            items.length
              ? ` +${items.length} items ${Math.min(...itemTimes).toFixed(0)}–${Math.max(...itemTimes).toFixed(0)}`
              : ''
          }`,
        );
      }
      if (q === 0 && typed === query) result.firstPage = served.slice(opened);
      await page.waitForTimeout(PAUSE_MS);
    }
    await page
      .waitForFunction(
        (k) => (window as unknown as Bench).__typingBench.results[k]?.counted != null,
        lastKey,
        { timeout: WAIT_MS },
      )
      .catch(() => undefined);
    const r = (await probe(page)).results[lastKey];
    result.counts.push({ text: typed, ms: r?.counted != null ? r.counted - r.start : NaN });
    if (q === 0) result.firstCounts = served.slice(opened);
  }
  if (values.verbose) {
    console.log(`  ${backend}: files from the box's appearance to ${QUERIES[0]} counted`);
    for (const s of result.firstCounts) console.log(`    ${s.path}  ${kb(s.sent)}`);
  }
  const state = await probe(page);
  result.longTasks = state.longTasks.length;
  result.longestTask = Math.max(0, ...state.longTasks.map((t) => t.duration));
  result.maxFrameGap = state.gaps.max;
  result.slowestInput = Math.max(
    0,
    ...state.events
      .filter((e) => ['keydown', 'keypress', 'keyup', 'beforeinput', 'input'].includes(e.name))
      .map((e) => e.duration),
  );
  await context.close();
  return result;
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? NaN) : NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.ceil(s.length * p) - 1)] ?? NaN) : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ratio = (ours: number, peer: number) =>
  Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? `${(ours / peer).toFixed(2)}×` : '';

/** Bytes sent, by what they are: the search worker and engine, index files, result items. */
function bytesOf(list: Served[]) {
  const sum = (f: (s: Served) => boolean) => list.filter(f).reduce((n, s) => n + s.sent, 0);
  return {
    total: sum(() => true),
    index: sum((s) => s.path.startsWith('data/search/')),
    items: sum((s) => s.path.startsWith('data/items/')),
    scripts: sum((s) => s.path.endsWith('.js')),
    requests: list.length,
  };
}

function printTable(title: string, header: string[], rows: string[][]) {
  const width = (s: string) =>
    Array.from(s).reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/**
 * Whether the machine has a font for Chinese text. Without one Chromium lays out every result in
 * fallback glyphs at 50–60 ms a layout (a long task per keystroke), which readers, who all have
 * one, never see: the bench says so rather than report it as the reader's time.
 */
function hasChineseFont(): boolean | null {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return listed.error ? null : listed.stdout.trim() !== '';
}

async function main() {
  if (hasChineseFont() === false) {
    console.log(
      'No font for Chinese text here (fc-list :lang=zh): layout is several times slower than on a reader’s machine. Install one (apt-get install fonts-noto-cjk) before trusting these timings.',
    );
  }
  const root = await siteDir();
  const server = await serveCounting(root, {
    http2: !values.http1,
    shape: values['slow-4g'] ? SLOW_4G : null,
  });
  const browser = await launchBrowser();
  const results: RunResult[] = [];
  const opens: Record<Backend, { ms: number; files: Served[] }[]> = {
    worker: [],
    'in-process': [],
  };
  try {
    // Once, unmeasured: the server has gzipped what the runs ask for, the disk cache is warm.
    await typingRun(browser, server.url, 'worker', server.served);
    for (let i = 0; i < runs; i++) {
      // Alternating, so that neither backend always runs on a warmer machine.
      for (const backend of (i % 2 === 0
        ? ['worker', 'in-process']
        : ['in-process', 'worker']) as Backend[]) {
        opens[backend].push(await openRun(browser, server.url, backend, server.served));
        const r = await typingRun(browser, server.url, backend, server.served);
        results.push(r);
        console.log(
          `run ${i + 1} ${backend}: first ${ms(r.keystrokes[0]?.ms ?? NaN)}, next p95 ${ms(
            percentile(
              r.keystrokes.slice(1).map((k) => k.ms),
              0.95,
            ),
          )}, longest task ${ms(r.longestTask)}, frame gap ${ms(r.maxFrameGap)}`,
        );
        if (r.errors.length > 0) console.log(`  page errors: ${r.errors.join(' | ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const of = (backend: Backend) => results.filter((r) => r.backend === backend);
  const summary = (backend: Backend) => {
    const rs = of(backend);
    const next = rs.flatMap((r) => r.keystrokes.slice(1).map((k) => k.ms));
    return {
      first: median(rs.map((r) => r.keystrokes[0]?.ms ?? NaN)),
      nextP50: percentile(next, 0.5),
      nextP95: percentile(next, 0.95),
      nextMax: Math.max(...next.filter(Number.isFinite)),
      counts: percentile(
        rs.flatMap((r) => r.counts.map((k) => k.ms)),
        0.95,
      ),
      longestTask: Math.max(...rs.map((r) => r.longestTask)),
      longTasks: median(rs.map((r) => r.longTasks)),
      frameGap: Math.max(...rs.map((r) => r.maxFrameGap)),
      slowestInput: Math.max(...rs.map((r) => r.slowestInput)),
      open: median(opens[backend].map((o) => o.ms)),
      openBytes: bytesOf(opens[backend][0]?.files ?? []),
      firstPage: bytesOf(rs[0]?.firstPage ?? []),
      firstCounts: bytesOf(rs[0]?.firstCounts ?? []),
    };
  };
  const ours = summary('worker');
  const peer = summary('in-process');
  const searchManifest = JSON.parse(
    await readFile(path.join(root, 'data/search/manifest.json'), 'utf8'),
  ) as { docCount: number };
  const docs = ` (${searchManifest.docCount.toLocaleString('en')} items)`;
  const peerName = 'no worker';
  const rows: BenchRow[] = [
    {
      measure: `search URL ?q=${QUERIES[0]} opened → first page${docs}`,
      value: `${ms(ours.open)} (${kb(ours.openBytes.total)} gzip, search index ${kb(ours.openBytes.index)})`,
      target: '',
      peer: `${peerName} ${ms(peer.open)}`,
      ratio: ratio(ours.open, peer.open),
    },
    {
      measure: `typing: first keystroke → first page${docs}`,
      value: ms(ours.first),
      target: `≤ ${TARGETS.first} ms`,
      peer: `${peerName} ${ms(peer.first)}`,
      ratio: ratio(ours.first, peer.first),
    },
    {
      measure: 'typing: next keystroke → results, p95',
      value: `${ms(ours.nextP95)} (p50 ${ms(ours.nextP50)}, max ${ms(ours.nextMax)})`,
      target: `≤ ${TARGETS.next} ms`,
      peer: `${peerName} ${ms(peer.nextP95)}`,
      ratio: ratio(ours.nextP95, peer.nextP95),
    },
    {
      measure: 'typing: longest main-thread task',
      value: `${ours.longestTask > 0 ? ms(ours.longestTask) : 'none over 50 ms'}; frame gap max ${ms(ours.frameGap)}`,
      target: `≤ ${TARGETS.block} ms`,
      peer: `${peerName} ${peer.longestTask > 0 ? ms(peer.longestTask) : 'none'}; gap ${ms(peer.frameGap)}`,
      ratio: ratio(ours.frameGap, peer.frameGap),
    },
    {
      measure: 'typing: slowest keystroke, input → next paint',
      value: ms(ours.slowestInput),
      target: '',
      peer: `${peerName} ${ms(peer.slowestInput)}`,
      ratio: ratio(ours.slowestInput, peer.slowestInput),
    },
    {
      measure: 'typing: last keystroke → total counted, p95',
      value: ms(ours.counts),
      target: '',
      peer: `${peerName} ${ms(peer.counts)}`,
      ratio: ratio(ours.counts, peer.counts),
    },
    {
      measure: `first query ${QUERIES[0]}: bytes to first page (gzip)`,
      value: `${kb(ours.firstPage.total)} (index ${kb(ours.firstPage.index)}, items ${kb(ours.firstPage.items)}, JS ${kb(ours.firstPage.scripts)})`,
      target: `≤ ${TARGETS.firstQueryKb} KB`,
      peer: `${peerName} ${kb(peer.firstPage.total)}`,
      ratio: ratio(ours.firstPage.total, peer.firstPage.total),
    },
    {
      measure: `first query ${QUERIES[0]}: bytes with its counts (gzip)`,
      value: `${kb(ours.firstCounts.total)} (index ${kb(ours.firstCounts.index)}, ${ours.firstCounts.requests} requests)`,
      target: '',
      peer: `${peerName} ${kb(peer.firstCounts.total)}`,
      ratio: ratio(ours.firstCounts.total, peer.firstCounts.total),
    },
  ];

  const keystrokes = of('worker')[0]?.keystrokes ?? [];
  printTable(
    'Each keystroke → results on screen, ms (median of runs)',
    ['typed', 'worker', peerName],
    keystrokes.map((k, i) => [
      k.text,
      ms(median(of('worker').map((r) => r.keystrokes[i]?.ms ?? NaN))),
      ms(median(of('in-process').map((r) => r.keystrokes[i]?.ms ?? NaN))),
    ]),
  );
  printTable(
    `Typing in the built site${docs} over ${values.http1 ? 'HTTP/1.1' : 'HTTP/2'}${values['slow-4g'] ? ' paced as Slow 4G' : ''}, ${runs} run(s) of each backend; peer: the same engine without the worker`,
    ['measure', 'value', 'target', 'peer', 'ours ÷ peer'],
    rows.map((r) => [r.measure, r.value, r.target, r.peer, r.ratio]),
  );
  if (values.json) await writeFile(values.json, `${JSON.stringify(rows, null, 2)}\n`);
}

await main();
