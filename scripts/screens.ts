// npm run screens: phone screenshots of the built site for docs/screens/.
//
// Builds the site from a generated corpus (deterministic, so the pictures change only when the
// reader does), serves it on 127.0.0.1 and photographs home, a list page, an article and a search
// at 390 × 844 in light, dark and 特大 text.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { bundlePaths, type LatestPage } from '../src/domain/bundle/bundle.ts';
import { STORAGE_KEYS } from '../src/client/lib/storage/storage-keys.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { buildSite } from '../tests/e2e/support/build-site.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { generateSeeds } from '../tests/support/generate-seeds.ts';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

const USAGE = `Usage: npm run screens -- [--seeds DIR] [--out DIR]

Builds the site and saves phone screenshots (390 × 844; light, dark, 特大) of home, a list page,
an article and a search.
  --seeds DIR  seed folder to build from (default: 2,000 generated seeds)
  --out DIR    where the PNG files go (default: docs/screens)`;

const { values } = parseCliArgs(
  { name: 'npm run screens', usage: USAGE },
  {
    options: {
      seeds: { type: 'string' },
      out: { type: 'string', default: 'docs/screens' },
    },
  },
);

const WORK = path.resolve('.tmp/screens');
const VIEWPORT = { width: 390, height: 844 };
const VARIANTS = [
  { name: 'light', theme: 'light', fontSize: 'medium' },
  { name: 'dark', theme: 'dark', fontSize: 'medium' },
  { name: 'xlarge', theme: 'light', fontSize: 'xlarge' },
] as const;

async function seedsFolder(): Promise<string> {
  if (values.seeds) return path.resolve(values.seeds);
  const dir = path.join(WORK, 'seeds');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const { file, text } of generateSeeds(2000, 1)) {
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** The routes to photograph; the article is the newest one with text. */
async function routes(distDir: string): Promise<{ name: string; route: string }[]> {
  const latest = JSON.parse(
    await readFile(path.join(distDir, 'data', bundlePaths.latestPage('head')), 'utf8'),
  ) as LatestPage;
  const article = latest.items.find((item) => item.kind === 'article');
  return [
    { name: 'home', route: '/' },
    { name: 'latest', route: '/latest/2' },
    ...(article ? [{ name: 'article', route: `/article/${article.id}` }] : []),
    { name: 'search', route: `/search?q=${encodeURIComponent('近视防控')}` },
  ];
}

async function photograph(browser: Browser, url: string, distDir: string, outDir: string) {
  for (const variant of VARIANTS) {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      colorScheme: variant.theme,
    });
    await context.addInitScript(([key, settings]) => localStorage.setItem(key, settings), [
      STORAGE_KEYS.settings,
      JSON.stringify({ theme: variant.theme, fontSize: variant.fontSize }),
    ] as const);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    for (const { name, route } of await routes(distDir)) {
      await page.goto(`${url}#${route}`);
      await page.locator('main[aria-busy="false"] h1').first().waitFor();
      await page.waitForFunction(() => {
        const text = document.querySelector('main')?.textContent ?? '';
        return !['正在加载', '正在搜索', '正在统计'].some((busy) => text.includes(busy));
      });
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, `${name}-${variant.name}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${path.relative(process.cwd(), file)}`);
    }
    await context.close();
  }
}

const seedsDir = await seedsFolder();
const distDir = path.join(WORK, 'dist');
console.log(`Building the site from ${path.relative(process.cwd(), seedsDir) || '.'}…`);
await buildSite({ outDir: distDir, seedsDir });
const outDir = path.resolve(values.out);
await mkdir(outDir, { recursive: true });
const server = await serveStatic(distDir, '/');
const browser = await launchBrowser();
try {
  console.log(`Screenshots at ${VIEWPORT.width} × ${VIEWPORT.height}:`);
  await photograph(browser, server.url, distDir, outDir);
} finally {
  await browser.close();
  await server.close();
}
