import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

// Quiet on a closed network: without these Chromium keeps dialling Google's hosts.
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Where the Chromium under test comes from, for the line the browser tests open with. */
export interface ChromiumChoice {
  path: string;
  from: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

/**
 * The Chromium to test with: `CHROME_PATH`, else a system Chromium, else the binary that ships
 * inside the `@sparticuz/chromium` npm package, so `npm install && npm test` needs no browser
 * download.
 */
export async function findChromium(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return { path: fromEnv, from: 'CHROME_PATH' };
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return { path: system, from: 'system' };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), from: '@sparticuz/chromium' };
}

export async function chromiumPath(): Promise<string> {
  return (await findChromium()).path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: QUIET_FLAGS,
  });
}

/**
 * A browser with a profile folder of its own. Contexts made by `browser.newContext()` are
 * incognito to Chromium, and some builds (Debian's among them) refuse to install a page from
 * one; a page that must be judged as a reader's own browser would judge it opens here.
 */
export async function launchProfile(): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reader-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: await chromiumPath(),
    headless: true,
    args: QUIET_FLAGS,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
