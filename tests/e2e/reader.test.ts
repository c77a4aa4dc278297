import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
