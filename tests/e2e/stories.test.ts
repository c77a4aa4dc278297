import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORY_CUT, STORY_FULLER, STORY_MIRROR, STORY_ORIGINAL } from '../support/story-seeds.ts';
import { writeSeed, type SeedParts } from '../support/write-seed.ts';
import { buildSite } from './support/build-site.ts';
import { openRoute, openSite, type Site } from './support/site.ts';

/** Builds a site from these seeds into this run's folder `name`. */
async function buildFrom(name: string, seeds: Record<string, SeedParts>): Promise<string> {
  const seedsDir = path.join(inject('runDir'), `${name}-seeds`);
  await mkdir(seedsDir, { recursive: true });
  for (const [file, parts] of Object.entries(seeds)) {
    await writeFile(path.join(seedsDir, file), writeSeed(parts));
  }
  const outDir = path.join(inject('runDir'), name);
  await buildSite({ outDir, seedsDir });
  return outDir;
}

let site: Site;
let context: BrowserContext;
let page: Page;
let rebuilt: string;

beforeAll(async () => {
  const first = await buildFrom('stories', {
    'a.txt': STORY_ORIGINAL,
    'b.txt': STORY_MIRROR,
    'c.txt': STORY_CUT,
  });
  // The next day's scrape brings a fuller official copy: it becomes the representative.
  rebuilt = await buildFrom('stories-next', {
    'a.txt': STORY_ORIGINAL,
    'b.txt': STORY_MIRROR,
    'c.txt': STORY_CUT,
    'd.txt': STORY_FULLER,
  });
  site = await openSite();
  site.serveFrom(first);
  // No service worker: each build is read as it is served.
  context = await site.browser.newContext({ serviceWorkers: 'block' });
  page = await site.newPage(context);
}, 600_000);

afterAll(async () => {
  await context.close();
  await site.close();
});

describe('a story with three copies', () => {
  it('shows once in 最新加入 with 3 个来源', async () => {
    await openRoute(page, site, '/latest/1');
    const rows = page.locator('main li.item-list__entry');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(STORY_ORIGINAL.title);
    expect(await rows.first().innerText()).toContain('3 个来源');
  });

  it('lists the other two copies on its page, each a link to that copy', async () => {
    await page.getByRole('link', { name: STORY_ORIGINAL.title }).click();
    const copies = page.getByRole('region', { name: '同题报道' });
    await copies.waitFor();
    expect(await copies.getByRole('link').allInnerTexts()).toEqual([
      STORY_MIRROR.title,
      STORY_CUT.title,
    ]);
    await copies.getByRole('link', { name: STORY_CUT.title }).click();
    await page.getByRole('heading', { level: 1, name: STORY_CUT.title }).waitFor();
  });

  it('keeps a bookmark made on a copy after a recompile changes the representative', async () => {
    await page.goto(`${site.url}#/latest/1`);
    await page.getByRole('link', { name: STORY_ORIGINAL.title }).click();
    await page
      .getByRole('region', { name: '同题报道' })
      .getByRole('link', { name: STORY_MIRROR.title })
      .click();
    await page.getByRole('heading', { level: 1, name: STORY_MIRROR.title }).waitFor();
    const star = page
      .getByRole('group', { name: '文章操作' })
      .getByRole('button', { name: '收藏' });
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');

    // The new deployment, as a reader opening the site the next day finds it.
    site.serveFrom(rebuilt);
    await page.reload();
    await openRoute(page, site, '/latest/1');
    const rows = page.locator('main li.item-list__entry');
    await expect.poll(() => rows.first().innerText()).toContain(STORY_FULLER.title);
    expect(await rows.first().innerText()).toContain('4 个来源');

    await openRoute(page, site, '/bookmarks');
    await page.getByRole('link', { name: STORY_MIRROR.title }).click();
    await page.getByRole('heading', { level: 1, name: STORY_MIRROR.title }).waitFor();
    const copies = page.getByRole('region', { name: '同题报道' });
    expect(await copies.getByRole('link').allInnerTexts()).toEqual([
      STORY_FULLER.title,
      STORY_ORIGINAL.title,
      STORY_CUT.title,
    ]);
  });
});
