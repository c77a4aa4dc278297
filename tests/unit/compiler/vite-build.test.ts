import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBundle } from '../../../src/compiler/vite-plugin.ts';
import { writeSeed } from '../../support/write-seed.ts';

let root = '';
const data = () => path.join(root, 'dist', 'data');

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'seed-build-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await mkdir(path.join(root, 'seeds'));
  for (const [name, title, url] of [
    ['a.txt', '开州区教师培训启动', 'https://a.cn/1'],
    ['b.txt', '广西做好秋季学期开学工作', 'https://b.cn/1'],
  ] as const) {
    await writeFile(
      path.join(root, 'seeds', name),
      writeSeed({ title, paragraphs: ['正文'], url }),
    );
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const buildSite = () =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [seedBundle({ seedsDir: 'seeds' })],
  });

/** Every data file with the time it was last written. */
async function writtenAt(): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const entry of await readdir(data(), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(data(), file), (await stat(file)).mtimeMs);
  }
  return files;
}

describe('the seed plugin in a build', () => {
  it(
    'writes only the data files whose bytes changed since the last build',
    { timeout: 120_000 },
    async () => {
      await buildSite();
      const first = await writtenAt();
      expect([...first.keys()]).toContain('manifest.json');
      // Vite empties dist/ on every build: the data must outlive that to be compared.
      await writeFile(path.join(root, 'dist', 'index.html.mark'), '');

      await buildSite();
      expect(await readdir(path.join(root, 'dist'))).not.toContain('index.html.mark');
      expect(await writtenAt()).toEqual(first);

      await writeFile(
        path.join(root, 'seeds', 'c.txt'),
        writeSeed({ title: '重庆市中小学近视防控', paragraphs: ['正文'], url: 'https://c.cn/1' }),
      );
      await rm(path.join(root, 'seeds', 'a.txt'));
      await buildSite();
      const changed = await writtenAt();
      const kept = [...changed].filter(([name, at]) => first.get(name) === at).map(([n]) => n);
      const gone = [...first.keys()].filter((name) => !changed.has(name));
      // b.txt's article is the same file; a.txt's is gone; the manifest counts anew.
      expect(kept.filter((name) => name.startsWith('items/'))).toHaveLength(1);
      expect(gone.filter((name) => name.startsWith('items/'))).toHaveLength(1);
      expect(changed.get('manifest.json')).not.toBe(first.get('manifest.json'));
    },
  );
});
