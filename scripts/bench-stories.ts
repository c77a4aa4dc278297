/**
 * `npm run bench:stories [-- --count 10000 --reposts 0.2]`: how well the compile groups reposts
 * into stories, measured on generated seeds with planted reposts and look-alikes whose ground
 * truth is known (tests/support/plant-reposts.ts), beside a plain baseline in the same run:
 * articles with the same headline are one story. Pairwise precision and recall, as
 * docs/stories.md reports them.
 */
import { parseCliArgs } from '../src/compiler/cli-args.ts';
import { compileSeeds } from '../src/compiler/compile-seeds.ts';
import { parseSource } from '../src/compiler/seed-record.ts';
import {
  groupStories,
  STORY_THRESHOLDS,
  type StoryDoc,
} from '../src/domain/stories/group-stories.ts';
import { titleKey } from '../src/compiler/catalog/stable-id.ts';
import type { Article, ItemFile } from '../src/domain/bundle/bundle.ts';
import { generateSeeds } from '../tests/support/generate-seeds.ts';
import { pairScores, type PairScores } from './bench/pair-scores.ts';

const COMMAND = {
  name: 'npm run bench:stories',
  usage: `Usage: npm run bench:stories -- [--count N] [--reposts SHARE] [--seed S] [--json FILE]

Compiles N generated seeds, SHARE of them planted reposts and look-alikes, and prints the
pairwise precision and recall of the story grouping beside grouping by equal headlines.

--count N        seeds (default 10000)
--reposts SHARE  share of planted seeds, 0 to 1 (default 0.2)
--seed S         the generator's seed (default 1)
--sweep          also group with other thresholds and print what each gives
--json FILE      also write the numbers to FILE`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    count: { type: 'string', default: '10000' },
    reposts: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    sweep: { type: 'boolean', default: false },
  },
});

const seeds = [
  ...generateSeeds(Number(values.count), Number(values.seed), {
    reposts: Number(values.reposts),
  }),
];
const truth = new Map(seeds.map((s) => [s.url, s.story]));
const started = performance.now();
const { files } = await compileSeeds(
  seeds.map((s) => ({ file: s.file, bytes: new TextEncoder().encode(s.text) })),
);
const compileMs = performance.now() - started;

const articles: Article[] = [];
for (const [name, body] of files) {
  if (!name.startsWith('items/') || typeof body !== 'string') continue;
  const { item } = JSON.parse(body) as ItemFile;
  if (item.kind === 'article') articles.push(item);
}
const storyOfUrl = (a: Article) => truth.get(a.url ?? '') ?? `unknown:${a.id}`;
const grouped = pairScores(articles, storyOfUrl, (a) => a.story?.id ?? a.id);
const baseline = pairScores(articles, storyOfUrl, (a) => titleKey(a.title));

const percent = (x: number) => `${(x * 100).toFixed(2)} %`;
const row = (name: string, s: PairScores) =>
  `| ${name.padEnd(24)} | ${percent(s.precision).padStart(9)} | ${percent(s.recall).padStart(8)} | ${String(s.predicted).padStart(9)} | ${String(s.correct).padStart(7)} |`;
console.log(
  `\n${articles.length} articles from ${seeds.length} seeds (${values.reposts} planted), ${(compileMs / 1000).toFixed(1)} s to compile; ${grouped.truePairs} true repost pairs\n`,
);
console.log('| grouping                 | precision |   recall | pairs made | correct |');
console.log('| ------------------------ | --------: | -------: | --------: | ------: |');
console.log(row('stories (this compile)', grouped));
console.log(row('same headline (baseline)', baseline));
if (values.sweep) {
  // The same grouping the compile runs, on the same parsed seeds, with other thresholds.
  const records = seeds.map((s) =>
    parseSource({ file: s.file, bytes: new TextEncoder().encode(s.text) }),
  );
  const grouped = records.filter((r) => r.story !== null);
  const urls = grouped.map((r) => r.input?.seed.source?.url ?? r.file);
  console.log('\n| max sharing | min shared | min containment | precision |   recall |');
  console.log('| ----------: | ---------: | --------------: | --------: | -------: |');
  for (const maxSharing of [10, 40, 160]) {
    for (const minShared of [3, 6, 12]) {
      for (const minContainment of [0.3, 0.5, 0.7]) {
        const groupOf = new Map<number, number>();
        const thresholds = { maxSharing, minShared, minContainment };
        groupStories(
          grouped.map((r) => r.story as StoryDoc),
          thresholds,
        ).forEach((g, n) => g.forEach((i) => groupOf.set(i, n)));
        const indices = grouped.map((_, i) => i);
        const s = pairScores(
          indices,
          (i) => truth.get(urls[i] ?? '') ?? `unknown:${i}`,
          (i) => String(groupOf.get(i) ?? `alone:${i}`),
        );
        const mark = JSON.stringify(thresholds) === JSON.stringify(STORY_THRESHOLDS) ? ' ←' : '';
        console.log(
          `| ${maxSharing} | ${minShared} | ${minContainment} | ${percent(s.precision)} | ${percent(s.recall)}${mark} |`,
        );
      }
    }
  }
}
if (values.json) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(values.json, JSON.stringify({ grouped, baseline, compileMs }, null, 2));
}
