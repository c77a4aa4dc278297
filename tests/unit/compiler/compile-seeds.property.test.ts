import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { headlineShaped, isLineBroken } from '../../../src/compiler/parse/choose-headline.ts';
import { cleanLine } from '../../../src/compiler/parse/clean-line.ts';
import { cleanHeadline } from '../../../src/compiler/parse/headline-text.ts';
import { furnitureOf } from '../../../src/compiler/parse/page-furniture.ts';
import { isTagWord } from '../../../src/compiler/parse/parse-seed.ts';
import { isReadable } from '../../../src/compiler/parse/readable-text.ts';
import { markerOf } from '../../../src/compiler/parse/seed-markers.ts';
import { splitLines } from '../../../src/compiler/parse/split-lines.ts';
import type { Article } from '../../../src/domain/bundle/bundle.ts';
import { fullWidthPunctuation } from '../../../src/domain/text/cjk-punctuation.ts';
import { readBundle } from '../../support/read-bundle.ts';
import { REAL_SEED_FILE } from '../../support/real-seed.ts';
import { seedSource, writeSeed } from '../../support/write-seed.ts';

// Text that looks like the seed's own syntax, so random seeds hit the parser's branches.
const seedish = fc.constantFrom(
  '原文链接:',
  '原文链接：https://example.cn/2024/01/02/a.html',
  '原文链接:javascript:alert(1)',
  '[免责声明] 声明',
  '上一篇:',
  '下一篇:没有了',
  '最新加入',
  '热门资讯',
  '相关文章',
  '2024-11-23',
  '2024-11-23标题...',
  '...',
  '\uFEFF',
  '\r',
  '\u0000',
);
const anyLine = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), seedish);

// A paragraph a well-formed seed can carry: one clean line (nothing the compiler strips), not a
// section marker, not page furniture such as a menu or a metadata line, and not a word of the tag
// list a page may end with.
const paragraph = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .filter(
    (s) =>
      splitLines(s).lines[0]?.text === s &&
      cleanLine(s) === s &&
      markerOf(s) === null &&
      furnitureOf(s) === null &&
      !isTagWord(s),
  );
// A title the compiler reads as the page's headline, as it is written.
const title = paragraph.filter((s) => headlineShaped(s) && cleanHeadline(s) === s);

const realLines = readFileSync(REAL_SEED_FILE, 'utf8').split('\n');

// Damage the way scrapers do: lines lost, repeated, swapped, cut short or polluted.
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 30 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: anyLine }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  const at = out.length === 0 ? 0 : m.at % out.length;
  if (m.kind === 'delete') out.splice(at, 1);
  if (m.kind === 'repeat') out.splice(at, 0, out[at] ?? '');
  if (m.kind === 'swap' && out.length > 0) {
    const other = m.with % out.length;
    [out[at], out[other]] = [out[other] ?? '', out[at] ?? ''];
  }
  if (m.kind === 'cut') out[at] = (out[at] ?? '').slice(0, m.length);
  if (m.kind === 'insert') out.splice(at, 0, m.text);
  return out;
}

// Each run is a whole compile with its search index (about 12 ms): 300 of them take seconds, more
// beside the other test files on two cores than vitest's default 5 s allows, and 33 s once with
// a compile of a million seeds on the same two cores (a 30 s limit failed then).
describe('the compiler on arbitrary input', { timeout: 120_000 }, () => {
  it('never throws on a damaged copy of the real seed, and points every finding at a line of it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        async (mutations, newline) => {
          const text = mutations.reduce(mutate, realLines).join(newline);
          const lineCount = text.split(/\r\n|\r|\n/).length;
          const result = await compileSeeds([seedSource('real.txt', text)]);
          for (const d of result.diagnostics) {
            expect(d.file).toBe('real.txt');
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.line).toBeLessThanOrEqual(lineCount);
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('never throws, and every diagnostic names a file and a line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(anyLine, { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        async (seeds) => {
          const result = await compileSeeds(
            seeds.map((lines, i) => seedSource(`s${i}.txt`, lines.join('\n'))),
          );
          for (const d of result.diagnostics) {
            expect(d.file).toMatch(/^s\d\.txt$/);
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await compileSeeds([{ file: 'x.txt', bytes }]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('carries every body line of a well-formed seed into the bundle, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        title,
        fc.uniqueArray(paragraph, { minLength: 1, maxLength: 12 }),
        async (title, paragraphs) => {
          // A paragraph that repeats the title is the page echoing it, not body text.
          fc.pre(!paragraphs.some((p) => p === title || p.startsWith(`【${title}】`)));
          // Text broken into many short lines has no headline line: not this property's seeds.
          fc.pre(!isLineBroken([title, ...paragraphs]));
          // Symbols without words make no article (tests/unit/compiler/parse/readable-text.test.ts).
          fc.pre(isReadable(title) && paragraphs.some(isReadable));
          const result = await compileSeeds([
            seedSource(
              'a.txt',
              writeSeed({
                title,
                paragraphs,
                prev: '前一篇',
                latest: [{ title: '甲', date: '2024-01-01' }],
              }),
            ),
          ]);
          const bundle = readBundle(result.files);
          const id = bundle.latest.find((i) => i.kind === 'article')?.id ?? '';
          // As written, but for the punctuation of Chinese text, made full-width.
          expect((bundle.item(id) as Article).paragraphs).toEqual(
            paragraphs.map(fullWidthPunctuation),
          );
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
