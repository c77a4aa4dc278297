import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeOrphanSpillDirs } from '../../../src/compiler/spill-dirs.ts';

const MODULE = path.resolve('src/compiler/spill-dirs.ts');

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'spill-dirs-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/**
 * Runs a process that makes a spill folder in `root` with a file in it, prints the folder, then
 * runs `then`; `signal`, if given, is sent once the folder is printed. Gives the folder and how
 * the process ended.
 */
async function spiller(then: string, signal?: NodeJS.Signals) {
  const code = `
    const { writeFileSync } = await import('node:fs');
    const { makeSpillDir } = await import(${JSON.stringify(MODULE)});
    const { dir } = makeSpillDir(process.env.ROOT);
    writeFileSync(dir + '/lines-1-0', 'a paragraph\\n');
    console.log(dir);
    ${then}`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    env: { ...process.env, ROOT: root },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let dir = '';
  child.stdout.on('data', (chunk: Buffer) => {
    dir += chunk.toString();
    if (signal && dir.endsWith('\n')) child.kill(signal);
  });
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => child.on('exit', (code, by) => resolve({ code, signal: by })),
  );
  return { dir: dir.trim(), ended };
}

describe('spill folders', () => {
  it('are named for their process and removed when it exits before closing them', async () => {
    const { dir, ended } = await spiller('process.exit(3);');
    expect(ended).toEqual({ code: 3, signal: null });
    expect(path.basename(dir)).toMatch(/^reader-lines-\d+-/);
    expect(existsSync(dir)).toBe(false);
  }, 60_000);

  it('leave Ctrl-C to end the process at once, and the next compile removes what it left', async () => {
    const { dir, ended } = await spiller('setInterval(() => {}, 60_000);', 'SIGINT');
    expect(ended).toEqual({ code: null, signal: 'SIGINT' });
    expect(existsSync(path.join(dir, 'lines-1-0'))).toBe(true);
    // This process runs: its folder stays, as does anything not named like a spill folder.
    const mine = path.join(root, `reader-lines-${process.pid}-abcdef`);
    const other = path.join(root, 'reader-lines-abcdef');
    await mkdir(mine);
    await writeFile(other, '');
    expect(removeOrphanSpillDirs(root)).toBe(1);
    expect([existsSync(dir), existsSync(mine), existsSync(other)]).toEqual([false, true, true]);
  }, 60_000);
});
