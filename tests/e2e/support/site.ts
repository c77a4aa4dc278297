import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { bundlePaths, type LatestPage } from '../../../src/domain/bundle/bundle.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** A served copy of the built site, a browser, and the console errors its pages logged. */
export interface Site {
  url: string;
  browser: Browser;
  errors: string[];
  newPage: (context?: BrowserContext) => Promise<Page>;
  /** Serves another built site from now on: a new deployment at the same address. */
  serveFrom: (root: string) => void;
  /** Takes the network away from `context` and its service worker, or gives it back. */
  setOffline: (context: BrowserContext, offline: boolean) => Promise<void>;
  /** The path of every request the server answered, below the site (`data/items/x.json`). */
  requests: string[];
  close: () => Promise<void>;
}

interface OpenSiteOptions {
  /** Where the static server mounts the site: `/` or a sub-path such as `/reader/`. */
  mount?: string;
  /** `reader`: the build made with `--base=/reader/`; `default`: the relative one. */
  build?: 'default' | 'reader';
}

/** Serves a site built by the global setup on a plain static server and opens Chromium. */
export async function openSite({
  mount = '/',
  build = 'default',
}: OpenSiteOptions = {}): Promise<Site> {
  const root = build === 'reader' ? inject('readerDistDir') : inject('distDir');
  const server: StaticServer = await serveStatic(root, mount);
  const browser = await launchBrowser();
  const errors: string[] = [];
  return {
    url: server.url,
    browser,
    errors,
    async newPage(context) {
      const page = await (context ?? browser).newPage();
      // Playwright's 30 s for a wait or an action is short on a machine busy with other work.
      page.setDefaultTimeout(120_000);
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      return page;
    },
    serveFrom: (root) => server.setRoot(root),
    requests: server.requests,
    async setOffline(context, offline) {
      // The page's side: navigator.onLine and the offline/online events. The server's side:
      // requests of the service worker, which Chromium's offline emulation does not stop.
      server.setReachable(!offline);
      await context.setOffline(offline);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Ids of a real article and a teaser in the built bundle, found in its newest latest page. */
export async function builtItemIds(): Promise<{ articleId: string; teaserId: string }> {
  const file = path.join(inject('distDir'), 'data', bundlePaths.latestPage('head'));
  const page = JSON.parse(await readFile(file, 'utf8')) as LatestPage;
  const article = page.items.find((item) => item.kind === 'article');
  const teaser = page.items.find((item) => item.kind === 'teaser');
  if (!article || !teaser) throw new Error('The built bundle lists no article or no teaser.');
  return { articleId: article.id, teaserId: teaser.id };
}

/** Goes to a route of the site (`/article/abc`) and waits for its main heading. */
export async function openRoute(page: Page, site: Site, route: string): Promise<void> {
  await page.goto(`${site.url}#${route}`);
  // A hash change is handled in a later task and rendered in a transition: give the router two
  // frames to start, so that the checks below see the new route rather than the old one.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.locator('main[aria-busy="false"] h1').first().waitFor();
  // Lists load after the heading is there (search results and their counts too); wait until
  // nothing in main is still loading.
  await page.waitForFunction(() => {
    const text = document.querySelector('main')?.textContent ?? '';
    return !['正在加载', '正在搜索', '正在统计'].some((busy) => text.includes(busy));
  });
}

/** Where screenshots are kept as test artifacts (git-ignored). */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
