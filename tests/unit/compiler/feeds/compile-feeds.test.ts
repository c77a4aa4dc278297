import { parseFeed } from '@rowanmanning/feed-parser';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemFile, Manifest } from '../../../../src/domain/bundle/bundle.ts';
import { writeSeed } from '../../../support/write-seed.ts';

const run = promisify(execFile);
const cli = path.resolve('src/compiler/cli.ts');
const tsx = path.resolve('node_modules/.bin/tsx');
const SITE = 'https://example.org/reader/';

let dir = '';
let out = '';
let stdout = '';

const SEEDS = [
  {
    title: '重庆市开州区召开近视防控工作会议',
    paragraphs: ['开州区教委部署学生视力保护工作。'],
    url: 'https://a.example.cn/2024/03/01/a.html',
  },
  {
    title: '四川省成都市举办青年教师课堂教学比赛',
    paragraphs: ['成都市教育局组织全市青年教师参加比赛。'],
    url: 'https://b.example.cn/2024/03/02/b.html',
  },
];

// One compile in a new tsx process: seconds on a busy machine.
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'feeds-cli-'));
  out = path.join(dir, 'out');
  await mkdir(path.join(dir, 'seeds'));
  for (const [i, seed] of SEEDS.entries()) {
    await writeFile(path.join(dir, 'seeds', `${i}.txt`), writeSeed(seed));
  }
  const args = ['--seeds', 'seeds', '--out', out, '--site-url', SITE, '--today', '2024-12-31'];
  ({ stdout } = await run(tsx, [cli, ...args], { cwd: dir }));
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `feeds/` of the compile, relative to the bundle. */
async function feedFiles(): Promise<string[]> {
  const entries = await readdir(path.join(out, 'feeds'), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The bundle file an absolute feed address names: the site's `data/` is the bundle. */
const bundleFileOf = (url: string) => {
  expect(url.startsWith(`${SITE}data/`)).toBe(true);
  return path.join(out, url.slice(`${SITE}data/`.length));
};

describe('npm run compile -- --site-url https://example.org/reader/', () => {
  it('says how many feeds it wrote and puts the site address in the manifest', async () => {
    expect(stdout).toMatch(/feeds written .* with links to https:\/\/example\.org\/reader\/$/m);
    const manifest = JSON.parse(
      await readFile(path.join(out, 'manifest.json'), 'utf8'),
    ) as Manifest;
    expect(manifest.feeds).toEqual({ siteUrl: SITE });
  });

  it('writes feeds a real parser reads, whose absolute links open the right articles', async () => {
    const xmlFiles = (await feedFiles()).filter((name) => name.endsWith('.xml'));
    expect(xmlFiles).toContain('feeds/all.rss.xml');
    expect(xmlFiles).toContain('feeds/region/5101.atom.xml');
    for (const name of xmlFiles) {
      const feed = parseFeed(await readFile(path.join(out, name), 'utf8'));
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        const link = item.url ?? '';
        const prefix = `${SITE}#/article/`;
        expect(link.startsWith(prefix)).toBe(true);
        const file = path.join(out, 'items', `${link.slice(prefix.length)}.json`);
        const { item: article } = JSON.parse(await readFile(file, 'utf8')) as ItemFile;
        expect(article.title).toBe(item.title);
      }
    }
    const all = parseFeed(await readFile(path.join(out, 'feeds/all.atom.xml'), 'utf8'));
    expect(all.items.map((i) => i.title)).toEqual([SEEDS[1]?.title, SEEDS[0]?.title]);
    const region = parseFeed(await readFile(path.join(out, 'feeds/region/50.rss.xml'), 'utf8'));
    expect(region.items.map((i) => i.title)).toEqual([SEEDS[0]?.title]);
  });

  it('lists every feed in the OPML file, each by an RSS file written beside its Atom and JSON', async () => {
    const files = await feedFiles();
    const opml = await readFile(path.join(out, 'feeds/feeds.opml'), 'utf8');
    const listed = [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => bundleFileOf(m[1] ?? ''));
    const rss = files.filter((n) => n.endsWith('.rss.xml')).map((n) => path.join(out, n));
    expect(listed.sort()).toEqual(rss.sort());
    const stems = (ending: string) =>
      files.filter((n) => n.endsWith(ending)).map((n) => n.slice(0, -ending.length));
    expect(stems('.atom.xml')).toEqual(stems('.rss.xml'));
    expect(stems('.json').filter((s) => s !== 'feeds/index')).toEqual(stems('.rss.xml'));
  });
});

describe('npm run compile -- --help', () => {
  it('names the --site-url option and its environment variable', async () => {
    const help = await run(tsx, [cli, '--help']);
    expect(help.stdout).toMatch(/--site-url URL/);
    expect(help.stdout).toContain('READER_SITE_URL');
  }, 60_000);
});
