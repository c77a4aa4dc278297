import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/**
 * The Chromium to test with: `CHROME_PATH`, else a system Chromium, else the binary that ships
 * inside the `@sparticuz/chromium` npm package, so `npm install && npm test` needs no browser
 * download.
 */
export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return system;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: QUIET_FLAGS,
  });
}
