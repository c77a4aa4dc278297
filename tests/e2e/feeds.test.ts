import { AxeBuilder } from '@axe-core/playwright';
import { parseFeed } from '@rowanmanning/feed-parser';
import jsQR from 'jsqr';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { launchBrowser } from './support/browser.ts';
import { buildSite } from './support/build-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const SITE = 'https://example.org/reader/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let dist = '';
let server: StaticServer;
let browser: Browser;
let page: Page;

/** Builds the site as `READER_SITE_URL=… npm run build` does, serves it, and opens Chromium. */
beforeAll(async () => {
  dist = path.join(inject('runDir'), 'dist-feeds');
  const saved = process.env.READER_SITE_URL;
  process.env.READER_SITE_URL = SITE;
  try {
    await buildSite({ outDir: dist });
  } finally {
    if (saved === undefined) delete process.env.READER_SITE_URL;
    else process.env.READER_SITE_URL = saved;
  }
  server = await serveStatic(dist, '/');
  browser = await launchBrowser();
  // Axe works on pages of a context made with browser.newContext().
  page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(120_000);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Opens a route and waits until nothing in main is loading. */
async function open(route: string) {
  await page.goto(`${server.url}#${route}`);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.locator('main[aria-busy="false"] h1').first().waitFor();
  await page.waitForFunction(() => {
    const text = document.querySelector('main')?.textContent ?? '';
    return !['正在加载', '正在搜索', '正在统计'].some((busy) => text.includes(busy));
  });
}

const alternate = (type: string) =>
  page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute('href');

/** The text of the QR code in a PNG, or null where none is found. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe('a site built with READER_SITE_URL', () => {
  it('names its feed in the home page head, and the feed links open the right articles', async () => {
    await open('/');
    expect(await alternate('application/rss+xml')).toBe(`${SITE}data/feeds/all.rss.xml`);
    expect(await alternate('application/atom+xml')).toBe(`${SITE}data/feeds/all.atom.xml`);

    const feed = parseFeed(await readFile(path.join(dist, 'data/feeds/all.rss.xml'), 'utf8'));
    const item = feed.items[0];
    expect(item?.url?.startsWith(`${SITE}#/article/`)).toBe(true);
    // The same route on this server, as the feed's link opens it on the real site.
    await open((item?.url ?? '').slice(`${SITE}#`.length));
    expect(await page.locator('main h1').first().textContent()).toBe(item?.title);
  });

  it('offers 订阅 on a topic page: the address, a QR code of it, and its alternate link', async () => {
    const address = `${SITE}data/feeds/topic/party-building.rss.xml`;
    await open('/search?topic=party-building');
    expect(await alternate('application/rss+xml')).toBe(address);
    await page.getByRole('button', { name: '订阅' }).click();
    const panel = page.getByRole('region', { name: /^订阅“党建”/ });
    expect(await panel.getByLabel('订阅地址（RSS）').inputValue()).toBe(address);
    const qr = panel.getByRole('img', { name: `订阅地址的二维码：${address}` });
    expect(decodeQr(await qr.screenshot())).toBe(address);
  });

  it('has no WCAG 2.1 A or AA violations with 订阅 open, in light and dark', async () => {
    const found: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(
        ([key, value]) =>
          localStorage.setItem(key, JSON.stringify({ fontSize: 'medium', theme: value })),
        [STORAGE_KEYS.settings, theme] as const,
      );
      await open('/search?region=50');
      // The theme is read as the app starts.
      await page.reload();
      await page.locator('main[aria-busy="false"] h1').first().waitFor();
      await page.waitForFunction(
        (value) => document.documentElement.dataset.theme === value,
        theme,
      );
      await page.getByRole('button', { name: '订阅' }).click();
      await page.getByRole('region', { name: /^订阅“重庆市”/ }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      found.push(
        ...results.violations.flatMap((v) =>
          v.nodes.map((node) => `${theme}: ${v.id}: ${node.target.join(' ')}`),
        ),
      );
    }
    expect(found).toEqual([]);
  });

  it('keeps the feeds out of the service worker precache', async () => {
    const sw = await readFile(path.join(dist, 'sw.js'), 'utf8');
    expect(sw).toContain('index.html');
    expect(sw).not.toMatch(/feeds\//);
  });
});
