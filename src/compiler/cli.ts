import { readFile, writeFile } from 'node:fs/promises';
import { buildDay, parseBuildDay } from './build-day.ts';
import { parseCliArgs } from './cli-args.ts';
import { bundleOutDir, OutDirRefused } from './bundle-out-dir.ts';
import { heapLimitMb, heapToRunWith, HEAP_VARIABLE, rerunWithHeap } from './compile-heap.ts';
import { IncrementalCompile, formatCacheUse, formatSummary } from './compile-seeds.ts';
import { tagItem } from '../domain/tagging/tag-item.ts';
import { decodeSeed } from './decode-seed.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { formatExplanation } from './explain-seed.ts';
import { feedsLine } from './feeds/feeds-line.ts';
import { siteUrlOf } from './feeds/site-url.ts';
import { explainSeed } from './parse/parse-seed.ts';
import { linkedSeed } from './catalog/build-catalog.ts';
import { articleText } from './seed-record.ts';
import { listSeedFiles } from './seed-files.ts';
import { openSeedCache } from './seed-cache.ts';
import { seedWorkFor } from './seed-work.ts';
import { markBundleFolder, writeBundleDir } from './write-bundle-dir.ts';

const USAGE = `Usage: npm run compile -- [--seeds DIR] [--out DIR] [--strict] [--workers N]
                           [--report-json FILE] [--today YYYY-MM-DD] [--site-url URL]
                           [--cache DIR]
       npm run compile -- --explain FILE [--today YYYY-MM-DD]

Compiles the seed pages in DIR (default seeds/) into the reader's JSON bundle in --out
(default .tmp/data). Diagnostics go to stderr. Exit code 1 when a seed had an error, or any
warning with --strict.

--out is cleared of files not in the new bundle, so it must be a new or empty folder or one a
compile wrote before (it holds a .reader-bundle file); the seeds folder, a folder inside or
around it, and the working directory or a folder above it are refused.

--workers N         worker threads for reading, parsing and tagging seeds; 0 keeps all on the
                    main thread (default: one per core, or none for a small compile)
--report-json FILE  also write counts, sizes, step timings and peak memory as JSON
--today YYYY-MM-DD  the build day: a later date is no publication date (default: the
                    READER_BUILD_DATE environment variable, else today in China)
--site-url URL      the site's address, where its index.html is served
                    (https://example.org/reader/): also writes RSS, Atom and JSON feeds and an
                    OPML list of them under feeds/ with links to it (default: the
                    READER_SITE_URL environment variable; without either, no feeds; docs/feeds.md)
--cache DIR         keep each seed's parse in DIR, and take it from there next time for a seed
                    whose bytes, name, build day and the compiler's code are the same;
                    entries no seed of this compile used are removed; the teasers' tags are
                    kept there too, by title, and the search index's runs (docs/scaling.md)
--explain FILE      compile nothing; print what the compiler decides for each line of one seed
                    and why: headline candidates with their scores, dates seen, the result

A compile of many seeds runs itself again with a larger heap than V8's default (about 14 KB a
seed, at most three quarters of the memory); READER_COMPILE_HEAP_MB=N sets it instead.`;
const COMMAND = { name: 'npm run compile', usage: USAGE };

/** `--explain FILE`: one seed's decisions, for debugging a new site's pages. */
async function explain(file: string, today: string): Promise<number> {
  const decoded = decodeSeed(await readFile(file));
  if ('error' in decoded) {
    console.error(`${file}:1: error: ${decoded.error}`);
    return 1;
  }
  const explained = explainSeed(decoded.text, { today });
  const text = articleText(linkedSeed(explained.seed));
  console.log(formatExplanation(file, explained, text && tagItem(text)));
  return 0;
}

async function main(): Promise<number> {
  const started = performance.now();
  const { values } = parseCliArgs(COMMAND, {
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: '.tmp/data' },
      strict: { type: 'boolean', default: false },
      workers: { type: 'string' },
      'report-json': { type: 'string' },
      explain: { type: 'string' },
      today: { type: 'string' },
      'site-url': { type: 'string' },
      cache: { type: 'string' },
    },
  });
  const today = buildDay(
    values.today === undefined ? undefined : parseBuildDay(values.today, '--today'),
  );
  if (values.explain !== undefined) return explain(values.explain, today);
  const siteUrl = siteUrlOf(values['site-url']);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    throw new Error(`--workers takes a whole number, not "${values.workers ?? ''}".`);
  }

  // Checked before anything is read or written: a refused folder is left as it was.
  const out = await bundleOutDir(values.out, { seeds: values.seeds });
  const { paths, skipped } = await listSeedFiles(values.seeds);
  const heap = heapToRunWith(paths.length);
  if (heap !== null) {
    const count = paths.length.toLocaleString('en');
    console.log(`${count} seeds: compiling with a heap of ${heap} MB (${HEAP_VARIABLE})`);
    return rerunWithHeap(heap);
  }
  // Marked before the compile: the index's body shards are written into it as they are made.
  await markBundleFolder(out);
  const work = seedWorkFor(paths.length, workers);
  const compile = new IncrementalCompile({
    today,
    siteUrl,
    keepSeeds: false,
    searchBodiesTo: out,
  });
  const cache = values.cache === undefined ? null : await openSeedCache(values.cache);
  let result;
  let read;
  let fromCache;
  try {
    fromCache = await compile.setFiles(paths, process.cwd(), work, cache);
    for (const link of skipped) compile.set(link);
    read = performance.now();
    result = await compile.result(work);
  } catch (error) {
    await work.close();
    throw error;
  }
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  const laidOut = performance.now();
  let written;
  let done;
  try {
    written = await writeBundleDir(
      out,
      result.layout.entries(),
      work.writeFiles,
      work.threads,
      result.written,
    );
    done = performance.now();
  } finally {
    // Also when writing fails: the workers' spill files go with them.
    await work.close();
  }
  console.log(`${formatSummary(result.summary)} → ${values.out}`);
  // What a deploy must upload: files are written only when their bytes changed.
  console.log(`${written.written} of ${written.files} files changed`);
  if (fromCache) console.log(`${formatCacheUse(fromCache)} (${values.cache ?? ''})`);
  console.log(feedsLine(result.layout.feeds, siteUrl));

  if (values['report-json']) {
    const ms = (n: number) => Math.round(n);
    const report = {
      ...result.summary,
      threads: work.threads,
      files: written.files,
      filesWritten: written.written,
      seedsFromCache: fromCache?.hits ?? null,
      bytes: written.bytes,
      ms: {
        total: ms(done - started),
        readParseTag: ms(read - started),
        link: ms(result.timings.link),
        stories: ms(result.timings.stories),
        tagTeasers: ms(result.timings.tagTeasers),
        keywords: ms(result.timings.keywords),
        layout: ms(result.timings.layout),
        // The index is built on a worker while the items are written; `write` waits for it.
        index: ms(result.timings.index),
        write: ms(done - laidOut),
      },
      // CPU time of every thread: on a shared machine, wall time alone says little.
      cpuMs: ms((process.cpuUsage().user + process.cpuUsage().system) / 1000),
      // maxRSS is in KiB and covers the whole process: the worker threads live inside it.
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapLimitMb: heapLimitMb(),
    };
    await writeFile(values['report-json'], `${JSON.stringify(report, null, 2)}\n`);
  }
  const { errors, warnings } = result.summary;
  return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (!(error instanceof OutDirRefused)) console.error(USAGE);
    process.exit(2);
  },
);
