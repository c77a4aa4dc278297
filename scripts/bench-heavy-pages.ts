/**
 * `npx tsx scripts/bench-heavy-pages.ts [--dist DIR] [--paragraphs 46000] [--bookmarks 20000]
 * [--runs 3]`: the two pages issue #15 found slow, in the built site in Chromium. First a
 * generated article of 46,000 paragraphs, opened and scrolled through (it took 5 s to open, and
 * each scroll frame measured every paragraph). It reports, per run:
 *
 * - open: navigation → the title and the first paragraph on screen, and → every paragraph in the
 *   page; the main thread's long tasks (over 50 ms) in that time, summed;
 * - scroll: twenty scrolls of most of a screen, each timed from `scrollBy` to two frames later
 *   (median and slowest), and the paragraph boxes read (`getBoundingClientRect`) per scroll.
 *
 * Then the bookmarks page holding 20,000 bookmarks (it took 35 s to render): navigation → its
 * list on screen, and the rows rendered.
 *
 * The article is answered by the test (the site's own item files are real): the site is built
 * once from seeds/ into .tmp/bench-article/dist unless `--dist` names one (`--rebuild` builds
 * again). Service workers are blocked, so the article comes from the network on every run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { BUNDLE_VERSION, type Article, type ItemFile } from '../src/domain/bundle/bundle.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { buildSite } from '../tests/e2e/support/build-site.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { hugeArticle } from '../tests/e2e/support/huge-article.ts';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

const COMMAND = {
  name: 'npx tsx scripts/bench-heavy-pages.ts',
  usage: `Usage: npx tsx scripts/bench-heavy-pages.ts [--dist DIR] [--rebuild] [--paragraphs 46000]
                                           [--bookmarks 20000] [--runs 3]

Opens and scrolls a generated article of many paragraphs, then a bookmarks page of many
bookmarks, in the built site in Chromium, and prints the times.

--dist DIR        measure this built site (default: built from seeds/ into .tmp/)
--rebuild         build the site again even if it is there
--paragraphs N    paragraphs of the article (default 46000)
--bookmarks N     bookmarks on the bookmarks page (default 20000)
--runs N          runs (default 3)`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    dist: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    paragraphs: { type: 'string', default: '46000' },
    bookmarks: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
  },
});
const paragraphs = Number(values.paragraphs);
const bookmarkCount = Number(values.bookmarks);
const runs = Math.max(1, Number(values.runs));
const SCROLLS = 20;

interface RunResult {
  firstScreenMs: number;
  allParagraphsMs: number;
  longTaskMs: number;
  scrollMedianMs: number;
  scrollMaxMs: number;
  boxesPerScroll: number;
}

// Counts box reads and sums long tasks from the first script on.
const PROBE = `
  window.__boxReads = 0;
  const read = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function () {
    window.__boxReads++;
    return read.call(this);
  };
  window.__longTaskMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTaskMs += entry.duration;
  }).observe({ type: 'longtask', buffered: true });
`;

interface ProbeWindow {
  __boxReads: number;
  __longTaskMs: number;
}

async function oneRun(page: Page, url: string, article: Article): Promise<RunResult> {
  await page.goto('about:blank');
  await page.goto(`${url}#/article/${article.id}`);
  await page.waitForFunction(
    (title) =>
      document.querySelector('h1')?.textContent === title &&
      document.querySelector('.article__body p') !== null,
    article.title,
    { polling: 'raf', timeout: 120_000 },
  );
  const firstScreenMs = await page.evaluate(() => performance.now());
  await page.waitForFunction(
    (count) => document.querySelectorAll('.article__body p').length === count,
    article.paragraphs.length,
    { polling: 'raf', timeout: 120_000 },
  );
  const allParagraphsMs = await page.evaluate(() => performance.now());
  const longTaskMs = await page.evaluate(() => (window as unknown as ProbeWindow).__longTaskMs);

  const frames: number[] = [];
  let boxes = 0;
  for (let i = 0; i < SCROLLS; i++) {
    const { ms, reads } = await page.evaluate(async () => {
      const probe = window as unknown as ProbeWindow;
      const before = probe.__boxReads;
      const start = performance.now();
      window.scrollBy(0, window.innerHeight * 0.8);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return { ms: performance.now() - start, reads: probe.__boxReads - before };
    });
    frames.push(ms);
    boxes += reads;
  }
  frames.sort((a, b) => a - b);
  return {
    firstScreenMs,
    allParagraphsMs,
    longTaskMs,
    scrollMedianMs: frames[Math.floor(frames.length / 2)] ?? 0,
    scrollMaxMs: frames.at(-1) ?? 0,
    boxesPerScroll: boxes / SCROLLS,
  };
}

/** 20,000 well-formed bookmarks, as an import would leave them in storage. */
function storedBookmarks(count: number): string {
  const start = Date.UTC(2024, 0, 1);
  const bookmarks = Array.from({ length: count }, (_, n) => ({
    id: `bookmark-${n}`,
    kind: 'article',
    title: `收藏的文章 第 ${n + 1} 篇`,
    date: '2024-01-01',
    savedAt: new Date(start + n * 60_000).toISOString(),
  }));
  return JSON.stringify({ format: 'edu-news-reader/bookmarks', version: 1, bookmarks });
}

