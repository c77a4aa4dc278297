import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { FAILURES_PER_SYNC } from '../../src/client/features/offline/lib/copy-failures.ts';
import { OFFLINE_CACHES } from '../../src/client/lib/service-worker/offline-caches.ts';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { builtItemIds, openRoute, openSite, type Site } from './support/site.ts';

// A bookmark file of ids this site never had, beside one real article: what flooded the host
// (issue #15: 20,000 such ids made 2,324 item requests in 20 s, again on every reload).
const UNKNOWN = 2_000;
const unknownId = (n: number) => `unknown-${String(n).padStart(4, '0')}`;

let site: Site;
let context: BrowserContext;
let page: Page;
let articleId: string;

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext();
  page = await site.newPage(context);
  ({ articleId } = await builtItemIds());
});

afterAll(async () => {
  await context.close();
  await site.close();
});

function bookmarkFile(): Buffer {
  const minute = 60_000;
  const start = Date.UTC(2024, 0, 1);
  const bookmarks = [
    {
      id: articleId,
      kind: 'article',
      title: '还在的文章',
      date: null,
      savedAt: new Date(start + (UNKNOWN + 1) * minute).toISOString(),
    },
    // Newest first: unknown-0000 is the newest of them.
    ...Array.from({ length: UNKNOWN }, (_, n) => ({
      id: unknownId(n),
      kind: 'article',
      title: `不存在的文章 ${n}`,
      date: '2024-01-01',
      savedAt: new Date(start + (UNKNOWN - n) * minute).toISOString(),
    })),
  ];
  return Buffer.from(
    JSON.stringify({ format: 'edu-news-reader/bookmarks', version: 1, bookmarks }),
  );
}

/** Item requests the server answered, by id. */
const itemRequests = () =>
  site.requests
    .filter((path) => path.startsWith('data/items/'))
    .map((path) => path.slice('data/items/'.length, -'.json'.length));

const rememberedMissing = () =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? 0 : Object.keys((JSON.parse(raw) as { missing: object }).missing).length;
  }, STORAGE_KEYS.copyFailures);

const articleCopied = () =>
  page.evaluate(
    async ([name, id]) =>
      (await (await caches.open(name)).keys()).some((r) => r.url.endsWith(`/items/${id}.json`)),
    [OFFLINE_CACHES.bookmarked, articleId] as const,
  );

const goneLines = () => page.getByText('该文章已不在资讯库中', { exact: true }).count();
const rows = () => page.locator('.bookmark-list > li').count();

describe('importing thousands of bookmarks of items the site does not have', () => {
  it('asks for a few of them a visit, each once, and the page shows one page of them', async () => {
    await openRoute(page, site, '/bookmarks');
    // Once the service worker controls the page it fetches again what the page loaded before;
    // waiting for it keeps those requests out of the count.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.getByLabel('导入收藏').setInputFiles({
      name: 'bookmarks.json',
      mimeType: 'application/json',
      buffer: bookmarkFile(),
    });
    await page.getByText(`已从“bookmarks.json”导入 ${UNKNOWN + 1} 条收藏。`).waitFor();
    await expect.poll(articleCopied).toBe(true);
    await expect.poll(rememberedMissing).toBe(FAILURES_PER_SYNC);

    // The first ones, each once; asked for at the same time, they reach the server in any order.
    const firstVisit = itemRequests().filter((id) => id.startsWith('unknown-'));
    expect(firstVisit.sort()).toEqual(
      Array.from({ length: FAILURES_PER_SYNC }, (_, n) => unknownId(n)),
    );
    expect(await rows()).toBe(50);
    expect(await goneLines()).toBe(FAILURES_PER_SYNC);

    await page.reload();
    await expect.poll(rememberedMissing).toBe(2 * FAILURES_PER_SYNC);
    const bothVisits = itemRequests().filter((id) => id.startsWith('unknown-'));
    expect(bothVisits).toHaveLength(2 * FAILURES_PER_SYNC);
    expect(new Set(bothVisits).size).toBe(2 * FAILURES_PER_SYNC);
    // Every bookmark but the real article on the first page is now known to be gone.
    await expect.poll(goneLines).toBe(49);
    expect(await rows()).toBe(50);

    await page.getByRole('button', { name: '全部移除' }).click();
    await page.getByText(`已移除 ${2 * FAILURES_PER_SYNC} 条收藏。`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `共 ${UNKNOWN + 1 - 2 * FAILURES_PER_SYNC} 篇`,
    );
    expect(site.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
