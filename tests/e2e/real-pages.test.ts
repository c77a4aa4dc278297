import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite } from './support/build-site.ts';
import { openRoute, openSite, type Site } from './support/site.ts';

// Pages written for this test in the shapes real scrapes take (spam keyword lines, site
// greetings, breadcrumbs, gambling tails, ruby, markup, a page with no headline, a tag page),
// built into a site of their own.
const PAGES_DIR = path.resolve('tests/fixtures/scraped-pages');
const SPAM = '免费高清影视在线看-最新热播剧全集-经典电影频道-综艺动漫随心播';

let site: Site;
beforeAll(async () => {
  const outDir = path.join(inject('runDir'), 'dist-scraped-pages');
  await buildSite({ outDir, seedsDir: PAGES_DIR });
  site = await openSite();
  site.serveFrom(outDir);
});
afterAll(async () => {
  await site.close();
});

/** The result titles on screen for a search, once none is still loading. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}#/search?q=${encodeURIComponent(query)}`);
  const list = page.getByRole('list', { name: '搜索结果列表' });
  await list.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.search-result--loading, .search-results[aria-busy="true"]'),
  );
  return list.locator('[data-list-primary]').allTextContents();
}

describe('a site built from pages scraped from other sites', () => {
  it.each([
    ['湖南', '浏阳市举办首届中小学科技创新大赛'],
    ['四川', '绵竹市开展校园食品安全专项检查'],
    ['广东', '汕尾市城区中小学开展防溺水安全教育周活动'],
    ['台湾', '花蓮縣偏鄉學校推動共讀計畫 圖書館深夜不打烊'],
  ])('finds the article by its province %s, under its real headline', async (province, title) => {
    const page = await site.newPage();
    await expect.poll(() => search(page, province)).toEqual([title]);
    await page.getByRole('link', { name: title }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('main').textContent()).not.toMatch(/棋牌|登录|ICP|影视|<p|xué/);
    await page.close();
  });

  it('shows a page without a headline under its lead, saying so', async () => {
    const page = await site.newPage();
    const [title = ''] = await search(page, '甘肃');
    expect(title).toMatch(/^近日，临夏市第二实验小学启用新建的劳动实践园/);
    await page.getByRole('link', { name: title }).click();
    await page.getByText('原网页没有标题，上面的标题取自正文的第一句。').waitFor();
    await page.close();
  });

  it('never shows a spam line, and publishes nothing of a tag page', async () => {
    const page = await site.newPage();
    await openRoute(page, site, '/');
    const home = (await page.locator('main').textContent()) ?? '';
    expect(home).toContain('浏阳市举办首届中小学科技创新大赛');
    expect(home).not.toContain(SPAM);
    expect(home).not.toContain('中考体育考试时间安排');
    await openRoute(page, site, `/search?q=${encodeURIComponent('中考体育')}`);
    expect(await page.locator('main').textContent()).not.toContain('考试时间安排');
    expect(site.errors).toEqual([]);
    await page.close();
  });
});
