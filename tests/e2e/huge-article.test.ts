import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BUNDLE_VERSION, type ItemFile } from '../../src/domain/bundle/bundle.ts';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { hugeArticle } from './support/huge-article.ts';
import { openSite, type Site } from './support/site.ts';

// The size of the article that took 5 s to open, and 260 ms per scroll frame (issue #15).
const PARAGRAPHS = 46_000;
const article = hugeArticle(PARAGRAPHS);
const itemFile: ItemFile = { version: BUNDLE_VERSION, item: article };

// Counts paragraph boxes read, and notes how many paragraphs the page held when the article's
// title first appeared (one observation per DOM change, before any later task adds more).
const PROBE = `
  window.__boxReads = 0;
  const read = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function () {
    if (this.hasAttribute('data-paragraph')) window.__boxReads++;
    return read.call(this);
  };
  window.__firstRender = null;
  new MutationObserver(() => {
    if (window.__firstRender === null && document.querySelector('h1')?.textContent === ${JSON.stringify(article.title)}) {
      window.__firstRender = document.querySelectorAll('[data-paragraph]').length;
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface Probe {
  __boxReads: number;
  __firstRender: number | null;
}

let site: Site;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  // The article is answered here, not by a service worker's cache.
  context = await site.browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(PROBE);
  await context.route(`**/data/items/${article.id}.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(itemFile) }),
  );
  page = await site.newPage(context);
});

afterAll(async () => {
  await context.close();
  await site.close();
});

const paragraphsInPage = () => page.locator('[data-paragraph]').count();
const probe = <K extends keyof Probe>(key: K) =>
  page.evaluate((name) => (window as unknown as Probe)[name], key);

function savedParagraph(): Promise<number | undefined> {
  return page.evaluate((key) => {
    const state = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      positions?: Record<string, { paragraph: number }>;
    };
    return state.positions?.['huge-article']?.paragraph;
  }, STORAGE_KEYS.reading);
}

describe(`an article of ${PARAGRAPHS} paragraphs`, () => {
  it('opens with its first screen, and adds the rest after', async () => {
    await page.goto(`${site.url}#/article/${article.id}`);
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor();

    const first = await probe('__firstRender');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(100);
    await expect.poll(paragraphsInPage, { timeout: 180_000 }).toBe(PARAGRAPHS);
    expect(site.errors).toEqual([]);
  });

  it('reads a few paragraph boxes a scroll, and saves the place the next visit returns to', async () => {
    await page.evaluate(() => {
      document.querySelectorAll('[data-paragraph]')[20_000]?.scrollIntoView({ block: 'start' });
    });
    const readsBefore = await probe('__boxReads');
    const scrolls = 10;
    for (let i = 0; i < scrolls; i++) {
      await page.evaluate(async () => {
        window.scrollBy(0, 300);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      });
    }
    const reads = (await probe('__boxReads')) - readsBefore;
    // Before: every paragraph, 46,000 a frame. Now a few near the last place.
    expect(reads / scrolls).toBeLessThanOrEqual(40);

    await expect.poll(savedParagraph).toBeGreaterThan(20_000);
    const saved = (await savedParagraph()) as number;
    expect(saved).toBeLessThan(20_200);

    await page.reload();
    const marker = page.getByText('上次读到这里');
    await marker.waitFor();
    const place = await marker.evaluate((label) => {
      const mark = label.parentElement as HTMLElement;
      const box = mark.getBoundingClientRect();
      return {
        next: mark.nextElementSibling?.textContent,
        inView: box.top >= -1 && box.top < window.innerHeight,
      };
    });
    expect(place).toEqual({ next: article.paragraphs[saved], inView: true });
    expect(site.errors).toEqual([]);
  });
});
