import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { findChromium } from './browser.ts';

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
  // Vitest runs with NODE_ENV=test, and Vite bundles React's development build for any
  // NODE_ENV but production: the browser tests would test another app than `npm run build` makes.
  const chrome = await findChromium();
  console.log(`Browser tests use Chromium from ${chrome.from}: ${chrome.path}`);
  console.log('Building the site twice (at / and at /reader/) for the browser tests…');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // One after the other: two builds at once only fight over the machine's two cores.
    await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
    await build({
      logLevel: 'warn',
      base: '/reader/',
      build: { outDir: readerDistDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide('distDir', distDir);
  project.provide('readerDistDir', readerDistDir);
  project.provide('runDir', runDir);
  return () => rm(runDir, { recursive: true, force: true });
}
