import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSeeds } from './generate-seeds.ts';

// npm run seeds:generate -- --count N --out DIR [--seed S]
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string', default: '.tmp/corpus' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer`);
await mkdir(values.out, { recursive: true });
let written = 0;
for (const { file, text } of generateSeeds(count, Number(values.seed))) {
  await writeFile(path.join(values.out, file), text);
  written++;
}
console.log(`${written} seeds written to ${values.out}`);
