import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleFileBody } from '../../../src/compiler/bundle-files.ts';
import { IncrementalCompile, compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { listSeedFiles, readSeedFile } from '../../../src/compiler/seed-files.ts';
import { linesOf } from '../../../src/compiler/spilled-lines.ts';
import { runSeedTask, seedTaskTransfer, type ReadSeeds } from '../../../src/compiler/seed-task.ts';
import {
  inThreadSeedWork,
  workerSeedWork,
  type SeedWork,
} from '../../../src/compiler/seed-work.ts';
import { markBundleFolder, writeBundleDir } from '../../../src/compiler/write-bundle-dir.ts';
import { buildSearchIndex } from '../../../src/domain/search/build/build-search-index.ts';
import type { SearchDoc } from '../../../src/domain/search/query/search-types.ts';
import { generateSeeds } from '../../support/generate-seeds.ts';

let root = '';
let paths: string[] = [];
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'seed-work-'));
  await mkdir(path.join(root, 'seeds', 'more'), { recursive: true });
  let n = 0;
  for (const { file, text } of generateSeeds(160, 3)) {
    // Some in a sub-folder, one broken, so order and diagnostics are exercised too.
    const folder = n++ % 5 === 0 ? 'seeds/more' : 'seeds';
    await writeFile(path.join(root, folder, file), text);
  }
  await writeFile(path.join(root, 'seeds', 'broken.txt'), new Uint8Array([0, 1, 2]));
  ({ paths } = await listSeedFiles(path.join(root, 'seeds'), root));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function compileWith(work: SeedWork) {
  try {
    const compile = new IncrementalCompile();
    await compile.setFiles(paths, root, work);
    const result = await compile.result(work);
    const files = new Map<string, BundleFileBody>();
    for await (const [name, body] of result.layout.entries()) files.set(name, body);
    return {
      files,
      layout: result.layout,
      diagnostics: result.diagnostics,
      summary: result.summary,
    };
  } finally {
    await work.close();
  }
}

