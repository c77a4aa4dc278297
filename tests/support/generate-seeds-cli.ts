import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitWithUsageError, parseCliArgs } from '../../src/compiler/cli-args.ts';
import { generateSeeds } from './generate-seeds.ts';

const COMMAND = {
  name: 'npm run seeds:generate',
  usage: `Usage: npm run seeds:generate -- [--count N] [--out DIR] [--seed S] [--reposts SHARE]

Writes N generated seeds in the real seed's layout (title, body, 原文链接, lists) into DIR, the
same N and S giving the same files. Build a site from them with SEEDS_DIR=DIR npm run build.

--count N   how many seeds (default 1000)
--out DIR   the folder to write them to, made if missing (default .tmp/corpus)
--seed S    the random seed: another S, other seeds (default 1)
--reposts SHARE
            plant this share (0 to 1) of the seeds as copies of earlier stories or look-alikes
            that are not (docs/stories.md), and write the ground truth to DIR/stories.json
            (default 0)`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string', default: '.tmp/corpus' },
    seed: { type: 'string', default: '1' },
    reposts: { type: 'string', default: '0' },
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
const reposts = Number(values.reposts);
if (!(reposts >= 0 && reposts <= 1)) {
  exitWithUsageError(COMMAND, `--reposts takes a share from 0 to 1, not "${values.reposts}"`);
}
await mkdir(values.out, { recursive: true });
let written = 0;
const stories: Record<string, string> = {};
for (const { file, text, story } of generateSeeds(count, seed, { reposts })) {
  await writeFile(path.join(values.out, file), text);
  stories[file] = story;
  written++;
}
if (reposts > 0) {
  await writeFile(path.join(values.out, 'stories.json'), JSON.stringify(stories, null, 1));
}
console.log(`${written} seeds written to ${values.out}`);
