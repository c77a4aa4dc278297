import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_SEED } from '../support/real-seed.ts';
import { builtItemIds, openRoute, openSite, type Site } from './support/site.ts';

const opened: Site[] = [];
afterAll(async () => {
  await Promise.all(opened.map((site) => site.close()));
});

/** Every request the page makes, with its status, to check none leaves the sub-path or fails. */
function recordRequests(page: Page) {
  const seen: { url: string; status: number }[] = [];
  page.on('response', (response) => seen.push({ url: response.url(), status: response.status() }));
  return seen;
}

describe('a site served from a sub-path by a plain static server', () => {
  it('built with --base=/reader/, opens a deep link and shows it again after a reload', async () => {
    const site = await openSite({ mount: '/reader/', build: 'reader' });
    opened.push(site);
    const page = await site.newPage();
    const requests = recordRequests(page);
    const { articleId } = await builtItemIds();

    await openRoute(page, site, `/article/${articleId}`);
    await page.reload();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(REAL_SEED.title);
    expect(page.url()).toBe(`${site.url}#/article/${articleId}`);

    await openRoute(page, site, '/bookmarks');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /我的收藏/ }).waitFor();

    // The search worker and the files it fetches resolve under the mount too.
    await openRoute(page, site, '/search?q=kaizhou');
    await page
      .getByRole('list', { name: '搜索结果列表' })
      .getByRole('link', { name: REAL_SEED.title })
      .waitFor();

    const origin = new URL(site.url).origin;
    expect(requests.filter((r) => !r.url.startsWith(`${origin}/reader/`))).toEqual([]);
    expect(requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(site.errors).toEqual([]);
  });

  it('built with the default relative base, works under any sub-path too', async () => {
    const site = await openSite({ mount: '/some/where/' });
    opened.push(site);
    const page = await site.newPage();
    const requests = recordRequests(page);

    await openRoute(page, site, '/latest/1');
    await page.reload();
    await page.getByRole('link', { name: REAL_SEED.title }).waitFor();
    expect(requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(site.errors).toEqual([]);
  });
});
