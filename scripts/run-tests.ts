// `npm test`: every check, each step named as it starts, a heartbeat while a silent step works,
// and a table at the end. Every step runs even when one before it failed, so one lint error
// does not hide a broken browser test; the exit code is non-zero when any step failed.
import { spawn } from 'node:child_process';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

parseCliArgs(
  {
    name: 'npm test',
    usage: `Usage: npm test

Runs every check in turn: lint, typecheck, the unit and component tests, the browser tests;
then a table of the steps and their times. Takes no options. One step alone: npm run lint,
npm run typecheck, npm run test:unit, npm run test:e2e (vitest options after --).`,
  },
  { options: {} },
);

interface Step {
  script: string;
  what: string;
  /** Prints nothing until it is done: say every so often that it still works. */
  silent: boolean;
}

const STEPS: Step[] = [
  { script: 'lint', what: 'eslint (type-checked) and prettier', silent: true },
  { script: 'typecheck', what: 'tsc, strict', silent: true },
  { script: 'test:unit', what: 'unit and component tests (vitest)', silent: false },
  {
    script: 'test:e2e',
    what: 'browser tests in Chromium (vitest + playwright-core)',
    silent: false,
  },
];

const HEARTBEAT_MS = 15_000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(step: Step): Promise<{ ok: boolean; ms: number }> {
  const started = Date.now();
  console.log(`\n▶ npm run ${step.script}: ${step.what}`);
  const child = spawn('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
  const heartbeat = step.silent
    ? setInterval(() => {
        console.log(`  … ${step.script} still running (${seconds(Date.now() - started)})`);
      }, HEARTBEAT_MS)
    : undefined;
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(heartbeat);
      resolve({ ok: code === 0, ms: Date.now() - started });
    });
  });
}

const results: { step: Step; ok: boolean; ms: number }[] = [];
for (const step of STEPS) results.push({ step, ...(await run(step)) });

console.log('\nstep        result  time');
for (const { step, ok, ms } of results) {
  console.log(`${step.script.padEnd(12)}${(ok ? 'ok' : 'FAILED').padEnd(8)}${seconds(ms)}`);
}
const failed = results.filter((r) => !r.ok).map((r) => r.step.script);
console.log(failed.length === 0 ? 'Every check passed.' : `Failed: ${failed.join(', ')}.`);
process.exitCode = failed.length === 0 ? 0 : 1;
