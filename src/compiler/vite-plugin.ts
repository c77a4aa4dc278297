import path from 'node:path';
import type { Logger, Plugin, ResolvedConfig } from 'vite';
import { IncrementalCompile, formatSummary, type CompileResult } from './compile-seeds.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { isSeedFile, readSeedDir, readSeedFile } from './seed-files.ts';

export interface SeedBundleOptions {
  /** Folder of seed pages, relative to the project root. */
  seedsDir: string;
}

/** Where the bundle lives inside the site; the client fetches `${BASE_URL}data/…`. */
const DATA_DIR = 'data';

function report(logger: Logger, result: CompileResult): void {
  for (const d of result.diagnostics) {
    const line = formatDiagnostic(d);
    if (d.severity === 'error') logger.error(line);
    else logger.warn(line);
  }
  logger.info(`[seeds] ${formatSummary(result.summary)}`);
}

/**
 * Compiles the seeds as part of Vite: served from memory and recompiled on every seed change in
 * dev (only the changed seed is parsed again, and the page reloads itself), emitted as static
 * files under `data/` in a build.
 */
export function seedBundle(options: SeedBundleOptions): Plugin {
  let config: ResolvedConfig;
  let seedsDir = '';
  const compile = new IncrementalCompile();
  const loadAll = async () => {
    for await (const source of readSeedDir(seedsDir, config.root)) compile.set(source);
  };
  const finish = () => {
    const result = compile.result();
    report(config.logger, result);
    return result;
  };

  return {
    name: 'seed-bundle',
    configResolved(resolved) {
      config = resolved;
      seedsDir = path.resolve(resolved.root, options.seedsDir);
    },

    configureServer(server) {
      // Requests wait for the compile in progress, so a reload never sees a half-built bundle.
      let current = loadAll().then(finish);
      const onSeedEvent = (event: 'set' | 'delete') => (file: string) => {
        const absolute = path.resolve(file);
        if (!isSeedFile(absolute) || !absolute.startsWith(seedsDir + path.sep)) return;
        current = current
          .catch(() => null)
          .then(async () => {
            if (event === 'set') compile.set(await readSeedFile(absolute, config.root));
            else compile.delete(path.relative(config.root, absolute).split(path.sep).join('/'));
            return finish();
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
          ({ files }) => {
            const body = files.get(pathname.slice(prefix.length));
            res.statusCode = body === undefined ? 404 : 200;
            res.setHeader(
              'Content-Type',
              typeof body === 'object'
                ? 'application/octet-stream'
                : 'application/json; charset=utf-8',
            );
            res.setHeader('Cache-Control', 'no-store');
            res.end(body ?? '{"error":"not found"}');
          },
          (error: unknown) => next(error),
        );
      });
    },

    async generateBundle() {
      await loadAll();
      for (const [name, source] of finish().files) {
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${name}`, source });
      }
    },
  };
}
