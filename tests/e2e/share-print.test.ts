import { readFile } from 'node:fs/promises';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Article } from '../../src/domain/bundle/bundle.ts';
import { builtItemIds, openRoute, openSite, type Site } from './support/site.ts';

let site: Site;
let article: Article;

beforeAll(async () => {
  site = await openSite();
  const { articleId } = await builtItemIds();
  const file = path.join(inject('distDir'), 'data', 'items', `${articleId}.json`);
  article = (JSON.parse(await readFile(file, 'utf8')) as { item: Article }).item;
});

afterAll(async () => {
  await site.close();
});

/** The article's address in the reader, as a reader copies it from the address bar. */
const articleAddress = () => `${site.url}#/article/${article.id}`;

/** The text of the QR code in a PNG, or null where none is found. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

async function openArticle(page: Page) {
  await openRoute(page, site, `/article/${article.id}`);
}

describe('分享卡片', () => {
  it('downloads a PNG card whose QR code opens the article where files cannot be shared', async () => {
    const page = await site.newPage();
    // A desktop browser: it shares no files, so the card is downloaded.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'canShare', { value: () => false, configurable: true });
    });
    await openArticle(page);
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('group', { name: '文章操作' })
      .getByRole('button', { name: '分享卡片' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(download.suggestedFilename()).toContain(Array.from(article.title).slice(0, 4).join(''));
    const file = await download.path();
    const png = await readFile(file);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([1080, 1350]);
    expect(decodeQr(png)).toBe(articleAddress());
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '卡片图片已下载' }).count())
      .toBe(1);
    await page.close();
  });

  it('hands the card to the share sheet as a PNG file where the browser can share files', async () => {
    const page = await site.newPage();
    // A phone's share sheet, scripted: it takes any files and records what it was given.
    await page.addInitScript(() => {
      const shared: { name: string; type: string; size: number }[] = [];
      Object.assign(window, { sharedFiles: shared });
      Object.defineProperty(navigator, 'canShare', {
        value: (data: ShareData) => Boolean(data.files?.length),
        configurable: true,
      });
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          for (const file of data.files ?? [])
            shared.push({ name: file.name, type: file.type, size: file.size });
          return Promise.resolve();
        },
        configurable: true,
      });
    });
    await openArticle(page);
    await page.getByRole('button', { name: '分享卡片' }).click();
    const shared = () =>
      page.evaluate(
        () =>
          (window as unknown as { sharedFiles: { name: string; type: string; size: number }[] })
            .sharedFiles,
      );
    await expect.poll(async () => (await shared()).length).toBe(1);
    const [file] = await shared();
    expect(file?.type).toBe('image/png');
    expect(file?.name).toMatch(/\.png$/);
    expect(file?.size).toBeGreaterThan(10_000);
    await page.close();
  });
});

describe('printing an article', () => {
  it('prints the article alone, with the source address in full and as a QR code', async () => {
    const page = await site.newPage();
    await openArticle(page);
    await page.emulateMedia({ media: 'print' });

    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('.article__body p').first().isVisible()).toBe(true);
    expect(await page.locator('.article__meta time').isVisible()).toBe(true);
    // No navigation, header, footer, bottom bar, buttons or chips on paper.
    for (const hidden of [
      'nav',
      'button',
      '.site-header',
      '.site-footer',
      '.article__actions',
      '.tag-chips',
      'input',
    ]) {
      expect(await page.locator(hidden).filter({ visible: true }).count(), hidden).toBe(0);
    }

    const printed = page.locator('.print-source');
    expect(await printed.isVisible()).toBe(true);
    const source = article.url ?? '';
    expect(source).toMatch(/^https?:\/\//);
    expect(await printed.textContent()).toContain(new URL(source).href);
    const qr = page.getByRole('img', { name: '原文地址的二维码' });
    expect(decodeQr(await qr.screenshot())).toBe(new URL(source).href);

    // The screen never shows the printed footer.
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '分享卡片' }).isVisible()).toBe(true);
    await page.close();
  });
});
