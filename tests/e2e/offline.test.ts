import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { OFFLINE_CACHES } from '../../src/client/lib/service-worker/offline-caches.ts';
import { REAL_SEED } from '../support/real-seed.ts';
import { buildNextRelease, NEXT_BUILD_MARK } from './support/next-build.ts';
import { builtItemIds, openRoute, openSite, type Site } from './support/site.ts';

// Every test starts a fresh site and a fresh browser context: a service worker and its caches
// belong to a context, and one test's worker must not answer for the next.
let site: Site | null = null;
afterEach(async () => {
  await site?.close();
  site = null;
});

async function visit(options: Parameters<typeof openSite>[0] = {}) {
  site = await openSite(options);
  const context = await site.browser.newContext();
  const page = await site.newPage(context);
  return { site, context, page };
}

/** Whether the cache `name` holds `url`, polled from the test (waitForFunction does not await). */
function cached(page: Page, name: string, url: string): Promise<boolean> {
  return page.evaluate(
    async ([name, url]) => (await (await caches.open(name)).match(url)) !== undefined,
    [name, url] as const,
  );
}

/**
 * Waits until the service worker controls the page and has cached what the first visit read
 * before it took over (the manifest is fetched again through it once it controls the page).
 */
async function waitForServiceWorker(page: Page, site: Site) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(() => cached(page, OFFLINE_CACHES.lists, `${site.url}data/manifest.json`))
    .toBe(true);
}

const offlineNotice = (page: Page) => page.getByRole('status').filter({ hasText: '离线' });

async function expectHomeLists(page: Page) {
  await openRoute(page, site as Site, '/');
  const latest = page.getByRole('region', { name: '最新加入' });
  const hot = page.getByRole('region', { name: '热门资讯' });
  expect(await latest.getByRole('link', { name: REAL_SEED.title }).count()).toBe(1);
  expect(await hot.getByRole('link').count()).toBeGreaterThan(0);
}

