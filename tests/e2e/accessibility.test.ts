import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BOOKMARK_FILE_FORMAT,
  BOOKMARK_FILE_VERSION,
} from '../../src/client/features/bookmarks/lib/bookmark-file.ts';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { builtItemIds, openRoute, openSite, type Site } from './support/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: Site;
let page: Page;
let routes: [name: string, route: string][];
const MISSING_ID = '0000000000000000';
const notFound: string[] = [];

beforeAll(async () => {
  site = await openSite();
  // Axe works on pages of a context made with browser.newContext().
  page = await site.newPage(await site.browser.newContext());
  page.on('response', (response) => {
    if (response.status() === 404) notFound.push(new URL(response.url()).pathname);
  });
  const { articleId, teaserId } = await builtItemIds();
  routes = [
    ['home', '/'],
    ['latest', '/latest/1'],
    ['article', `/article/${articleId}`],
    ['teaser', `/article/${teaserId}`],
    ['bookmarks', '/bookmarks'],
    ['search', '/search?q=重庆'],
    ['search filtered', '/search?q=重庆&region=50&topic=party-building'],
    ['search without results', '/search?q=开洲'],
    ['article opened from search', `/article/${articleId}?q=党建`],
    ['missing article', `/article/${MISSING_ID}`],
    ['unknown address', '/no/such/page'],
  ];
  // A bookmark makes the bookmarks page show its list, the part with the most controls.
  await page.goto(site.url);
  const file = {
    format: BOOKMARK_FILE_FORMAT,
    version: BOOKMARK_FILE_VERSION,
    bookmarks: [
      {
        id: articleId,
        kind: 'article',
        title: '收藏的文章',
        date: null,
        savedAt: '2024-11-23T08:00:00Z',
      },
    ],
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEYS.bookmarks,
    JSON.stringify(file),
  ] as const);
});

afterAll(async () => {
  await site.close();
});

/** Axe's findings as short lines, so a failure says what and where at a glance. */
async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

async function useTheme(theme: 'light' | 'dark') {
  await page.evaluate(
    ([key, value]) =>
      localStorage.setItem(key, JSON.stringify({ fontSize: 'medium', theme: value })),
    [STORAGE_KEYS.settings, theme] as const,
  );
  await page.reload();
  await page.waitForFunction((value) => document.documentElement.dataset.theme === value, theme);
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
  beforeAll(async () => {
    await useTheme(theme);
  });

  it('has no WCAG 2.1 A or AA violations on any route', async () => {
    const found: string[] = [];
    for (const [name, route] of routes) {
      await openRoute(page, site, route);
      found.push(...(await violations()).map((line) => `${name}: ${line}`));
    }
    expect(found).toEqual([]);
  });

  it('has none with the reading settings or the shortcuts help open', async () => {
    await openRoute(page, site, '/');
    await page.getByRole('button', { name: '阅读设置' }).click();
    const withSettings = await violations();
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
    const withHelp = await violations();
    await page.keyboard.press('Escape');

    expect({ withSettings, withHelp }).toEqual({ withSettings: [], withHelp: [] });
    // The missing-article route asks for a file that does not exist, and Chromium logs that 404
    // itself; nothing else may fail.
    expect(new Set(notFound)).toEqual(new Set([`/data/items/${MISSING_ID}.json`]));
    expect(site.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });
});
