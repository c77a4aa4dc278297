import { parseFeed } from '@rowanmanning/feed-parser';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBundle } from '../../../../src/compiler/vite-plugin.ts';
import { writeSeed } from '../../../support/write-seed.ts';

const SITE = 'https://example.org/reader/';
let root = '';
let server: ViteDevServer;
let origin = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'feeds-dev-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await mkdir(path.join(root, 'seeds'));
  const seed = { title: '重庆市开州区召开近视防控工作会议', paragraphs: ['会议部署工作。'] };
  await writeFile(
    path.join(root, 'seeds', 'a.txt'),
    writeSeed({ ...seed, url: 'https://a.example.cn/2024/01/05/a.html' }),
  );
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [seedBundle({ seedsDir: 'seeds', siteUrl: SITE })],
    server: { host: '127.0.0.1', port: 0, ws: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The dev server has no port');
  origin = `http://127.0.0.1:${address.port}`;
}, 60_000);

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

describe('the dev server with a site address', () => {
  it('serves the feeds as XML and the OPML list', async () => {
    const response = await fetch(`${origin}/data/feeds/all.rss.xml`);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const feed = parseFeed(await response.text());
    expect(feed.items.map((i) => i.title)).toEqual(['重庆市开州区召开近视防控工作会议']);
    expect(feed.items[0]?.url?.startsWith(`${SITE}#/article/`)).toBe(true);
    const opml = await fetch(`${origin}/data/feeds/feeds.opml`);
    expect(opml.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await opml.text()).toContain(`xmlUrl="${SITE}data/feeds/all.rss.xml"`);
  });
});
