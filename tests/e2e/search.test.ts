import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REAL_SEED } from '../support/real-seed.ts';
import { openSite, type Site } from './support/site.ts';

/**
 * A filter value's accessible name, “重庆市，2条”: Chromium puts blanks around the visually
 * hidden comma and measure word, which jsdom does not.
 */
const counted = (label: string, count: number) => new RegExp(`^${label}\\s*，\\s*${count}\\s*条$`);

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const YONGCHUAN = REAL_SEED.prev;

/** The result titles on screen, once none is still loading. */
async function resultTitles(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: '搜索结果列表' });
  await list.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.search-result--loading, .search-results[aria-busy="true"]'),
  );
  return list.locator('[data-list-primary]').allTextContents();
}

const searchOf = (page: Page) =>
  Object.fromEntries(new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? ''));

describe('searching the built site in Chromium', () => {
  it('finds as the reader types, in a worker, with marks, filters that survive a reload, and marks in the article', async () => {
    const page = await site.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${site.url}#/search`);

    const box = page.getByRole('searchbox', { name: '搜索关键词' });
    await box.pressSequentially('重庆');
    await expect.poll(() => resultTitles(page)).toEqual([REAL_SEED.title, YONGCHUAN]);
    expect(searchOf(page)).toEqual({ q: '重庆' });
    expect(workers).toEqual([expect.stringMatching(/search\.worker-[\w-]+\.js$/)]);
    // Found through its county: the title never says 重庆, and 开州区 is what gets marked.
    const first = page.getByRole('link', { name: REAL_SEED.title });
    await expect.poll(() => first.locator('mark').allTextContents()).toEqual(['开州区']);

    const regions = page.getByRole('group', { name: '地区' });
    await regions.getByRole('button', { name: counted('重庆市', 2) }).click();
    await regions.getByRole('button', { name: counted('开州区', 1) }).click();
    const topics = page.getByRole('group', { name: '专题' });
    await topics.getByRole('button', { name: counted('党建', 1) }).click();
    expect(searchOf(page)).toEqual({ q: '重庆', region: '500154', topic: 'party-building' });
    await expect.poll(() => resultTitles(page)).toEqual([REAL_SEED.title]);
    await expect.poll(() => page.getByRole('status').allTextContents()).toContain('找到 1 条结果');

    await page.reload();
    await expect.poll(() => resultTitles(page)).toEqual([REAL_SEED.title]);
    expect(await box.inputValue()).toBe('重庆');
    expect(
      await topics.getByRole('button', { name: counted('党建', 1) }).getAttribute('aria-pressed'),
    ).toBe('true');

    await page.goBack();
    expect(searchOf(page)).toEqual({ q: '重庆', region: '500154' });
    await page.goForward();

    await box.fill('三力 党建');
    await expect.poll(() => first.locator('mark').allTextContents()).toEqual(['三力', '党建']);
    await first.click();
    await page.getByRole('heading', { level: 1, name: REAL_SEED.title }).waitFor();
    expect(searchOf(page)).toEqual({ q: '三力 党建' });
    const body = page.locator('.article__body');
    await expect.poll(() => body.locator('mark').count()).toBeGreaterThan(20);
    expect(new Set(await body.locator('mark').allTextContents())).toEqual(
      new Set(['三力', '党建']),
    );
    expect(site.errors).toEqual([]);
    await page.close();
  });

  it('offers near queries when nothing is found', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}#/search?q=开洲`);
    await page.getByText('没有找到与“开洲”相关的结果。').waitFor();
    await page.getByRole('link', { name: '开州' }).click();
    await expect.poll(() => resultTitles(page)).toEqual([REAL_SEED.title]);
    await page.close();
  });

  it('finds 开州 from the first letters of its pinyin while they are typed, and marks it', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}#/search`);
    const box = page.getByRole('searchbox', { name: '搜索关键词' });
    await box.pressSequentially('kaiz');
    await expect.poll(() => resultTitles(page)).toContain(REAL_SEED.title);
    const first = page.getByRole('link', { name: REAL_SEED.title });
    // 开州 names the county, so its full name is marked, as for 开州 typed in characters.
    await expect.poll(() => first.locator('mark').allTextContents()).toEqual(['开州区']);
    await box.fill('kai zh');
    await expect.poll(() => resultTitles(page)).toContain(REAL_SEED.title);
    // A finished syllable that spells nothing more finds nothing.
    await box.fill('kaizhoux');
    await page.getByText('没有找到与“kaizhoux”相关的结果').waitFor();
    expect(site.errors).toEqual([]);
    await page.close();
  });

  it('starts from the header box with /, and the home page loads nothing of search', async () => {
    const page = await site.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(site.url);
    await page.getByRole('region', { name: '按地区和专题浏览' }).waitFor();
    await page.getByRole('link', { name: REAL_SEED.title }).first().waitFor();
    expect(scripts.filter((s) => /search|worker|division/.test(s))).toEqual([]);

    await page.keyboard.press('/');
    await page.keyboard.type('kaizhou');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultTitles(page)).toEqual([REAL_SEED.title]);
    expect(searchOf(page)).toEqual({ q: 'kaizhou' });
    await page.close();
  });
});
