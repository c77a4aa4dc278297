import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** A served copy of the built site, a browser, and the console errors its pages logged. */
export interface Site {
  url: string;
  browser: Browser;
  errors: string[];
  newPage: (context?: BrowserContext) => Promise<Page>;
  close: () => Promise<void>;
}

/** Serves the site built by the global setup on a plain static server and opens Chromium. */
export async function openSite(mount = '/'): Promise<Site> {
  const server: StaticServer = await serveStatic(inject('distDir'), mount);
  const browser = await launchBrowser();
  const errors: string[] = [];
  return {
    url: server.url,
    browser,
    errors,
    async newPage(context) {
      const page = await (context ?? browser).newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
