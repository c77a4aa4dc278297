import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSeed } from '../../support/write-seed.ts';

const run = promisify(execFile);
const cli = path.resolve('src/compiler/cli.ts');
const tsx = path.resolve('node_modules/.bin/tsx');

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seeds-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the compile command in `dir` with these arguments. */
const runCli = (...args: string[]) => runCliWith({}, ...args);

/** Runs the compile command in `dir` with these arguments and environment variables. */
async function runCliWith(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], {
      cwd: dir,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const compile = (...flags: string[]) =>
  runCli('--seeds', path.join(dir, 'seeds'), '--out', path.join(dir, 'out'), ...flags);

async function addSeed(name: string, text: string) {
  await mkdir(path.join(dir, 'seeds'), { recursive: true });
  await writeFile(path.join(dir, 'seeds', name), text);
}

// Each compile starts tsx in a new process: about a second idle, many times that on a busy machine.
describe('the compile command', { timeout: 180_000 }, () => {
  it('writes the bundle and closes with a summary line', async () => {
    await addSeed('a.txt', writeSeed({ title: '标题', paragraphs: ['正文'], prev: '前文' }));
    const { code, stdout, stderr } = await compile();
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim()).toMatch(/^1 seeds read, 1 articles, 1 teasers, 0 warnings, 0 errors → /);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      '.reader-bundle',
      'items',
      'latest',
      'manifest.json',
      'search',
      'stats',
    ]);
  });

  it('runs itself again with the heap READER_COMPILE_HEAP_MB asks for, and refuses a malformed one', async () => {
    await addSeed('a.txt', writeSeed({ title: '标题', paragraphs: ['正文'] }));
    const report = path.join(dir, 'report.json');
    const out = ['--seeds', path.join(dir, 'seeds'), '--out', path.join(dir, 'out')];
    const env = { READER_COMPILE_HEAP_MB: '3000' };
    const { code, stdout, stderr } = await runCliWith(env, ...out, '--report-json', report);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(
      /^1 seeds: compiling with a heap of 3000 MB \(READER_COMPILE_HEAP_MB\)\n1 seeds read, /,
    );
    // V8's limit is the old generation asked for and the young one (this machine's default: 4 GB).
    const { heapLimitMb } = JSON.parse(await readFile(report, 'utf8')) as { heapLimitMb: number };
    expect(heapLimitMb).toBeGreaterThanOrEqual(3000);
    expect(heapLimitMb).toBeLessThan(3200);

    const wrong = await runCliWith({ READER_COMPILE_HEAP_MB: 'lots' }, ...out);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /^READER_COMPILE_HEAP_MB takes a whole number of megabytes, not "lots"\./,
    );
  });

  it('names the file and line of a warning, and fails on it only with --strict', async () => {
    await addSeed(
      'a.txt',
      writeSeed({ title: '标题', paragraphs: ['正文'], url: 'ftp://example.cn/a' }),
    );
    const relaxed = await compile();
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain('seeds/a.txt:3: warning: The source link uses ftp:');
    expect((await compile('--strict')).code).toBe(1);
  });

  it('takes the build day from --today: a later date is no publication date, a malformed day is refused', async () => {
    await addSeed(
      'a.txt',
      ['某县召开教育工作会议', '发布时间：2024-06-10', '会议部署了新学期工作。'].join('\n'),
    );
    expect((await compile('--today', '2024-06-01')).stderr).toContain(
      'seeds/a.txt:2: warning: The date 2024-06-10 is later than the build day 2024-06-01; not a publication date.',
    );
    expect((await compile('--today', '2024-06-30')).stderr).not.toContain('build day');
    const wrong = await compile('--today', '6/1/2024');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--today must be a date written YYYY-MM-DD, not "6/1/2024".');
  });

  it('leaves files whose bytes did not change untouched and removes stale ones', async () => {
    await addSeed('a.txt', writeSeed({ title: '标题', paragraphs: ['正文'], prev: '前文' }));
    await compile();
    const manifest = path.join(dir, 'out', 'manifest.json');
    const before = await stat(manifest);
    const items = async () => (await readdir(path.join(dir, 'out', 'items'))).length;
    expect(await items()).toBe(2);

    await addSeed('a.txt', writeSeed({ title: '标题', paragraphs: ['正文'] }));
    await compile();
    expect(await items()).toBe(1);
    await compile();
    expect((await stat(manifest)).mtimeMs).toBeGreaterThan(before.mtimeMs);
    const mtime = (await stat(manifest)).mtimeMs;
    await compile();
    expect((await stat(manifest)).mtimeMs).toBe(mtime);
    expect(JSON.parse(await readFile(manifest, 'utf8'))).toMatchObject({
      counts: { articles: 1, teasers: 0 },
    });
  });
});

/** Every file under `folder`, relative to it, with its text. */
async function contents(folder: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const e of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(e.parentPath, e.name);
    if (e.isFile()) found[path.relative(folder, file)] = await readFile(file, 'utf8');
  }
  return found;
}

