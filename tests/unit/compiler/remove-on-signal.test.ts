import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = path.resolve('src/compiler/remove-on-signal.ts');

/**
 * Runs a process that calls `removeOnSignal(dir)` after `before` (code run first), sends it
 * SIGINT once it says it is ready, and gives how it ended.
 */
async function interrupted(dir: string, before = '') {
  const code = `${before}
    const { removeOnSignal } = await import(${JSON.stringify(MODULE)});
    removeOnSignal(process.env.DIR);
    setInterval(() => {}, 60_000);
    console.log('ready');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    env: { ...process.env, DIR: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('ready')) child.kill('SIGINT');
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
}

async function folderWithAFile() {
  const dir = await mkdtemp(path.join(tmpdir(), 'reader-signal-'));
  await writeFile(path.join(dir, 'lines-1-0'), 'a paragraph\n');
  return dir;
}

describe('removeOnSignal', () => {
  it('removes the folder when a signal stops the process, which then ends by that signal', async () => {
    const dir = await folderWithAFile();
    expect(await interrupted(dir)).toEqual({ code: null, signal: 'SIGINT' });
    expect(existsSync(dir)).toBe(false);
  }, 60_000);

  it('leaves the ending to whoever else listens for the signal, even one that exits first', async () => {
    const dir = await folderWithAFile();
    const before = `process.on('SIGINT', () => process.exit(7));`;
    expect(await interrupted(dir, before)).toEqual({ code: 7, signal: null });
    expect(existsSync(dir)).toBe(false);
  }, 60_000);
});
