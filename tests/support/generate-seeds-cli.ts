import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitWithUsageError, parseCliArgs } from '../../src/compiler/cli-args.ts';
import { generateSeeds } from './generate-seeds.ts';

const COMMAND = {
  name: 'npm run seeds:generate',
  usage: `Usage: npm run seeds:generate -- [--count N] [--out DIR] [--seed S]

Writes N generated seeds in the real seed's layout (title, body, 原文链接, lists) into DIR, the
same N and S giving the same files. Build a site from them with SEEDS_DIR=DIR npm run build.

--count N   how many seeds (default 1000)
--out DIR   the folder to write them to, made if missing (default .tmp/corpus)
--seed S    the random seed: another S, other seeds (default 1)`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string', default: '.tmp/corpus' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  exitWithUsageError(COMMAND, `--count takes a whole number above 0, not "${values.count}"`);
}
const seed = Number(values.seed);
if (!Number.isFinite(seed)) {
  exitWithUsageError(COMMAND, `--seed takes a number, not "${values.seed}"`);
}
await mkdir(values.out, { recursive: true });
let written = 0;
for (const { file, text } of generateSeeds(count, seed)) {
  await writeFile(path.join(values.out, file), text);
  written++;
}
console.log(`${written} seeds written to ${values.out}`);
