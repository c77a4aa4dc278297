import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { REAL_SEED } from '../support/real-seed.ts';
import { openRoute, openSite, type Site } from './support/site.ts';

let site: Site;
let context: BrowserContext;
let first: Page;
let second: Page;

beforeAll(async () => {
  site = await openSite();
  // Two tabs of one browser profile: they share localStorage, as a reader's tabs do.
  context = await site.browser.newContext({ acceptDownloads: true });
  first = await site.newPage(context);
  second = await site.newPage(context);
  await openRoute(first, site, '/');
  await openRoute(second, site, '/');
});

afterAll(async () => {
  await context.close();
  await site.close();
});

const star = (page: Page) => page.getByRole('button', { name: `收藏《${REAL_SEED.title}》` });
const pressed = (page: Page) => star(page).getAttribute('aria-pressed');

describe('bookmarks in a real browser', () => {
  it('keep a bookmark across a reload', async () => {
    await star(first).click();
    expect(await pressed(first)).toBe('true');

    await first.reload();
    await expect.poll(() => pressed(first)).toBe('true');
  });

  it('show a change in a second tab without reloading it', async () => {
    await expect.poll(() => pressed(second)).toBe('true');

    await star(second).click();
    await expect.poll(() => pressed(first)).toBe('false');
    await star(first).click();
    await expect.poll(() => pressed(second)).toBe('true');
  });

  it('export to a file, and that file restores them after storage is cleared', async () => {
    await openRoute(second, site, '/bookmarks');
    const entry = second.getByRole('link', { name: REAL_SEED.title });
    await entry.waitFor();

    const [download] = await Promise.all([
      second.waitForEvent('download'),
      second.getByRole('button', { name: '导出收藏' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^edu-news-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();

    await second.evaluate(() => localStorage.clear());
    await second.reload();
    await second.getByText(/还没有收藏/).waitFor();
    // Clearing is a storage change like any other: the first tab follows it too.
    await expect.poll(() => pressed(first)).toBe('false');

    await second.getByLabel('导入收藏').setInputFiles(file);
    await second.getByText(/已从“.*”导入 1 条收藏。/).waitFor();
    await entry.waitFor();
    await expect.poll(() => pressed(first)).toBe('true');
    expect(site.errors).toEqual([]);
  });
});
