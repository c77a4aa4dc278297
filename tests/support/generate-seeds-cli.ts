import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exitWithUsageError, parseCliArgs } from '../../src/compiler/cli-args.ts';
import { generateSeeds } from './generate-seeds.ts';

const COMMAND = {
  name: 'npm run seeds:generate',
  usage: `Usage: npm run seeds:generate -- [--count N] [--out DIR] [--seed S] [--first N]
                                 [--from DAY] [--to DAY] [--reposts SHARE]

Writes N generated seeds in the real seed's layout (title, body, 原文链接, lists) into DIR, the
same options giving the same files. Build a site from them with SEEDS_DIR=DIR npm run build.

--count N   how many seeds (default 1000)
--out DIR   the folder to write them to, made if missing (default .tmp/corpus)
--seed S    the random seed: another S, other seeds (default 1)
--first N   number the seeds from N (default 1): a batch that goes on from an earlier one
            (--first 100001 after 100,000 seeds) takes new file names, titles and addresses
--from DAY, --to DAY
            draw publication dates from DAY up to the day before the other
            (default 2015-01-01 and 2025-06-30): a later span makes a newer batch
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
    first: { type: 'string', default: '1' },
    from: { type: 'string', default: '2015-01-01' },
    to: { type: 'string', default: '2025-06-30' },
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
const first = Number(values.first);
if (!Number.isInteger(first) || first < 1) {
  exitWithUsageError(COMMAND, `--first takes a whole number above 0, not "${values.first}"`);
}
const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day));
if (!isDay(values.from) || !isDay(values.to) || values.from >= values.to) {
  exitWithUsageError(
    COMMAND,
    `--from and --to take two days (YYYY-MM-DD), the first earlier, not "${values.from}" and "${values.to}"`,
  );
}
const reposts = Number(values.reposts);
if (!(reposts >= 0 && reposts <= 1)) {
  exitWithUsageError(COMMAND, `--reposts takes a share from 0 to 1, not "${values.reposts}"`);
}
await mkdir(values.out, { recursive: true });

// Files are written 64 at a time: one at a time, 100,000 seeds took 33 s, most of it waiting on
// the file system; this way 10 s, the same bytes.
const IN_FLIGHT = 64;
const writing = new Set<Promise<void>>();
let written = 0;
const stories: Record<string, string> = {};
const seeds = generateSeeds(count, seed, {
  reposts,
  first,
  dates: { from: values.from, to: values.to },
});
for (const { file, text, story } of seeds) {
  const write: Promise<void> = writeFile(path.join(values.out, file), text).then(() => {
    writing.delete(write);
  });
  writing.add(write);
  if (writing.size >= IN_FLIGHT) await Promise.race(writing);
  stories[file] = story;
  written++;
}
await Promise.all(writing);
if (reposts > 0) {
  await writeFile(path.join(values.out, 'stories.json'), JSON.stringify(stories, null, 1));
}
console.log(`${written} seeds written to ${values.out}`);
