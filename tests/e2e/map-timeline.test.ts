import { AxeBuilder } from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { monthsBetween, monthRange } from '../../src/domain/bundle/stats-files.ts';
import { readBundle } from '../support/read-bundle.ts';
import { openRoute, openSite, type Site } from './support/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let site: Site;
let bundle: ReturnType<typeof readBundle>;

/** The built bundle's JSON files, read from the site the tests serve. */
async function builtBundle() {
  const root = path.join(inject('distDir'), 'data');
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true })) {
    if (!entry.endsWith('.json')) continue;
    files.set(entry.split(path.sep).join('/'), await readFile(path.join(root, entry), 'utf8'));
  }
  return readBundle(files);
}

beforeAll(async () => {
  site = await openSite();
  bundle = await builtBundle();
});
afterAll(async () => {
  await site.close();
});

const searchOf = (page: Page) =>
  Object.fromEntries(new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? ''));

/** The search page's status line once the results are counted: 共 3 条. */
const resultCount = (page: Page) =>
  page
    .locator('main [role="status"]')
    .allTextContents()
    .then((texts) => texts.join(' '));

describe('the map in Chromium', () => {
  it('shows 重庆市 with its number of articles, and its tile opens their search', async () => {
    // Counted from the articles' own files, not from the map's count file.
    const chongqing = bundle.latestArticles.filter((summary) =>
      bundle.item(summary.id).regions.some((region) => region.chain[0] === '重庆市'),
    ).length;
    expect(chongqing).toBeGreaterThan(0);

    const page = await site.newPage();
    await openRoute(page, site, '/map');
    const grid = page.getByRole('list', { name: '各省级行政区的文章数' });
    await expect.poll(() => grid.getByRole('link').count()).toBe(34);
    // Chromium puts blanks around the visually hidden parts of the name: 重庆 市 1 篇.
    const tile = grid.getByRole('link', {
      name: new RegExp(`^重庆\\s*市\\s*${chongqing}\\s*篇$`),
    });
    expect(await tile.getAttribute('href')).toBe('#/search?region=50&kind=article');

    await tile.click();
    await expect.poll(() => searchOf(page)).toEqual({ region: '50', kind: 'article' });
    await expect.poll(() => resultCount(page)).toContain(`共 ${chongqing} 条`);
    await page.close();
  });
});

describe('the timeline in Chromium', () => {
  it('sets the date range in the URL by dragging across the bars, and the results follow', async () => {
    // The search page's bars: every item's month, from the oldest to the newest.
    const dates = bundle.latest.flatMap((item) => (item.date ? [item.date] : []));
    const months = monthsBetween(
      [...dates].sort()[0]?.slice(0, 7) ?? '',
      [...dates].sort().at(-1)?.slice(0, 7) ?? '',
    );
    expect(months.length).toBeGreaterThan(2);
    // From the oldest month to the one after it.
    const from = monthRange(months[0] ?? '').from;
    const to = monthRange(months[1] ?? '').to;
    const expected = dates.filter((date) => date >= from && date <= to).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(bundle.latest.length);

    const page = await site.newPage();
    await openRoute(page, site, '/search');
    const slider = page.getByRole('slider', { name: '各月结果数：选择月份' });
    await slider.scrollIntoViewIfNeeded();
    expect(Number(await slider.getAttribute('aria-valuemax'))).toBe(months.length - 1);
    const box = await slider.boundingBox();
    if (!box) throw new Error('The timeline has no box on screen.');
    const barX = (i: number) => box.x + ((i + 0.5) / months.length) * box.width;
    const y = box.y + box.height / 2;
    await page.mouse.move(barX(0), y);
    await page.mouse.down();
    await page.mouse.move(barX(1), y, { steps: 4 });
    await page.mouse.up();

    await expect.poll(() => searchOf(page)).toEqual({ from, to });
    await expect.poll(() => resultCount(page)).toContain(`共 ${expected} 条`);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('the map and timelines in the %s theme', (theme) => {
  it('have no WCAG 2.1 A or AA violations', async () => {
    const page = await site.newPage(await site.browser.newContext());
    await page.goto(site.url);
    await page.evaluate(
      ([key, value]) =>
        localStorage.setItem(key, JSON.stringify({ fontSize: 'medium', theme: value })),
      [STORAGE_KEYS.settings, theme] as const,
    );
    await page.reload();
    await page.waitForFunction((value) => document.documentElement.dataset.theme === value, theme);
    const found: string[] = [];
    const check = async (name: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      found.push(
        ...results.violations.flatMap((v) =>
          v.nodes.map((node) => `${name}: ${v.id}: ${node.target.join(' ')}`),
        ),
      );
    };

    await openRoute(page, site, '/map');
    await page.getByText('表格').first().click();
    await check('map');

    await openRoute(page, site, '/');
    await page.locator('.home-timeline-slot').scrollIntoViewIfNeeded();
    await page.getByRole('slider', { name: '各月文章数：选择月份' }).waitFor();
    await check('home timeline');

    await openRoute(page, site, '/search?topic=party-building');
    await page.getByRole('slider', { name: '各月结果数：选择月份' }).focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('img', { name: /近|至/ }).first().waitFor();
    await check('search timeline and topic sparkline');

    expect(found).toEqual([]);
    await page.close();
  });
});
