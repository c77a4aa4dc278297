import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ShapedLink, type NetworkShape } from './shaped-link.ts';

export type { NetworkShape } from './shaped-link.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.bin': 'application/octet-stream',
};

/** Already compressed: sent as they are. */
const STORED = new Set(['.png', '.ico', '.woff', '.woff2']);

/** One response the server sent. */
export interface Served {
  /** Path below the site root, e.g. `data/search/manifest.json`. */
  path: string;
  /** When the request arrived (`performance.now()` of this process). */
  at: number;
  /** Bytes of the file, and bytes sent (gzip when the browser accepts it, as a CDN would). */
  raw: number;
  sent: number;
  /** The browser cancelled the request before the response was sent (`--slow-4g`); `sent` is 0. */
  cancelled?: boolean;
}

/**
 * Chromium DevTools' "Slow 4G" (1.6 Mbps down at 90 %, 150 ms RTT times 3.75), the profile
 * issue #20 measures a cold query on. Shaped here in the server rather than by DevTools, so that
 * it applies to the search worker's requests like the page's.
 */
export const SLOW_4G: NetworkShape = { latencyMs: 150 * 3.75, bytesPerSecond: (1.6e6 / 8) * 0.9 };

export interface CountingServer {
  url: string;
  /** Every response so far, in order. */
  served: Served[];
  close: () => Promise<void>;
}

/** A throwaway self-signed certificate for 127.0.0.1 (made with the openssl command once). */
function localCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * A static server like a CDN in front of the built site: files only, gzip for everything
 * compressible (the shards too, as the byte budget counts them), no caching hints, so every
 * fresh browser context downloads what it needs. It records each response's size, which is how
 * the typing benchmark counts the bytes a query costs, worker requests included.
 *
 * `http2`: over TLS and HTTP/2 as static hosts serve sites today (the browser must accept the
 * self-signed certificate), so the 20 item files of a result page and a query's shards load in
 * parallel rather than six at a time as over HTTP/1.1. With `shape`, responses are paced as on
 * that network (`NetworkShape`).
 */
export async function serveCounting(
  root: string,
  { http2 = false, certDir = '.tmp/bench-typing/cert', shape = null as NetworkShape | null } = {},
): Promise<CountingServer> {
  const served: Served[] = [];
  const link = shape && new ShapedLink(shape);
  const gzipped = new Map<string, Uint8Array>();
  const handle = (
    req: IncomingMessage | Http2ServerRequest,
    res: ServerResponse | Http2ServerResponse,
  ) => {
    void (async () => {
      const at = performance.now();
      // Listened for before the file is read: a request the browser resets meanwhile (a search
      // typed past) must not take its turn on the link. Attached after the reads, it missed
      // those, and their whole bytes held up the responses behind them.
      const request = { reset: false, cancel: null as (() => void) | null };
      res.on('close', () => {
        if (res.writableEnded) return;
        request.reset = true;
        request.cancel?.();
      });
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = path.join(root, pathname);
      if (!file.startsWith(root)) {
        res.writeHead(403);
        res.end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
        return;
      }
      const ext = path.extname(file);
      const headers: Record<string, string> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      let out: Uint8Array = body;
      if (!STORED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        out = gzipped.get(file) ?? gzipSync(body);
        gzipped.set(file, out);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(out.length);
      const record: Served = {
        path: path.relative(root, file).split(path.sep).join('/'),
        at,
        raw: body.length,
        sent: out.length,
      };
      served.push(record);
      const send = () => {
        res.writeHead(200, headers);
        res.end(out);
      };
      // The link sends a response whole once its turn ends, so a cancelled one sent nothing.
      const cancelled = () => {
        record.cancelled = true;
        record.sent = 0;
      };
      if (request.reset) return cancelled();
      if (!link) return send();
      const leave = link.transfer(at, out.length, send);
      request.cancel = () => {
        cancelled();
        leave();
      };
    })();
  };
  const server = http2
    ? createSecureServer({ ...localCertificate(certDir), allowHTTP1: true }, handle)
    : createServer(handle);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${http2 ? 'https' : 'http'}://127.0.0.1:${port}/`,
    served,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