describe('where the compile command may write', { timeout: 180_000 }, () => {
  it('refuses to write into the seeds folder, in one line, and leaves the seeds as they were', async () => {
    await addSeed('a.txt', writeSeed({ title: '标题', paragraphs: ['正文'] }));
    await mkdir(path.join(dir, 'seeds', 'notes'));
    await writeFile(path.join(dir, 'seeds', 'notes', 'todo.md'), '待办');
    const before = await contents(path.join(dir, 'seeds'));
    for (const out of ['seeds', 'seeds/notes', '.']) {
      const { code, stdout, stderr } = await runCli('--seeds', 'seeds', '--out', out);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(`"${out}"`)]);
      expect(await contents(path.join(dir, 'seeds'))).toEqual(before);
    }
  });

  it('refuses a folder holding other files, and deletes nothing in it', async () => {
    await addSeed('a.txt', writeSeed({ title: '标题', paragraphs: ['正文'] }));
    await mkdir(path.join(dir, 'site', 'photos'), { recursive: true });
    await writeFile(path.join(dir, 'site', 'index.html'), '<p>我的网页</p>');
    await writeFile(path.join(dir, 'site', 'photos', 'a.jpg'), '照片');
    const before = await contents(path.join(dir, 'site'));
    const { code, stderr } = await runCli('--seeds', 'seeds', '--out', 'site');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/^Refusing to write the bundle into "site": .*\.reader-bundle/);
    expect(await contents(path.join(dir, 'site'))).toEqual(before);
  });
});

describe('links among the seeds', { timeout: 120_000 }, () => {
  it('reads a link to a seed, and names each link it does not follow and why', async () => {
    await addSeed('a.txt', writeSeed({ title: '甲县教育局召开会议', paragraphs: ['正文'] }));
    await mkdir(path.join(dir, 'elsewhere'));
    await writeFile(
      path.join(dir, 'elsewhere', 'private.txt'),
      writeSeed({ title: '不该发布的私人文件', paragraphs: ['私人内容'] }),
    );
    await mkdir(path.join(dir, 'seeds', 'kept'));
    await writeFile(
      path.join(dir, 'seeds', 'kept', 'b.data'),
      writeSeed({ title: '乙县教育局召开会议', paragraphs: ['正文'], url: 'https://b.cn/1' }),
    );
    await symlink('kept/b.data', path.join(dir, 'seeds', 'b.txt'));
    await symlink('gone.txt', path.join(dir, 'seeds', 'broken.txt'));
    await symlink('loop2.txt', path.join(dir, 'seeds', 'loop1.txt'));
    await symlink('loop1.txt', path.join(dir, 'seeds', 'loop2.txt'));
    await symlink('..', path.join(dir, 'seeds', 'kept', 'up'));
    await symlink('../elsewhere/private.txt', path.join(dir, 'seeds', 'private.txt'));
    await symlink('../elsewhere', path.join(dir, 'seeds', 'more'));

    const { code, stdout, stderr } = await runCli('--seeds', 'seeds', '--out', 'out');
    expect(code).toBe(1);
    expect(stdout).toMatch(/ 2 articles, /);
    const lines = stderr.trim().split('\n').sort();
    expect(lines).toEqual([
      'seeds/broken.txt:1: error: The link leads to gone.txt, which does not exist; skipped.',
      expect.stringMatching(/^seeds\/kept\/up:1: error: The link leads back to the folder seeds, /),
      'seeds/loop1.txt:1: error: The link leads round a loop of links; skipped.',
      'seeds/loop2.txt:1: error: The link leads round a loop of links; skipped.',
      expect.stringMatching(
        /^seeds\/more:1: error: The link leads to the folder .*elsewhere, outside the seeds folder/,
      ),
      expect.stringMatching(
        /^seeds\/private\.txt:1: error: The link leads to .*private\.txt, outside the seeds folder/,
      ),
    ]);
    const bundle = Object.values(await contents(path.join(dir, 'out'))).join('\n');
    expect(bundle).toContain('乙县教育局召开会议');
    expect(bundle).not.toContain('不该发布');
  });
});

describe('seed files the compile command cannot use', { timeout: 120_000 }, () => {
  it('reports a file over the size limit without reading it, and compiles the rest', async () => {
    await addSeed('a.txt', writeSeed({ title: '标题', paragraphs: ['正文'] }));
    await addSeed('huge.txt', '大'.repeat(800_000));
    const { code, stdout, stderr } = await compile();
    expect(code).toBe(1);
    expect(stderr).toContain(
      'seeds/huge.txt:1: error: The file is 2.3 MiB, over the 2.0 MiB limit',
    );
    expect(stdout).toMatch(/^2 seeds read, 1 articles, 0 teasers, 0 warnings, 1 errors/);
  });
});

describe('explaining one seed', { timeout: 120_000 }, () => {
  it('prints what became of each line, the headline candidates, the dates and the result', async () => {
    await addSeed(
      'page.txt',
      [
        '枫林教育资讯中心',
        '枫林县举办青年教师课堂教学比赛',
        '2024-03-06 来源:枫林县教育局',
        '3月5日上午，枫林县第一中学举办青年教师课堂教学比赛，全县四十余名青年教师参赛。',
        '原文链接:http://a.example.cn/1.html',
      ].join('\n'),
    );
    const { stdout } = await run(tsx, [cli, '--explain', path.join(dir, 'seeds', 'page.txt')]);
    expect(stdout).toMatch(/^\s+1 {2}dropped: above the headline\s+枫林教育资讯中心$/m);
    expect(stdout).toMatch(/^\s+3 {2}dropped: meta\s+2024-03-06/m);
    expect(stdout).toContain('+3 stands above the date or source line');
    expect(stdout).toContain('2024-03-06  line 3, metadata line');
    expect(stdout).toMatch(/headline {3}枫林县举办青年教师课堂教学比赛\n/);
    expect(stdout).toContain('published  2024-03-06');
  });
});
