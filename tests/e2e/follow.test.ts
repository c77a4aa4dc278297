import { AxeBuilder } from '@axe-core/playwright';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { buildSite } from './support/build-site.ts';
import { openRoute, openSite, type Site } from './support/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const REAL_SEED = '000_3d2d69945a7a5db6.txt';
const ADDED_TITLE = '重庆市发布中小学招生入学工作通知';

/** A seed about 重庆, newer than the real one, written here: the article a rebuild adds. */
const addedSeed = [
  ADDED_TITLE,
  '重庆市教育委员会近日印发通知，部署全市中小学招生入学工作，要求各区县规范招生行为。',
  '通知明确，义务教育学校严格执行免试就近入学，公办民办学校同步招生。',
  '原文链接:http://jw.cq.gov.cn/zwxx_209/bmdt/202412/t20241201_10000001.html',
].join('\n');

let site: Site;
let page: Page;
let addedDist: string;

beforeAll(async () => {
  site = await openSite();
  // The site of the next day: the same seed and one more.
  const seedsDir = path.join(inject('runDir'), 'follow-seeds');
  await mkdir(seedsDir, { recursive: true });
  await copyFile(path.resolve('seeds', REAL_SEED), path.join(seedsDir, REAL_SEED));
  await writeFile(path.join(seedsDir, 'added.txt'), `${addedSeed}\n`);
  addedDist = path.join(inject('runDir'), 'dist-follow-added');
  await buildSite({ outDir: addedDist, seedsDir });
  page = await site.newPage(await site.browser.newContext());
});

afterAll(async () => {
  await site.close();
});

/**
 * The reader leaves, and comes back a few hours later: the page is left (which records the end
 * of the visit), and the next load finds that visit long past, once.
 */
async function leaveAndComeBackLater(url: string) {
  await page.goto('about:blank');
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('came-back') !== null) return;
    sessionStorage.setItem('came-back', '1');
    const visits = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...visits, lastSeenAt: Date.now() - 3 * 3600_000 }));
  }, STORAGE_KEYS.visits);
  await page.goto(url);
}

async function checkAxe(theme: 'light' | 'dark') {
  await page.evaluate(
    ([key, value]) =>
      localStorage.setItem(key, JSON.stringify({ fontSize: 'medium', theme: value })),
    [STORAGE_KEYS.settings, theme] as const,
  );
  await page.reload();
  await page.waitForFunction((value) => document.documentElement.dataset.theme === value, theme);
  await page.locator('main[aria-busy="false"] h1').first().waitFor();
  // Settled: results and counts still loading are dimmed on purpose, which axe would measure.
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('关注 and what is new, across a rebuild', () => {
  it('counts the new result of a followed search and marks the new article', async () => {
    // Day one: the reader follows 重庆 and looks at the home page.
    await openRoute(page, site, '/search?q=重庆');
    await page.getByRole('button', { name: '关注' }).click();
    await expect
      .poll(() =>
        page.evaluate((key) => {
          const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as {
            follows?: { seen: unknown }[];
          };
          return stored.follows?.[0]?.seen ?? null;
        }, STORAGE_KEYS.follows),
      )
      .not.toBeNull();
    await openRoute(page, site, '/');
    await page.getByRole('link', { name: '重庆', exact: true }).waitFor();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEYS.visits))
      .toContain('"current":{');

    // A new build with one more seed, and the reader comes back.
    site.serveFrom(addedDist);
    await leaveAndComeBackLater(site.url);
    const followed = page.getByRole('region', { name: '我的关注' });
    await followed.getByRole('link', { name: '重庆 1 条新' }).waitFor();
    const newEntry = page.getByRole('listitem').filter({ hasText: ADDED_TITLE });
    await expect.poll(() => newEntry.textContent()).toContain('新加入');

    // 只看新的: the new article alone.
    await page.getByRole('link', { name: '只看新的' }).click();
    await page.waitForURL(/#\/latest\/1\?new=1$/);
    const titles = page.locator('main .item-list__title');
    await expect.poll(() => titles.allTextContents()).toEqual([ADDED_TITLE]);
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (theme) => {
    await openRoute(page, site, '/');
    await page.getByRole('region', { name: '我的关注' }).waitFor();
    await checkAxe(theme);
    await openRoute(page, site, '/latest/1?new=1');
    await checkAxe(theme);
    await openRoute(page, site, '/search?q=重庆');
    await page.getByRole('button', { name: '关注' }).waitFor();
    await checkAxe(theme);
  });
});
