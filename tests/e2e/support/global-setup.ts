import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser.ts';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from seeds/ with the default relative base. */
    distDir: string;
    /** The same site built the way `npm run build -- --base=/reader/` builds it. */
    readerDistDir: string;
    /** This run's own folder for built sites: two runs side by side never share one. */
    runDir: string;
  }
}

/** Builds the site once for every browser test, the way `npm run build` does, in both variants. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir(path.resolve('.tmp/e2e'), { recursive: true });
  const runDir = await mkdtemp(path.resolve('.tmp/e2e/run-'));
  const distDir = path.join(runDir, 'dist');
  const readerDistDir = path.join(runDir, 'dist-reader');
  const chrome = await findChromium();
  console.log(`Browser tests use Chromium from ${chrome.from}: ${chrome.path}`);
  console.log('Building the site twice (at / and at /reader/) for the browser tests…');
  // One after the other: two builds at once only fight over the machine's two cores.
  await buildSite({ outDir: distDir });
  await buildSite({ outDir: readerDistDir, base: '/reader/' });
  project.provide('distDir', distDir);
  project.provide('readerDistDir', readerDistDir);
  project.provide('runDir', runDir);
  return () => rm(runDir, { recursive: true, force: true });
}
