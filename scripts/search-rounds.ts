/**
 * `npm run search:rounds -- --data DIR [--query 教育 …]`: what each query's first page costs a
 * reader who has not searched before: rounds of requests, files and bytes (gzip, as a CDN serves
 * them), with the engine's own rules for what it fetches, and ahead of need, in each round.
 * DIR is a compiled bundle (`npm run compile -- --out DIR`, or a built site's `dist/data`).
 *
 * Each query runs alone on a fresh engine in Node, from the manifest, region table and pinyin
 * readings (loaded before the first query in the app too); files wanted ahead are counted in the
 * round that asks for them, as the app starts them with the files it needs. No network: the
 * rounds are what a slow link turns into time (docs/performance.md). The engine's own time in
 * its steps is printed too: at a million documents it is a good part of a slow keystroke.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { exitWithUsageError, parseCliArgs } from '../src/compiler/cli-args.ts';
import { SearchClient } from '../src/domain/search/query/search-client.ts';

const COMMAND = {
  name: 'npm run search:rounds',
  usage: `Usage: npm run search:rounds -- --data DIR [--query TEXT]…

Prints, for each query's first page on a fresh engine, the rounds of requests, the files and
their gzip bytes, and the engine's time in its steps. DIR is a compiled bundle (the compile's --out, or a site's dist/data).

--data DIR     the bundle to read
--query TEXT   a query to measure (repeatable; default: the typing bench's slowest and common ones)
--verbose      list each round's files (those wanted ahead marked +)`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    data: { type: 'string' },
    query: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
  },
});
const data = values.data ?? exitWithUsageError(COMMAND, 'It needs --data DIR, a compiled bundle');
const search = path.resolve(data, 'search');
const QUERIES = values.query ?? [
  '教育',
  '教育 重',
  '教育 重庆',
  '重庆 党',
  '重庆 党建',
  '近视防控',
  '党建 工作',
  '学生 就业',
  'ka',
  'kaiz',
  'kaizhou',
];

const json = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(search, name), 'utf8'));
const files = {
  manifest: (await json('manifest.json')) as never,
  regions: (await json('regions.json')) as never,
  pinyin: (await json('pinyin.json')) as never,
};

interface Cost {
  query: string;
  rounds: number;
  files: number;
  gzip: number;
  hits: number;
  /** The engine's own time in its steps (decoding included), not the reading of the files. */
  ms: number;
}

async function measure(text: string): Promise<Cost> {
  const client = new SearchClient(files, () => {
    throw new Error('Files are handed over a round at a time here.');
  });
  const { index } = client;
  const query = client.prepare(text);
  const options = { offset: 0, limit: 20 };
  const cost: Cost = { query: text, rounds: 0, files: 0, gzip: 0, hits: 0, ms: 0 };
  for (;;) {
    const started = performance.now();
    const step = index.step(query, options);
    cost.ms += performance.now() - started;
    if (step.result) {
      cost.hits = step.result.hits.length;
      return cost;
    }
    cost.rounds++;
    if (values.verbose) {
      const names = [...step.needed, ...[...step.ahead].map((file) => `+${file}`)];
      console.log(`${text} round ${cost.rounds}: ${names.join(' ')}`);
    }
    for (const file of [...step.needed, ...step.ahead]) {
      const bytes = await readFile(path.join(search, `${file}.bin`));
      cost.files++;
      cost.gzip += gzipSync(bytes).length;
      index.addFile(file, bytes);
    }
  }
}

const rows = [];
for (const text of QUERIES) rows.push(await measure(text));
console.log(`First page (20 results) on a fresh engine, ${data}\n`);
console.log('| query | rounds | files | gzip | hits | engine ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.query} | ${r.rounds} | ${r.files} | ${(r.gzip / 1024).toFixed(0)} KB | ${r.hits} | ${r.ms.toFixed(1)} |`,
  );
}
