import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedBundle } from '../../../src/compiler/vite-plugin.ts';
import { bundlePaths, type LatestPage, type Manifest } from '../../../src/domain/bundle/bundle.ts';
import { writeSeed } from '../../support/write-seed.ts';

let root = '';
let server: ViteDevServer;
let origin = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'seed-plugin-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await mkdir(path.join(root, 'seeds'));
  await writeFile(
    path.join(root, 'seeds', 'a.txt'),
    writeSeed({ title: '甲', paragraphs: ['正文'] }),
  );
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [seedBundle({ seedsDir: 'seeds' })],
    // Polling: inotify's events reach chokidar throttled and can be lost on a busy machine (a
    // change went unseen for 30 s once while the whole suite ran); this tests the plugin, not
    // the watcher's delivery.
    server: { host: '127.0.0.1', port: 0, ws: false, watch: { usePolling: true, interval: 50 } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server has no port');
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const articles = async () => {
  const response = await fetch(`${origin}/data/manifest.json`);
  return ((await response.json()) as Manifest).counts.articles;
};

describe('the seed plugin in the dev server', () => {
  it('serves the compiled bundle from memory', async () => {
    expect(await articles()).toBe(1);
    const missing = await fetch(`${origin}/data/items/nope.json`);
    expect(missing.status).toBe(404);
  });

  // File watching is slow on a busy machine (a change took over 10 s to be seen while the whole
  // suite ran); the waits below, not this limit, bound each step.
  it('recompiles when a seed is added, changed or removed', { timeout: 120_000 }, async () => {
    const second = path.join(root, 'seeds', 'b.txt');
    await writeFile(
      second,
      writeSeed({ title: '乙', paragraphs: ['正文'], url: 'https://b.cn/1' }),
    );
    await vi.waitFor(async () => expect(await articles()).toBe(2), {
      timeout: 30_000,
      interval: 100,
    });
    await writeFile(
      second,
      writeSeed({ title: '乙改', paragraphs: ['正文'], url: 'https://b.cn/1' }),
    );
    await vi.waitFor(
      async () => {
        const page = (await (
          await fetch(`${origin}/data/${bundlePaths.latestPage('head')}`)
        ).json()) as LatestPage;
        expect(page.items.map((i) => i.title)).toContain('乙改');
      },
      { timeout: 30_000, interval: 100 },
    );
    await unlink(second);
    await vi.waitFor(async () => expect(await articles()).toBe(1), {
      timeout: 30_000,
      interval: 100,
    });
  });
});
