// `npm run eval:pages -- [DIR] [--misses]`: compiles each labelled page of DIR (default
// ../shared/page-shapes) with the real per-seed pipeline, given its address as a 原文链接 line
// the way a scraper writes it, and scores what came out field by field against labels.json.
// docs/extraction.md explains the fields and keeps the latest table.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { scorePage, type PageLabel, FIELDS, type PageOutcome } from './eval-pages/score-page.ts';
import { parseSource, type SeedRecord } from '../src/compiler/seed-record.ts';
import { groupStories, type StoryDoc } from '../src/domain/stories/group-stories.ts';
import { pairScores } from './bench/pair-scores.ts';
import { exitWithUsageError, parseCliArgs } from '../src/compiler/cli-args.ts';

const COMMAND = {
  name: 'npm run eval:pages',
  usage: `Usage: npm run eval:pages -- [DIR]

Compiles each labelled page of DIR (default ../shared/page-shapes, with its labels.json) and
scores the headline, date, places, topics and body field by field, then lists the misses.`,
};

const { values, positionals } = parseCliArgs(COMMAND, {
  allowPositionals: true,
  options: { misses: { type: 'boolean', default: true }, json: { type: 'string' } },
});
const dir = path.resolve(positionals[0] ?? '../shared/page-shapes');
const labelsFile = path.join(dir, 'labels.json');
if (!existsSync(labelsFile)) exitWithUsageError(COMMAND, `${labelsFile} does not exist`);
const labels = JSON.parse(await readFile(labelsFile, 'utf8')) as PageLabel[];

const outcomes: PageOutcome[] = [];
const records: SeedRecord[] = [];
for (const label of labels) {
  const page = await readFile(path.join(dir, label.file), 'utf8');
  // A scraper appends the address it fetched after the page text.
  const seed = label.url ? `${page.trimEnd()}\n原文链接:${label.url}\n` : page;
  const record = parseSource({ file: label.file, bytes: new TextEncoder().encode(seed) });
  outcomes.push(scorePage(label, record));
  records.push(record);
}

console.log(`${labels.length} pages from ${dir}\n`);
console.log('field                      right   of   share');
for (const field of FIELDS) {
  const scored = outcomes.flatMap((o) => o.fields.filter((f) => f.field === field.id));
  const right = scored.filter((f) => f.right).length;
  const share = scored.length ? `${((100 * right) / scored.length).toFixed(0)} %` : '–';
  console.log(
    `${field.name.padEnd(26)} ${String(right).padStart(5)} ${String(scored.length).padStart(4)} ${share.padStart(7)}`,
  );
}
const crashed = outcomes.filter((o) => o.crash);
console.log(`crashes                    ${crashed.length}`);

// Reposts: the pages grouped into stories as the compile groups them, against the `story` labels.
const grouped = records.filter((r) => r.story !== null);
const storyOf = new Map<string, string>();
groupStories(grouped.map((r) => r.story as StoryDoc)).forEach((group, n) => {
  for (const i of group) storyOf.set(grouped[i]?.file ?? '', `group ${n + 1}`);
});
const stories = pairScores(
  labels,
  (label) => label.story ?? label.file,
  (label) => storyOf.get(label.file) ?? label.file,
);
console.log(
  `repost pairs grouped      ${String(stories.correct).padStart(5)} ${String(stories.truePairs).padStart(4)}`,
);
console.log(`other pairs grouped       ${String(stories.predicted - stories.correct).padStart(5)}`);

if (values.misses) {
  console.log('\nmisses');
  for (const outcome of outcomes) {
    for (const f of outcome.fields.filter((x) => !x.right)) {
      console.log(`  ${outcome.file} ${f.field}: want ${f.want}, got ${f.got}`);
    }
    if (outcome.crash) console.log(`  ${outcome.file} crash: ${outcome.crash}`);
  }
}
