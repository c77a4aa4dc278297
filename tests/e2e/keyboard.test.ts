import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_SEED } from '../support/real-seed.ts';
import { openRoute, openSite, type Site } from './support/site.ts';

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
});

afterAll(async () => {
  await site.close();
});

/** The focused element's accessible text, and whether the browser draws its focus ring. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return { text: '', tag: '', ring: false };
    return {
      text: element.textContent.trim(),
      tag: element.tagName.toLowerCase(),
      ring: element.matches(':focus-visible'),
    };
  });

/** Tabs until the element with this tag and text has focus; fails after `limit` presses. */
async function tabTo(tag: string, text: string, { backwards = false, limit = 30 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused();
    if (now.tag === tag && now.text === text) return;
  }
  throw new Error(`Tab never reached <${tag}> “${text}”.`);
}

describe('reading with the keyboard alone in Chromium', () => {
  it('walks from the home page to an article and bookmarks it, with focus always visible', async () => {
    await openRoute(page, site, '/');

    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: '跳到正文', tag: 'a', ring: true });
    await page.keyboard.press('Enter');
    expect((await focused()).tag).toBe('main');

    const titles = await page.locator('main [data-list-primary]').allTextContents();
    const target = titles.indexOf(REAL_SEED.title);
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= target; i++) await page.keyboard.press('j');
    expect(await focused()).toEqual({ text: REAL_SEED.title, tag: 'a', ring: true });

    await page.keyboard.press('o');
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(REAL_SEED.title);

    await page.keyboard.press('b');
    const toggle = page.getByRole('button', { name: '收藏', exact: true });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
    await dialog.waitFor();
    expect(await focused()).toEqual({ text: '关闭', tag: 'button', ring: true });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('reaches the bookmarks by Tab and removes and restores one with the keyboard', async () => {
    // The navigation link, not the article's own 收藏 button on the way.
    await tabTo('a', '收藏');
    expect((await focused()).ring).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /我的收藏/ }).waitFor();

    await page.keyboard.press('j');
    expect(await focused()).toEqual({ text: REAL_SEED.title, tag: 'a', ring: true });
    await page.keyboard.press('b');
    await page.getByText(`已移除《${REAL_SEED.title}》。`).waitFor();
    expect(await focused()).toEqual({ text: '撤销', tag: 'button', ring: true });

    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: REAL_SEED.title }).waitFor();
    expect(site.errors).toEqual([]);
  });

  it('changes the font size and theme from the keyboard', async () => {
    await openRoute(page, site, '/');
    // Focus is on the main region after a navigation; the header's last control is just before.
    await tabTo('button', 'Aa阅读设置', { backwards: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // Arrow keys move within a radio group, as in any form.
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.fontSize))
      .toBe('large');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await page.keyboard.press('Escape');
    expect((await focused()).text).toBe('Aa阅读设置');
  });
});
