import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_SEED } from '../support/real-seed.ts';
import { builtItemIds, openSite, type Site } from './support/site.ts';

let site: Site;
let articleId = '';
beforeAll(async () => {
  site = await openSite();
  ({ articleId } = await builtItemIds());
});
afterAll(async () => {
  await site.close();
});

/**
 * A page whose uncaught errors (not failed requests, which are the point here) are collected.
 * Without a service worker: `page.route` fakes the network at the page, and Playwright does not
 * route the requests a service worker makes (offline.test.ts tests the worker).
 */
async function faultyPage(): Promise<{ page: Page; uncaught: string[] }> {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  return { page, uncaught };
}

const failWith =
  (status: number, body = 'oops', contentType = 'text/plain') =>
  (route: Route) =>
    route.fulfill({ status, body, contentType });

describe('when the bundle fails, the reader is told in Chinese and can retry', () => {
  it.each([
    ['answers 500', failWith(500), '服务器未能提供数据'],
    ['is not JSON', failWith(200, '<html>not json</html>', 'application/json'), '格式不正确'],
    ['cannot be reached', (route: Route) => route.abort('connectionrefused'), '网络连接失败'],
  ])('the manifest %s, then comes back', { timeout: 30_000 }, async (_, fault, message) => {
    const { page, uncaught } = await faultyPage();
    await page.route('**/data/manifest.json', fault);
    await page.goto(site.url);
    const retry = page.getByRole('button', { name: '重试' }).first();
    await retry.waitFor({ timeout: 20_000 });
    expect(await page.locator('main').textContent()).toContain(message);

    await page.unroute('**/data/manifest.json');
    await retry.click();
    await page.getByRole('heading', { name: '热门资讯' }).waitFor();
    expect(await page.getByRole('link', { name: REAL_SEED.title }).count()).toBeGreaterThan(0);
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('gives up on a manifest that never answers, and retries', { timeout: 30_000 }, async () => {
    const { page, uncaught } = await faultyPage();
    // The page's clock is ours: the 15 s request timeout and the retry back-off pass at once.
    await page.clock.install();
    await page.route('**/data/manifest.json', () => undefined);
    await page.goto(site.url);
    const retry = page.getByRole('button', { name: '重试' }).first();
    while (!(await retry.isVisible())) await page.clock.runFor(5_000);
    expect(await page.locator('main').textContent()).toContain('超时');

    await page.unroute('**/data/manifest.json');
    await retry.click();
    await page.getByRole('heading', { name: '热门资讯' }).waitFor();
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('refuses an article file of another version and asks for a reload', async () => {
    const { page, uncaught } = await faultyPage();
    await page.route(
      `**/data/items/${articleId}.json`,
      failWith(200, '{"version":99}', 'application/json'),
    );
    await page.goto(`${site.url}#/article/${articleId}`);
    await page.getByRole('button', { name: '刷新页面' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('数据版本不匹配');
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('breaks only the failed article: the header still works and home still reads', async () => {
    const { page, uncaught } = await faultyPage();
    await page.route(`**/data/items/${articleId}.json`, (route) => route.abort('failed'));
    await page.goto(`${site.url}#/article/${articleId}`);
    await page.getByRole('button', { name: '重试' }).waitFor({ timeout: 20_000 });
    await page.getByRole('banner').getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: '最新加入' }).waitFor();
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('shows an unknown article as not found, with a search box', async () => {
    const { page, uncaught } = await faultyPage();
    await page.goto(`${site.url}#/article/ffffffffffffffff`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/找不到|不存在/);
    expect(await page.getByRole('main').getByRole('searchbox').count()).toBe(1);
    expect(uncaught).toEqual([]);
    await page.close();
  });
});

describe('when storage fails, the reader still reads and is told', () => {
  it('works with localStorage unavailable', async () => {
    const { page, uncaught } = await faultyPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto(`${site.url}#/article/${articleId}`);
    await page.getByRole('heading', { level: 1, name: REAL_SEED.title }).waitFor();
    expect(await page.getByRole('region', { name: '数据保存提示' }).textContent()).toContain(
      '不允许本站保存数据',
    );
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('says so when storage is full, and keeps the change for this page', async () => {
    const { page, uncaught } = await faultyPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(`${site.url}#/article/${articleId}`);
    const toggle = page.getByRole('main').getByRole('button', { name: '收藏', exact: true });
    await toggle.click();
    await page.getByRole('alert').filter({ hasText: '没有保存' }).waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('keeps unreadable bookmark data aside, downloadable, and does not overwrite it', async () => {
    const context = await site.browser.newContext();
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('edu-news-reader:bookmarks', '{broken json');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(`${site.url}#/article/${articleId}`);
    await page.getByText('收藏数据有一部分无法读取').waitFor();
    await page.getByRole('main').getByRole('button', { name: '收藏', exact: true }).click();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('edu-news-reader:bookmarks:unreadable:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{broken json']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载无法读取的数据/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$|\.txt$/);
    expect(uncaught).toEqual([]);
    await context.close();
  });
});
