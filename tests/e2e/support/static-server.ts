import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Serves another folder from now on, as a deployment of a new build would. */
  setRoot: (root: string) => void;
  /**
   * Unreachable, every connection is dropped unanswered, as with no network. Tests need this as
   * well as `context.setOffline`: Chromium does not apply the latter to service workers.
   */
  setReachable: (reachable: boolean) => void;
  /** The path of every request answered so far (below the mount, e.g. `data/manifest.json`). */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * A plain static file server like any CDN: files only, `index.html` for folders, 404 for
 * everything else (with the site's `404.html` when it has one, as GitHub Pages, Netlify and
 * Cloudflare Pages answer) and no rewrite rules, so tests prove the site needs none. The site is mounted at
 * `mount` (`/` or a sub-path such as `/reader/`). Listens on 127.0.0.1 only.
 */
export interface ServeOptions {
  /**
   * Answer like a CDN: gzip for text when the browser accepts it, and a year of caching for the
   * content-hashed `assets/` (revalidation for everything else). For measuring, as Lighthouse
   * would see a production host; tests keep the plain answers.
   */
  likeCdn?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

export async function serveStatic(
  initialRoot: string,
  mount = '/',
  { likeCdn = false }: ServeOptions = {},
): Promise<StaticServer> {
  let root = initialRoot;
  let reachable = true;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    if (!reachable) {
      req.socket.destroy();
      return;
    }
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!pathname.startsWith(mount)) {
        res.writeHead(404).end('not found');
        return;
      }
      requests.push(pathname.slice(mount.length));
      let file = path.join(root, pathname.slice(mount.length));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = path.join(file, 'index.html');
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) {
        const page = await readFile(path.join(root, '404.html')).catch(() => null);
        if (page) res.writeHead(404, { 'Content-Type': TYPES['.html'] ?? 'text/html' }).end(page);
        else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (likeCdn) {
        const headers: Record<string, string> = {
          'Content-Type': type,
          'Cache-Control': pathname.includes('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        };
        let body = await readFile(file);
        if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body);
          headers['Content-Encoding'] = 'gzip';
        }
        res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': found.size });
      createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    setRoot(next) {
      root = next;
    },
    setReachable(next) {
      reachable = next;
      if (!reachable) server.closeAllConnections();
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