describe('compiling on worker threads', { timeout: 60_000 }, () => {
  it('gives the same bytes whatever the number of workers', async () => {
    const here = await compileWith(inThreadSeedWork);
    expect(here.summary).toMatchObject({ seeds: 161, articles: 160, errors: 1 });
    for (const threads of [1, 2, 3]) {
      const there = await compileWith(workerSeedWork(threads));
      expect(there.diagnostics).toEqual(here.diagnostics);
      expect([...there.files.keys()].sort()).toEqual([...here.files.keys()].sort());
      for (const [name, body] of here.files) expect(there.files.get(name), name).toEqual(body);
    }
  });

  it('writes the body shards as the index makes them when given a folder, the same files', async () => {
    const here = await compileWith(inThreadSeedWork);
    const bodies = [...here.files.keys()].filter((name) => name.startsWith('search/body/'));
    expect(bodies.length).toBeGreaterThan(0);
    // On workers, as the compile command runs a large compile; the CLI's tests run it on this
    // thread.
    const out = path.join(root, 'out-bodies');
    const work = workerSeedWork(2);
    try {
      for (const run of ['first', 'again']) {
        await markBundleFolder(out);
        const compile = new IncrementalCompile({ keepSeeds: false, searchBodiesTo: out });
        await compile.setFiles(paths, root, work);
        const result = await compile.result(work);
        const search = new Set((await result.layout.search).map(([name]) => name));
        expect(bodies.filter((name) => search.has(name))).toEqual([]);
        const report = await writeBundleDir(
          out,
          result.layout.entries(),
          work.writeFiles,
          work.threads,
          result.written,
        );
        expect(report.files).toBe(here.files.size);
        expect(report.written).toBe(run === 'first' ? here.files.size : 0);
      }
    } finally {
      await work.close();
    }
    for (const [name, body] of here.files) {
      expect(await readFile(path.join(out, name)), name).toEqual(Buffer.from(body));
    }
  });

  it('makes any one file on demand as the whole layout makes it (what dev serves)', async () => {
    const { files, layout } = await compileWith(inThreadSeedWork);
    const search = new Set((await layout.search).map(([name]) => name));
    for (const [name, body] of files) {
      expect(layout.file(name), name).toEqual(search.has(name) ? undefined : body);
    }
    expect(layout.file('items/none.json')).toBeUndefined();
  });

  it('gives what the one-call compile gives', async () => {
    const here = await compileWith(inThreadSeedWork);
    const sources = paths.map((p) => readSeedFile(p, root));
    const once = await compileSeeds(sources);
    expect(once.files).toEqual(here.files);
    expect(once.diagnostics).toEqual(here.diagnostics);
  });

  it('gives the same bytes when it lets the parses go once linked, and cannot link again', async () => {
    const kept = await compileWith(inThreadSeedWork);
    const work = workerSeedWork(2);
    try {
      const compile = new IncrementalCompile({ keepSeeds: false });
      await compile.setFiles(paths, root, work);
      const result = await compile.result(work);
      const files = new Map<string, BundleFileBody>();
      for await (const [name, body] of result.layout.entries()) files.set(name, body);
      expect(files).toEqual(kept.files);
      expect(result.diagnostics).toEqual(kept.diagnostics);
      await expect(compile.result(work)).rejects.toThrow('keepSeeds: false');
    } finally {
      await work.close();
    }
  });

  it('leaves the paragraphs on disk when asked, till the work is closed', async () => {
    const options = { cwd: root, today: '2025-12-31' };
    const here = await inThreadSeedWork.readSeeds(paths, options);
    const work = workerSeedWork(2);
    let dirs: string[];
    try {
      const there = await work.readSeeds(paths, { ...options, spill: true });
      const parts = there.records.flatMap((r) => r.input?.seed.paragraphs ?? []);
      const spilled = parts.filter((part) => typeof part !== 'string');
      expect(spilled).toHaveLength(160);
      expect(there.records.map((r) => r.input && linesOf(r.input.seed.paragraphs))).toEqual(
        here.records.map((r) => r.input?.seed.paragraphs ?? null),
      );
      dirs = [...new Set(spilled.map((part) => path.dirname(part.spill)))];
    } finally {
      await work.close();
    }
    expect(dirs).toHaveLength(1);
    expect(existsSync(dirs[0] ?? '')).toBe(false);
  });

  it('builds an index of several body chunks as this thread does', async () => {
    // Past one body chunk (8,192 documents), so that the chunks are built on different workers.
    const words = ['开州区', '教育', '近视防控', '党建', '课后服务', '就业', '重庆', '學校'];
    const docs = Array.from({ length: 9000 }, (_, i): SearchDoc => {
      const word = (k: number) => words[(i * k) % words.length] ?? '';
      return {
        id: `d${i}`,
        kind: i % 3 === 0 ? 'teaser' : 'article',
        title: `${word(1)}${word(3)}第${i}期`,
        paragraphs: i % 3 === 0 ? [] : [`${word(5)}，${word(7)}${i}`, word(2)],
        date: `2024-0${(i % 9) + 1}-1${i % 10}`,
        regions: i % 4 === 0 ? ['500154'] : [],
        topics: i % 5 === 0 ? ['party'] : [],
      };
    });
    const work = workerSeedWork(2);
    try {
      const there = await work.buildIndex(docs);
      const here = buildSearchIndex(docs);
      expect(there.manifest).toEqual(here.manifest);
      expect(there.manifest.chunks).toBe(2);
      expect([...there.shards.keys()]).toEqual([...here.shards.keys()]);
      for (const [key, bytes] of here.shards) expect(there.shards.get(key), key).toEqual(bytes);
    } finally {
      await work.close();
    }
  });

  it('fails the compile with the reason when a worker cannot do its task', async () => {
    const work = workerSeedWork(1);
    try {
      // A folder cannot be made under a file: the worker's write fails, and says why.
      const file = paths[0] ?? '';
      await expect(
        work.writeFiles(path.join(file, 'out'), [{ name: 'a.json', body: '{}', existed: false }]),
      ).rejects.toThrow('ENOTDIR');
    } finally {
      await work.close();
    }
  });
});

describe('a seed task on this thread', () => {
  it('answers in the order asked, however the reads finish', async () => {
    const some = paths.slice(0, 100).reverse();
    const today = '2025-12-31';
    const read = await runSeedTask({
      kind: 'read',
      paths: some,
      cwd: root,
      countWords: true,
      today,
    });
    expect((read as ReadSeeds).records.map((r) => r.file)).toEqual(
      some.map((p) => path.relative(root, p)),
    );
  });

  it('moves the buffers of gram blocks and shards to the caller, and nothing of other answers', async () => {
    const blocks = await runSeedTask({
      kind: 'grams',
      field: 'body',
      lines: [['开州区教育'], ['近视防控']],
      from: 0,
      cache: null,
    });
    // Keys, sizes, document counts, ends, postings and the trigram filter.
    expect(seedTaskTransfer(blocks)).toHaveLength(6);
    const index = { ...buildSearchIndex([]), bodiesWritten: null };
    expect(seedTaskTransfer(index)).toHaveLength(index.shards.size);
    expect(seedTaskTransfer(await runSeedTask({ kind: 'tag', titles: ['开州区'] }))).toEqual([]);
    expect(seedTaskTransfer(3)).toEqual([]);
  });
});