async function expectArticle(page: Page, id: string) {
  await openRoute(page, site as Site, `/article/${id}`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(REAL_SEED.title);
  expect(await page.locator('main').textContent()).toContain(REAL_SEED.paragraphs[0]);
}

/** Axe's WCAG 2.1 A and AA findings on the page as it is, in the light and the dark theme. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark']) {
    await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const violation of results.violations) {
      found.push(
        ...violation.nodes.map((node) => `${theme} ${violation.id}: ${node.target.join(' ')}`),
      );
    }
  }
  return found;
}

async function goOffline(context: BrowserContext) {
  await (site as Site).setOffline(context, true);
}

describe('after one visit, the reader reads offline', () => {
  it('shows the home lists and an opened article, and says it is offline', async () => {
    const { site, context, page } = await visit();
    const { articleId } = await builtItemIds();
    await openRoute(page, site, '/');
    await waitForServiceWorker(page, site);
    await openRoute(page, site, `/article/${articleId}`);
    expect(await offlineNotice(page).count()).toBe(0);

    await goOffline(context);
    await offlineNotice(page).waitFor();
    expect(await offlineNotice(page).textContent()).toContain('收藏的文章仍可阅读');
    expect(await accessibilityViolations(page)).toEqual([]);
    await site.setOffline(context, false);
    await offlineNotice(page).waitFor({ state: 'detached' });

    await goOffline(context);
    await page.reload();
    // Chromium's offline emulation does not reach a page loaded while it is on
    // (navigator.onLine is true again), so the notice is checked above, on a live page.
    await expectHomeLists(page);
    await expectArticle(page, articleId);
    expect(site.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });

  it('precaches the app shell but none of the data, which is cached as it is read', async () => {
    const { site, page } = await visit();
    await openRoute(page, site, '/');
    await waitForServiceWorker(page, site);

    const precached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
      const cache = await caches.open(name ?? 'none');
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(precached).toContain('/index.html');
    expect(precached).toContain('/manifest.webmanifest');
    expect(precached.filter((path) => /^\/assets\/index-.*\.(js|css)$/.test(path))).toHaveLength(2);
    expect(precached.filter((path) => path.startsWith('/data/'))).toEqual([]);
  });

  it('answers only the reader’s own pages with the app shell; a missing page gets the 404 page', async () => {
    const { site, page } = await visit();
    await openRoute(page, site, '/');
    await waitForServiceWorker(page, site);

    const missing = await page.goto(`${site.url}no-such-page.html`);
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    expect(await page.getByRole('link', { name: '返回首页' }).getAttribute('href')).toBe('/');

    const shell = await page.goto(`${site.url}index.html?from=share`);
    expect(shell?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { name: '最新加入' }).waitFor();
  });

  it('answers a search it ran before from the files it fetched then', async () => {
    const { site, context, page } = await visit();
    await openRoute(page, site, '/');
    await waitForServiceWorker(page, site);
    const results = () =>
      page.getByRole('list', { name: '搜索结果列表' }).getByRole('link', { name: REAL_SEED.title });
    await openRoute(page, site, '/search?q=kaizhou');
    await results().waitFor();

    await goOffline(context);
    await page.reload();
    await results().waitFor();
  });

  it('reads a bookmarked article it never opened, from the copy kept for bookmarks', async () => {
    const { site, context, page } = await visit();
    const { articleId } = await builtItemIds();
    await openRoute(page, site, '/');
    await waitForServiceWorker(page, site);

    await page
      .getByRole('button', { name: `收藏《${REAL_SEED.title}》` })
      .first()
      .click();
    const itemUrl = `${site.url}data/items/${articleId}.json`;
    await expect.poll(() => cached(page, OFFLINE_CACHES.bookmarked, itemUrl)).toBe(true);
    // Copying went through the service worker, which cached the file as if opened too; drop
    // that copy, as the opened-items cache does once it is full, to read the bookmark's own.
    await expect.poll(() => cached(page, OFFLINE_CACHES.items, itemUrl)).toBe(true);
    await page.evaluate(async ([name, url]) => (await caches.open(name)).delete(url), [
      OFFLINE_CACHES.items,
      itemUrl,
    ] as const);

    await goOffline(context);
    await page.reload();
    await expectArticle(page, articleId);
    await openRoute(page, site, '/bookmarks');
    expect(await page.getByRole('main').getByRole('link', { name: REAL_SEED.title }).count()).toBe(
      1,
    );
  });

  it('works the same under the /reader/ sub-path build', async () => {
    const { site, context, page } = await visit({ mount: '/reader/', build: 'reader' });
    const { articleId } = await builtItemIds();
    await openRoute(page, site, '/');
    await waitForServiceWorker(page, site);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
      site.url,
    );
    await openRoute(page, site, `/article/${articleId}`);

    await goOffline(context);
    await page.reload();
    await expectHomeLists(page);
    await expectArticle(page, articleId);
    expect(page.url()).toBe(`${site.url}#/article/${articleId}`);
  });
});

describe('a new release', () => {
  let nextDistDir = '';
  beforeAll(async () => {
    nextDistDir = await buildNextRelease();
  });

  const buildMark = (page: Page) =>
    page.evaluate(
      () => document.querySelector<HTMLMetaElement>('meta[name="reader-build"]')?.content ?? null,
    );

  it('is offered once it is ready, and taken on the reader’s word with a reload', async () => {
    const { site, page } = await visit();
    await openRoute(page, site, '/');
    await waitForServiceWorker(page, site);

    site.serveFrom(nextDistDir);
    // Loading the page makes the browser look for a new service worker; until the reader
    // accepts it, the page keeps running the build it has (the old one, from its cache).
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: '新版本已准备好' });
    await prompt.waitFor({ timeout: 20_000 });
    expect(await buildMark(page)).toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);

    const update = prompt.getByRole('button', { name: '立即更新' });
    await update.focus();
    const reloaded = page.waitForEvent('load');
    await page.keyboard.press('Enter');
    await reloaded;
    await page.getByRole('heading', { name: '最新加入' }).waitFor();
    expect(await buildMark(page)).toBe(NEXT_BUILD_MARK);
    expect(await prompt.count()).toBe(0);
  });
});
