import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCliArgs } from '../../../src/compiler/cli-args.ts';

const run = promisify(execFile);

describe('reading a command line', () => {
  const config = { options: { count: { type: 'string' as const } } };

  it('asks for the usage with --help or -h, whatever else is there', () => {
    expect(readCliArgs(config, ['--help'])).toEqual({ kind: 'help' });
    expect(readCliArgs(config, ['--count', '3', '-h'])).toEqual({ kind: 'help' });
    expect(readCliArgs(config, ['--cout', '--help'])).toEqual({ kind: 'help' });
  });

  it('takes --help after -- as an argument, not a request for help', () => {
    expect(readCliArgs({ ...config, allowPositionals: true }, ['--', '--help'])).toMatchObject({
      kind: 'run',
      parsed: { positionals: ['--help'] },
    });
  });

  it('names a mistake in one sentence', () => {
    expect(readCliArgs(config, ['--cout', '3'])).toEqual({
      kind: 'error',
      message: "Unknown option '--cout'",
    });
    expect(readCliArgs(config, ['--count'])).toEqual({
      kind: 'error',
      message: "Option '--count <value>' argument missing",
    });
    expect(readCliArgs(config, ['extra'])).toEqual({
      kind: 'error',
      message: "Unexpected argument 'extra'",
    });
  });

  it('gives the values of a good command line', () => {
    expect(readCliArgs(config, ['--count', '3'])).toMatchObject({
      kind: 'run',
      parsed: { values: { count: '3' } },
    });
  });
});

// Every npm script that runs a file of ours through tsx, from package.json itself, so that a new
// script is checked too: `tsx FILE` or `node … --import tsx FILE`.
const scripts = Object.entries(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
).flatMap(([name, command]) => {
  const file = /\btsx (\S+\.ts)\b/.exec(command)?.[1];
  return file ? [{ name, file }] : [];
});

/** Runs a script as npm would (without npm's own chatter); a failing exit is an answer too. */
async function runScript(file: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', file, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('every script a newcomer may ask for help', () => {
  it('finds the scripts to check in package.json', () => {
    expect(scripts.map((s) => s.name)).toEqual(
      expect.arrayContaining(['compile', 'seeds:generate', 'eval:pages', 'bench', 'test']),
    );
  });

  it.each(scripts)(
    'npm run $name -- --help prints a usage and exits 0; an unknown option is one line, exit 2',
    async ({ file }) => {
      const [help, wrong] = await Promise.all([
        runScript(file, ['--help']),
        runScript(file, ['--no-such-option']),
      ]);
      expect(help).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toMatch(/^Usage: npm (?:run \S+|test)/);

      expect(wrong).toMatchObject({ code: 2, stdout: '' });
      expect(wrong.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^npm (?:run \S+|test): Unknown option '--no-such-option'; --help/),
      ]);
    },
    // Each starts Node and loads its imports twice at once, on a machine other tests share.
    60_000,
  );
});
