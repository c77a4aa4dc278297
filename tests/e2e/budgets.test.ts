import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { BYTE_BUDGETS, gzipSize } from '../support/byte-budgets.ts';
import { REAL_SEED } from '../support/real-seed.ts';
import { homeFirstPaintFiles } from './support/home-first-paint.ts';
import { openSite, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

/** Every site file the page asks for from now on, in order, as paths inside the built site. */
function recordRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.href.startsWith(site.url))
      requested.push(url.pathname.slice(new URL(site.url).pathname.length));
  });
  return requested;
}

/** Resolves once the page has asked for nothing new for half a second. */
async function networkQuiet(requested: string[]): Promise<void> {
  for (let seen = -1; seen !== requested.length;) {
    seen = requested.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The gzip size of built files, as a static host would send them. */
async function gzipBytes(files: string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map(async (file) => gzipSize(await readFile(path.join(inject('distDir'), file)))),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe('what a reader downloads', () => {
  it('shows the home lists with the first-paint JavaScript and data within budget', async () => {
    const page = await site.newPage();
    const files = await homeFirstPaintFiles(page, site.url);

    const scripts = files.filter((file) => file.endsWith('.js'));
    const data = files.filter((file) => file.startsWith('data/'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(data.sort()).toEqual(['data/latest/articles/head.json', 'data/manifest.json']);
    expect(await gzipBytes(scripts)).toBeLessThanOrEqual(BYTE_BUDGETS.firstPaintJs);
    expect(await gzipBytes(data)).toBeLessThanOrEqual(BYTE_BUDGETS.homeData);
    // Route code is split: nothing of the article view or of search comes before the lists.
    expect(scripts.filter((file) => /\/(article|search)[-.]/.test(file))).toEqual([]);
    await page.close();
  });

  it('opens an article from the home page in at most two requests within budget', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    const link = page.getByRole('link', { name: REAL_SEED.title }).first();
    await link.waitFor();
    // The home page registers its service worker once it is idle: wait for that to be done
    // rather than for a quiet moment, which a busy machine can make come too early.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await networkQuiet(recordRequests(page));

    const requested = recordRequests(page);
    await link.click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(REAL_SEED.title);
    await networkQuiet(requested);

    expect(requested.length).toBeGreaterThan(0);
    expect(requested.length).toBeLessThanOrEqual(BYTE_BUDGETS.articleRequests);
    expect(requested.some((file) => file.startsWith('data/items/'))).toBe(true);
    expect(await gzipBytes(requested)).toBeLessThanOrEqual(BYTE_BUDGETS.article);
    await page.close();
  });
});