async function bookmarksRun(page: Page, url: string): Promise<{ listMs: number; rows: number }> {
  await page.goto('about:blank');
  await page.goto(`${url}#/bookmarks`);
  await page.waitForFunction(() => document.querySelector('.bookmark-list > li') !== null, null, {
    polling: 'raf',
    timeout: 300_000,
  });
  const listMs = await page.evaluate(() => performance.now());
  const rows = await page.locator('.bookmark-list > li').count();
  return { listMs, rows };
}

async function main() {
  const dist = path.resolve(values.dist ?? '.tmp/bench-article/dist');
  if (!values.dist && (values.rebuild || !existsSync(path.join(dist, 'index.html')))) {
    console.log(`Building the site into ${dist}…`);
    await buildSite({ outDir: dist });
  }
  const article = hugeArticle(paragraphs);
  const file: ItemFile = { version: BUNDLE_VERSION, item: article };
  const body = JSON.stringify(file);
  console.log(`Article: ${paragraphs} paragraphs, ${(body.length / 1e6).toFixed(1)} M characters.`);

  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.route(`**/data/items/${article.id}.json`, (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    );
    const results: RunResult[] = [];
    // `--paragraphs 0` measures the bookmarks page alone (a build of another bundle version).
    for (let run = 0; paragraphs > 0 && run < runs; run++) {
      const result = await oneRun(page, server.url, article);
      results.push(result);
      console.log(`run ${run + 1}: ${JSON.stringify(result, (_, v: unknown) => round(v))}`);
    }
    const median = (pick: (r: RunResult) => number) => {
      const sorted = results.map(pick).sort((a, b) => a - b);
      return round(sorted[Math.floor(sorted.length / 2)] ?? 0);
    };
    if (paragraphs > 0) console.log('median of runs:');
    if (paragraphs > 0) {
      console.table({
        'first screen (ms)': median((r) => r.firstScreenMs),
        'every paragraph in the page (ms)': median((r) => r.allParagraphsMs),
        'long tasks while opening (ms)': median((r) => r.longTaskMs),
        'scroll frame, median (ms)': median((r) => r.scrollMedianMs),
        'scroll frame, slowest (ms)': median((r) => r.scrollMaxMs),
        'paragraph boxes read per scroll': median((r) => r.boxesPerScroll),
      });
    }

    if (bookmarkCount > 0) {
      const stored = storedBookmarks(bookmarkCount);
      const bookmarksContext = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 1280, height: 800 },
      });
      await bookmarksContext.addInitScript(
        ([key, value]) => {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
        },
        ['edu-news-reader:bookmarks', stored] as const,
      );
      const bookmarksPage = await bookmarksContext.newPage();
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await bookmarksRun(bookmarksPage, server.url);
        times.push(result.listMs);
        console.log(
          `bookmarks run ${run + 1}: ${JSON.stringify(result, (_, v: unknown) => round(v))}`,
        );
      }
      times.sort((a, b) => a - b);
      console.log(
        `bookmarks page with ${bookmarkCount} bookmarks, median: ${String(round(times[Math.floor(times.length / 2)] ?? 0))} ms to the list`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function round(value: unknown): unknown {
  return typeof value === 'number' ? Math.round(value * 10) / 10 : value;
}

await main();
