import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { REAL_SEED } from '../support/real-seed.ts';
import { openSite, type Site } from './support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

describe('reading the built site in Chromium', () => {
  it('opens the real article from the home page, and shows it again after a reload', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    await page.getByRole('heading', { name: '最新加入' }).waitFor();
    await page.getByRole('heading', { name: '热门资讯' }).waitFor();

    await page.getByRole('link', { name: REAL_SEED.title }).first().click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(REAL_SEED.title);
    const articleUrl = page.url();
    expect(articleUrl).not.toBe(site.url);

    await page.reload();
    await expect.poll(() => heading.textContent()).toBe(REAL_SEED.title);
    expect(page.url()).toBe(articleUrl);
    expect(await page.locator('main p').allTextContents()).toEqual(
      expect.arrayContaining([...REAL_SEED.paragraphs]),
    );
    await expect.poll(() => page.title()).toContain(REAL_SEED.title);
    expect(site.errors).toEqual([]);
    await page.close();
  });

  it('reopens an article where the reader stopped reading', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await site.newPage(context);
    await page.goto(site.url);
    await page.getByRole('link', { name: REAL_SEED.title }).first().click();
    const third = page.getByText(REAL_SEED.paragraphs[2]);
    await third.waitFor();

    await third.evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await expect
      .poll(() =>
        page.evaluate(
          (key) => localStorage.getItem(key)?.includes('"paragraph":2'),
          STORAGE_KEYS.reading,
        ),
      )
      .toBe(true);
    await page.reload();

    const mark = page.getByText('上次读到这里');
    await mark.waitFor();
    // The mark lands where the reading area starts: below the phone's sticky header, which the
    // page's scroll-padding-top keeps clear (issue #16).
    const areaTop = await page.evaluate(
      () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0,
    );
    await expect
      .poll(() => mark.evaluate((m) => Math.round(m.getBoundingClientRect().top)))
      .toBeLessThan(areaTop + 80);
    await page.getByRole('button', { name: '回到开头' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  it('says so when a link leads nowhere', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}#/no/such/page`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /找不到|未找到|不存在/,
    );
    await page.close();
  });
});
