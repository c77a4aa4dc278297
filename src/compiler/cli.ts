import { parseArgs } from 'node:util';
import { IncrementalCompile, formatSummary } from './compile-seeds.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { readSeedDir } from './seed-files.ts';
import { writeBundleDir } from './write-bundle-dir.ts';

const USAGE = `Usage: npm run compile -- [--seeds DIR] [--out DIR] [--strict]

Compiles the seed pages in DIR (default seeds/) into the reader's JSON bundle in --out
(default .tmp/data). Diagnostics go to stderr. Exit code 1 when a seed had an error, or any
warning with --strict.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: '.tmp/data' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const compile = new IncrementalCompile();
  for await (const source of readSeedDir(values.seeds)) compile.set(source);
  const result = compile.result();
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  await writeBundleDir(values.out, result.files);
  console.log(`${formatSummary(result.summary)} → ${values.out}`);
  const { errors, warnings } = result.summary;
  return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exit(2);
  },
);
