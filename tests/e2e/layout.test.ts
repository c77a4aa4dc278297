import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { builtItemIds, openRoute, openSite, SCREENSHOT_DIR, type Site } from './support/site.ts';

const PHONE = { width: 360, height: 760 };
const DESKTOP = { width: 1280, height: 900 };

let site: Site;
let ids: Awaited<ReturnType<typeof builtItemIds>>;

beforeAll(async () => {
  site = await openSite();
  ids = await builtItemIds();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await site.close();
});

async function openAt(viewport: { width: number; height: number }) {
  const context: BrowserContext = await site.browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await site.newPage(context);
  await page.goto(site.url);
  return { context, page };
}

async function setSettings(page: Page, fontSize: string, theme: string) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEYS.settings,
    JSON.stringify({ fontSize, theme }),
  ] as const);
  await page.reload();
}

/** How far the page is wider than the window; zero means no sideways scrolling. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

describe('the layout', () => {
  it('never scrolls sideways on a 360 px phone, at the default and the largest font size', async () => {
    const { context, page } = await openAt(PHONE);
    const routes = [
      '/',
      '/latest/1',
      `/article/${ids.articleId}`,
      `/article/${ids.teaserId}`,
      '/bookmarks',
      '/search?q=重庆&region=50',
      '/search?q=开洲',
      `/article/${ids.articleId}?q=党建`,
      '/no/such/page',
    ];
    const wide: string[] = [];
    for (const fontSize of ['medium', 'xlarge']) {
      await setSettings(page, fontSize, 'light');
      for (const route of routes) {
        await openRoute(page, site, route);
        const extra = await overflow(page);
        if (extra > 0) wide.push(`${route} (${fontSize}): ${extra}px too wide`);
      }
    }
    // The search filters start folded on a phone; opened, the region tree is the widest part.
    await openRoute(page, site, '/search?q=重庆&region=500154');
    await page.getByText('筛选', { exact: false }).first().click();
    await page.getByRole('group', { name: '地区' }).waitFor();
    if ((await overflow(page)) > 0) wide.push('search filters open');
    // The open settings panel is the widest thing a phone shows.
    await page.getByRole('button', { name: '阅读设置' }).click();
    if ((await overflow(page)) > 0) wide.push('settings panel open');

    expect(wide).toEqual([]);
    await context.close();
  });

  it('shows the hot list beside the latest list on a wide screen, and as a tab on a phone', async () => {
    const desktop = await openAt(DESKTOP);
    await openRoute(desktop.page, site, '/');
    const box = (name: string) => desktop.page.getByRole('region', { name }).boundingBox();
    const [latest, hot] = [await box('最新加入'), await box('热门资讯')];
    expect(hot !== null && latest !== null && hot.x > latest.x + latest.width - 1).toBe(true);
    await desktop.context.close();

    const phone = await openAt(PHONE);
    await openRoute(phone.page, site, '/');
    expect(await phone.page.getByRole('tab', { name: '最新' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await phone.page.getByRole('region', { name: '热门资讯' }).count()).toBe(0);
    await phone.context.close();
  });

  it('keeps screenshots of every page at phone and desktop width, in both themes', async () => {
    const pages: [string, string][] = [
      ['home', '/'],
      ['article', `/article/${ids.articleId}`],
      ['teaser', `/article/${ids.teaserId}`],
      ['bookmarks', '/bookmarks'],
      ['search', '/search?q=重庆'],
    ];
    for (const [device, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { context, page } = await openAt(viewport);
      // A bookmark and a visited article, so that those pages show what a reader would see.
      await openRoute(page, site, `/article/${ids.articleId}`);
      await page.getByRole('button', { name: '收藏', exact: true }).click();
      for (const theme of ['light', 'dark']) {
        await setSettings(page, 'medium', theme);
        for (const [name, route] of pages) {
          await openRoute(page, site, route);
          await shoot(page, `${device}-${theme}-${name}`);
        }
      }
      await page.getByRole('button', { name: '阅读设置' }).click();
      await shoot(page, `${device}-dark-settings`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
      await shoot(page, `${device}-dark-shortcuts`);
      await context.close();
    }
    expect(site.errors).toEqual([]);
  });
});
