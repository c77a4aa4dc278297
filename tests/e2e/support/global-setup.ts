import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from seeds/ with the default relative base. */
    distDir: string;
  }
}

/** Builds the site once for every browser test, the way `npm run build` does. */
export default async function setup(project: TestProject): Promise<void> {
  const distDir = path.resolve('.tmp/e2e/dist');
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  project.provide('distDir', distDir);
}
