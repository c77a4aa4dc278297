import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Logger, Plugin, ResolvedConfig } from 'vite';
import { SITE_DATA_DIR } from '../domain/bundle/bundle.ts';
import type { BundleFileBody } from './bundle-files.ts';
import {
  IncrementalCompile,
  formatCacheUse,
  formatSummary,
  type CompiledBundle,
} from './compile-seeds.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { feedsLine } from './feeds/feeds-line.ts';
import { siteUrlOf } from './feeds/site-url.ts';
import { bundleOutDir } from './bundle-out-dir.ts';
import { openSeedCache } from './seed-cache.ts';
import { putBack, setAside } from './set-aside.ts';
import { changedSeed, isSeedFile, listSeedFiles } from './seed-files.ts';
import { seedWorkFor, type SeedWork } from './seed-work.ts';
import { writeBundleDir } from './write-bundle-dir.ts';

export interface SeedBundleOptions {
  /** Folder of seed pages, relative to the project root. */
  seedsDir: string;
  /** The site's address for feeds (docs/feeds.md); default: READER_SITE_URL, else no feeds. */
  siteUrl?: string;
  /**
   * Where parsed seeds are kept between runs (`--cache` of the compile command), relative to
   * the project root; each seeds folder gets its own sub-folder. Null: no cache.
   */
  cacheDir?: string | null;
}

/** A seeds folder's own part of the cache: its name and a hash of its full path. */
const folderKey = (dir: string) =>
  `${path.basename(dir)}-${createHash('sha256').update(dir).digest('hex').slice(0, 8)}`;

/** Where the bundle lives inside the site; the client fetches `${BASE_URL}data/…`. */
const DATA_DIR = SITE_DATA_DIR.replace(/\/$/, '');

/** The type a data file is served with in dev: feeds are XML or JSON text, shards bytes. */
function contentType(name: string, body: BundleFileBody | undefined): string {
  if (typeof body === 'object') return 'application/octet-stream';
  if (name.endsWith('.xml') || name.endsWith('.opml')) return 'application/xml; charset=utf-8';
  return 'application/json; charset=utf-8';
}

function report(logger: Logger, result: CompiledBundle, took: number): void {
  for (const d of result.diagnostics) {
    const line = formatDiagnostic(d);
    if (d.severity === 'error') logger.error(line);
    else logger.warn(line);
  }
  const steps = (Object.entries(result.timings) as [string, number][])
    .map(([step, ms]) => `${step} ${Math.round(ms)}`)
    .join(', ');
  logger.info(`[seeds] ${formatSummary(result.summary)} (${Math.round(took)} ms; ${steps})`);
}

/**
 * Compiles the seeds as part of Vite. In dev the bundle is served from memory and recompiled on
 * every seed change: only the changed seed is read, parsed and tagged again, then the seeds are
 * linked and the search index rebuilt, and the page reloads itself. In a build the compile starts
 * with the build, its per-seed work spread over worker threads, and its files are written
 * straight into `<outDir>/data/` once Vite has written the site, never held as Rollup assets.
 */
