import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { generateSeeds } from '../support/generate-seeds.ts';
import { buildSite } from './support/build-site.ts';
import { builtItemIds, openRoute, openSite, type Site } from './support/site.ts';

// The phone the issue measured on.
const PHONE = { width: 390, height: 844 };
const FONT_SIZES = ['small', 'medium', 'large', 'xlarge'];

let site: Site;
let corpusDir: string;
let ids: Awaited<ReturnType<typeof builtItemIds>>;

beforeAll(async () => {
  site = await openSite();
  ids = await builtItemIds();
  // A generated corpus of 2,000 seeds, as a reader with a real scrape would have: about two
  // thirds of the latest list are titles without text.
  const seedsDir = path.join(inject('runDir'), 'phone-seeds');
  await mkdir(seedsDir, { recursive: true });
  for (const { file, text } of generateSeeds(2000, 1)) {
    await writeFile(path.join(seedsDir, file), text);
  }
  corpusDir = path.join(inject('runDir'), 'dist-phone');
  await buildSite({ outDir: corpusDir, seedsDir });
});

afterAll(async () => {
  await site.close();
});

async function openPhone(fontSize = 'medium'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEYS.settings,
    JSON.stringify({ fontSize, theme: 'light' }),
  ] as const);
  return { context, page: await site.newPage(context) };
}

describe('reading on a phone', () => {
  it('starts the first seed’s article text in the top half of the screen', async () => {
    const { context, page } = await openPhone();
    await openRoute(page, site, `/article/${ids.articleId}`);
    const first = await page.locator('.article__body p').first().boundingBox();
    expect(first).not.toBeNull();
    expect(first?.y).toBeLessThan(PHONE.height / 2);
    await context.close();
  });

  it('never breaks a header link inside its word, at any font size', async () => {
    const broken: string[] = [];
    for (const fontSize of FONT_SIZES) {
      const { context, page } = await openPhone(fontSize);
      await openRoute(page, site, '/');
      // A word on one line has its boxes on one line; a broken one on several.
      const lines = await page.evaluate(() =>
        [...document.querySelectorAll('.site-nav a')].map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return { text: el.textContent.trim(), lines: tops.size };
        }),
      );
      for (const { text, lines: count } of lines) {
        if (count > 1) broken.push(`${text} at ${fontSize}: ${count} lines`);
      }
      await context.close();
    }
    expect(broken).toEqual([]);
  });

  it('hides the header while reading down and brings it back on the way up', async () => {
    const { context, page } = await openPhone();
    await openRoute(page, site, `/article/${ids.articleId}`);
    const headerBottom = () =>
      page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().bottom);
    expect(await headerBottom()).toBeGreaterThan(0);

    await page.mouse.wheel(0, 1200);
    await page.waitForFunction(
      () => (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 1) <= 0,
    );
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(
      () => (document.querySelector('.site-header')?.getBoundingClientRect().top ?? -1) >= 0,
    );
    expect(await headerBottom()).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps 收藏 and 分享 in a bar at the foot of the screen, 44 px tall or more', async () => {
    const { context, page } = await openPhone();
    await openRoute(page, site, `/article/${ids.articleId}`);
    const bar = await page.getByRole('group', { name: '文章操作' }).boundingBox();
    expect(bar).not.toBeNull();
    expect(Math.round((bar?.y ?? 0) + (bar?.height ?? 0))).toBe(PHONE.height);
    const bookmark = await page.getByRole('button', { name: '收藏', exact: true }).boundingBox();
    expect(bookmark?.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  it('shows at least five readable articles on the first screen of a 2,000-seed site', async () => {
    site.serveFrom(corpusDir);
    try {
      const { context, page } = await openPhone();
      await openRoute(page, site, '/');
      const onScreen = await page.evaluate((height) => {
        const panel = document.querySelector('[role="tabpanel"]');
        return [...(panel?.querySelectorAll('[data-list-primary]') ?? [])].filter((link) => {
          const box = link.getBoundingClientRect();
          const teaser = link.closest('li')?.textContent.includes('仅标题') ?? false;
          return box.bottom <= height && !teaser;
        }).length;
      }, PHONE.height);
      expect(onScreen).toBeGreaterThanOrEqual(5);
      await context.close();
    } finally {
      site.serveFrom(inject('distDir'));
    }
  });

  it('keeps an article of the 2,000-seed site, related list included, inside the screen at 特大', async () => {
    site.serveFrom(corpusDir);
    try {
      const { context, page } = await openPhone('xlarge');
      await openRoute(page, site, '/');
      const first = page.getByRole('tabpanel').locator('[data-list-primary]').first();
      const href = await first.getAttribute('href');
      await openRoute(page, site, (href ?? '').replace(/^#/, ''));
      await page.getByRole('region', { name: '相关文章' }).waitFor();
      const { wide, barBottom } = await page.evaluate(() => ({
        wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        barBottom: document.querySelector('.article__actions')?.getBoundingClientRect().bottom,
      }));
      expect({ wide, barBottom: Math.round(barBottom ?? 0) }).toEqual({
        wide: 0,
        barBottom: PHONE.height,
      });
      await context.close();
    } finally {
      site.serveFrom(inject('distDir'));
    }
  });

  it('shows 最新 and 热门 as tabs', async () => {
    const { context, page } = await openPhone();
    await openRoute(page, site, '/');
    await page.getByRole('tab', { name: '热门' }).click();
    await page
      .getByRole('tabpanel', { name: '热门' })
      .getByRole('region', { name: '热门资讯' })
      .waitFor();
    expect(await page.getByRole('region', { name: '最新加入' }).count()).toBe(0);
    await context.close();
  });
});
