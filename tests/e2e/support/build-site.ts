import { build, type Plugin } from 'vite';

interface BuildSiteOptions {
  outDir: string;
  /** Seeds to compile instead of seeds/ (the folder vite.config.ts reads from SEEDS_DIR). */
  seedsDir?: string;
  plugins?: Plugin[];
  /** The sub-path the site is built for, as `npm run build -- --base=/reader/`. */
  base?: string;
}

/**
 * Builds the site as `npm run build` does, into `outDir`. Vitest runs with NODE_ENV=test, and
 * Vite bundles React's development build for any NODE_ENV but production: the browser tests
 * would test another app than `npm run build` makes.
 */
export async function buildSite({ outDir, seedsDir, plugins = [], base }: BuildSiteOptions) {
  const saved = { nodeEnv: process.env.NODE_ENV, seedsDir: process.env.SEEDS_DIR };
  process.env.NODE_ENV = 'production';
  if (seedsDir) process.env.SEEDS_DIR = seedsDir;
  try {
    await build({
      logLevel: 'warn',
      plugins,
      ...(base && { base }),
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = saved.nodeEnv;
    if (saved.seedsDir === undefined) delete process.env.SEEDS_DIR;
    else process.env.SEEDS_DIR = saved.seedsDir;
  }
}
