import path from 'node:path';
import type { Plugin } from 'vite';
import { inject } from 'vitest';
import { buildSite } from './build-site.ts';

/** The `content` of `<meta name="reader-build">` in the next build; the first build has none. */
export const NEXT_BUILD_MARK = 'next';

// The smallest change a deployment can make: a new index.html changes the precache list, so the
// service worker file changes, and the browser installs it as an update.
const markNextBuild: Plugin = {
  name: 'mark-next-build',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { name: 'reader-build', content: NEXT_BUILD_MARK }, injectTo: 'head' },
  ],
};

/**
 * Builds the site again as a new release would, into this run's `dist-next`: same seeds, a marked
 * index.html. Only the update test needs it, so it is built there rather than in the setup.
 */
export async function buildNextRelease(): Promise<string> {
  const outDir = path.join(inject('runDir'), 'dist-next');
  await buildSite({ outDir, plugins: [markNextBuild] });
  return outDir;
}