export function seedBundle(options: SeedBundleOptions): Plugin {
  let config: ResolvedConfig;
  let seedsDir = '';
  const siteUrl = siteUrlOf(options.siteUrl);
  // Made once the command is known: a build links once, a dev server on every change.
  let compile: IncrementalCompile;
  /**
   * Reads every seed and compiles, on worker threads when there are many, then hands the result
   * and the threads to `use` (which writes with them) and frees the threads.
   */
  const compileAll = async <T>(
    use: (result: CompiledBundle, work: SeedWork) => Promise<T>,
  ): Promise<T> => {
    const { paths, skipped } = await listSeedFiles(seedsDir, config.root);
    const work = seedWorkFor(paths.length);
    try {
      const cache = options.cacheDir
        ? await openSeedCache(path.resolve(config.root, options.cacheDir, folderKey(seedsDir)))
        : null;
      const used = await compile.setFiles(paths, config.root, work, cache);
      if (used) config.logger.info(`[seeds] ${formatCacheUse(used)}`);
      for (const link of skipped) compile.set(link);
      return await use(await compile.result(work), work);
    } finally {
      await work.close();
    }
  };
  /** The bundle as the dev server serves it: each file made when asked for. */
  const inMemory = async ({ layout }: CompiledBundle) => {
    const search = new Map<string, BundleFileBody>(await layout.search);
    return (name: string) => layout.file(name) ?? search.get(name);
  };
  /** The build's output folder once Vite has written the site; null when it never will. */
  let outDir: ((dir: string | null) => void) | null = null;
  let built: Promise<unknown> | null = null;
  /**
   * Where the previous build's data/ waits while Vite empties the output folder: put back before
   * the compile writes, it is rewritten only where bytes changed (docs/scaling.md).
   */
  const asideDir = () => path.join(config.cacheDir, 'seed-bundle-previous');

  return {
    name: 'seed-bundle',
    configResolved(resolved) {
      config = resolved;
      compile = new IncrementalCompile({ siteUrl, keepSeeds: resolved.command !== 'build' });
      seedsDir = path.resolve(resolved.root, options.seedsDir);
    },

    configureServer(server) {
      /** The bundle in memory, reported with the time since `started`. */
      const serve = async (result: CompiledBundle, started: number) => {
        const files = await inMemory(result);
        report(config.logger, result, performance.now() - started);
        return files;
      };
      // Requests wait for the compile in progress, so a reload never sees a half-built bundle.
      const first = performance.now();
      let current = compileAll((result) => serve(result, first));
      const onSeedEvent = (event: 'set' | 'delete') => (file: string) => {
        const absolute = path.resolve(file);
        if (!isSeedFile(absolute) || !absolute.startsWith(seedsDir + path.sep)) return;
        current = current
          .catch(() => null)
          .then(async () => {
            const started = performance.now();
            const name = path.relative(config.root, absolute).split(path.sep).join('/');
            const source =
              event === 'set' ? await changedSeed(absolute, seedsDir, config.root) : null;
            if (source) compile.set(source);
            else compile.delete(name);
            return serve(await compile.result(), started);
          });
        void current.then(() => server.ws.send({ type: 'full-reload' }));
      };
      server.watcher.add(seedsDir);
      server.watcher.on('add', onSeedEvent('set'));
      server.watcher.on('change', onSeedEvent('set'));
      server.watcher.on('unlink', onSeedEvent('delete'));

      const prefix = `${config.base.replace(/\/?$/, '/')}${DATA_DIR}/`;
      server.middlewares.use((req, res, next) => {
        const pathname = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!pathname.startsWith(prefix)) {
          next();
          return;
        }
        current.then(
          (fileAt) => {
            const name = pathname.slice(prefix.length);
            const body = fileAt(name);
            res.statusCode = body === undefined ? 404 : 200;
            res.setHeader('Content-Type', contentType(name, body));
            res.setHeader('Cache-Control', 'no-store');
            res.end(body ?? '{"error":"not found"}');
          },
          (error: unknown) => next(error),
        );
      });
    },

    async buildStart() {
      // Dev servers call buildStart too; they compile in configureServer.
      if (config.command !== 'build') return;
      // The compile runs beside Vite's own bundling; its files are written once Vite has emptied
      // and written the output folder, into the previous data/ put back (set-aside.ts).
      const started = performance.now();
      const ready = new Promise<string | null>((resolve) => (outDir = resolve));
      // Before Vite empties the output folder (renderStart), which awaits this hook.
      await setAside(path.resolve(config.root, config.build.outDir, DATA_DIR), asideDir());
      built = compileAll(async (result, work) => {
        report(config.logger, result, performance.now() - started);
        config.logger.info(`[seeds] ${feedsLine(result.layout.feeds, siteUrl)}`);
        const dir = await ready;
        if (dir === null) return;
        await putBack(asideDir(), path.join(dir, DATA_DIR));
        // The same checks as the compile command's --out: never the seeds or the project.
        const data = await bundleOutDir(path.join(dir, DATA_DIR), {
          seeds: seedsDir,
          cwd: config.root,
        });
        const written = await writeBundleDir(
          data,
          result.layout.entries(),
          work.writeFiles,
          work.threads,
        );
        config.logger.info(`[seeds] ${written.written} of ${written.files} data files changed`);
      });
      built.catch(() => {}); // reported where it is awaited
    },

    buildEnd(error) {
      // Nothing will be written: let the compile finish and free its threads.
      if (error) outDir?.(null);
    },

    async writeBundle(output) {
      if (!built) return;
      outDir?.(output.dir ?? path.resolve(config.root, config.build.outDir));
      await built;
      built = null;
    },

    async closeBundle() {
      // A build that failed before writing: let the compile finish and free its threads, and
      // keep the previous data where Vite did not empty it.
      outDir?.(null);
      await built?.catch(() => {});
      built = null;
      await putBack(asideDir(), path.resolve(config.root, config.build.outDir, DATA_DIR));
    },
  };
}
