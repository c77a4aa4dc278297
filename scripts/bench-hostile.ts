/**
 * `npm run bench:hostile [-- --sizes 100,1024,4096 --runs 3 --shape blanks]`: times `parseSeed`
 * on the real seed carrying each adversarial shape of scripts/bench-hostile/hostile-shapes.ts at
 * 100 KB, 1 MB and 4 MB (sizes in KiB), beside its peer: the same seed filled to the same size
 * with ordinary paragraphs. Prints, per shape and size, the best of `--runs` times, the time per
 * MB, the ratio to the peer and, at the largest size, the growth from the size before it: linear
 * time grows about 4× from 1 to 4 MB, quadratic 16×. A shape that grows faster than linear
 * allows is measured once more at four times the largest size: a step in the cost (the heap
 * moving large strings elsewhere, as it does between 2 and 4 MB) grows about 4× again there,
 * a quadratic cost 16×. Exits 1 when a shape is not linear.
 */
import { readFileSync } from 'node:fs';
import { parseSeed } from '../src/compiler/parse/parse-seed.ts';
import {
  HOSTILE_SHAPES,
  plainFiller,
  utf8Bytes,
  withText,
  type HostileShape,
} from './bench-hostile/hostile-shapes.ts';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

const COMMAND = {
  name: 'npm run bench:hostile',
  usage: `Usage: npm run bench:hostile -- [--sizes 100,1024,4096] [--runs 3] [--shape NAME]

Times the seed parser on adversarial seed shapes beside plain seeds of the same size, and exits
1 when a shape's time grows faster than linear.

--sizes LIST  seed sizes in KiB (default 100,1024,4096)
--runs N      runs per size; the best counts (default 3)
--shape NAME  only the shapes whose name contains NAME`,
};

const { values } = parseCliArgs(COMMAND, {
  options: {
    sizes: { type: 'string', default: '100,1024,4096' },
    runs: { type: 'string', default: '3' },
    shape: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((kib) => Number(kib) * 1024);
const runs = Number(values.runs);
const shapes = HOSTILE_SHAPES.filter((s) => !values.shape || s.name.includes(values.shape));
// Linear growth is the size ratio; noise on a busy machine stays within half as much again.
const SLACK = 1.5;
const BASE = readFileSync('seeds/000_3d2d69945a7a5db6.txt', 'utf8');
const OPTIONS = { today: '2024-12-31' };
const MB = 1024 * 1024;

/** The best of `runs` timings of parsing `text`, in ms. */
function time(text: string): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    parseSeed(text, OPTIONS);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const fillTo = (bytes: number) => bytes - utf8Bytes(BASE);
const peers = new Map<number, number>();
/** The peer's time at `bytes`: the seed filled with ordinary paragraphs, measured once a size. */
function peerMs(bytes: number): number {
  const known = peers.get(bytes);
  if (known !== undefined) return known;
  const ms = time(withText(BASE, plainFiller(fillTo(bytes)), 'body'));
  peers.set(bytes, ms);
  return ms;
}

const sizeLabel = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1024} KB`);
const WIDTHS = [36, 7, 9, 8, 9, 7, 8];
const print = (...cells: string[]) =>
  console.log(
    cells
      .map((c, i) => (i === 0 ? c.padEnd(WIDTHS[i] ?? 0) : c.padStart(WIDTHS[i] ?? 0)))
      .join('  '),
  );

/** Measures `shape` at `bytes` and prints its row; `previous` is the row before, for growth. */
function row(
  shape: HostileShape,
  bytes: number,
  label: string,
  previous?: { bytes: number; ms: number },
) {
  const ms = time(withText(BASE, shape.make(fillTo(bytes)), shape.place));
  const peer = peerMs(bytes);
  const growth = previous ? ms / previous.ms : null;
  const linear = previous ? (SLACK * bytes) / previous.bytes : Infinity;
  print(
    label,
    sizeLabel(bytes),
    ms.toFixed(1),
    ((ms * MB) / bytes).toFixed(1),
    peer.toFixed(1),
    `${(ms / peer).toFixed(1)}×`,
    growth === null ? '' : `${growth.toFixed(1)}×`,
  );
  return { bytes, ms, fast: growth === null || growth <= linear };
}

time(withText(BASE, plainFiller(fillTo(100 * 1024)), 'body')); // warms the JIT
print('shape', 'size', 'ms', 'ms/MB', 'peer ms', 'ratio', 'growth');
for (const bytes of sizes) {
  const ms = peerMs(bytes);
  print(
    bytes === sizes[0] ? 'plain seed (the peer)' : '',
    sizeLabel(bytes),
    ms.toFixed(1),
    ((ms * MB) / bytes).toFixed(1),
  );
}
const notLinear: string[] = [];
for (const shape of shapes) {
  let previous: { bytes: number; ms: number; fast: boolean } | undefined;
  let prior: typeof previous;
  sizes.forEach((bytes, i) => {
    prior = previous;
    previous = row(
      shape,
      bytes,
      i === 0 ? shape.name : '',
      i === sizes.length - 1 ? prior : undefined,
    );
  });
  if (previous && !previous.fast) {
    const check = row(shape, previous.bytes * 4, '  (checked at 4× the size)', previous);
    if (!check.fast) notLinear.push(shape.name);
  }
}
console.log(
  notLinear.length === 0
    ? `All ${shapes.length} shapes take linear time.`
    : `Not linear: ${notLinear.join(', ')}.`,
);
process.exitCode = notLinear.length === 0 ? 0 : 1;
