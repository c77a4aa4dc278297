import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TRIGRAM_BLOCK_BYTES,
  blockMayHold,
  decodeTrigramFile,
  encodeTrigramFiles,
  foldFilter,
  literalTrigrams,
  trigramFilter,
  trigramHash,
  type TrigramHash,
} from '../../../../../src/domain/search/format/trigram-filter.ts';

/** Whether filter files (`encodeTrigramFiles`) say chunk `chunk` may hold the trigram. */
function filesMayHold(files: Uint8Array[], chunk: number, hash: TrigramHash): boolean {
  const file = files[hash.block & (files.length - 1)];
  if (!file) throw new Error('No trigram files.');
  return blockMayHold(decodeTrigramFile(file), chunk, hash);
}

/** Every trigram of the texts that no line break interrupts. */
const trigramsOf = (texts: readonly string[]): string[] =>
  texts.flatMap((text) =>
    Array.from({ length: Math.max(0, text.length - 2) }, (_, i) => text.slice(i, i + 3)).filter(
      (t) => !t.includes('\n'),
    ),
  );

const hashOf = (trigram: string) =>
  trigramHash(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2));

// A few characters, so that texts repeat trigrams; a line break among them.
const text = fc.string({
  unit: fc.constantFrom('教', '育', '重', '庆', '党', '建', '学', '生', '就', '业', '\n'),
  maxLength: 60,
});

/** A deterministic pseudo-random text of `length` characters from a set of `alphabet`. */
function randomText(seed: number, length: number, alphabet = 400): string {
  let x = seed;
  return Array.from({ length }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return String.fromCharCode(0x4e00 + ((x >>> 8) % alphabet));
  }).join('');
}

describe('trigram filters', () => {
  it('hold every trigram of their texts, folded to any size and widened in files', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 8 }), { maxLength: 4 }), (chunks) => {
        const filters = chunks.map(trigramFilter);
        const files = encodeTrigramFiles(filters);
        chunks.forEach((texts, chunk) => {
          const filter = filters[chunk] ?? new Uint8Array();
          for (const trigram of trigramsOf(texts)) {
            expect(filesMayHold(files, chunk, hashOf(trigram))).toBe(true);
            // Folded in half, a filter still holds what it held.
            const blocks = filter.length / TRIGRAM_BLOCK_BYTES;
            if (blocks > 1) {
              const half = foldFilter(filter, blocks / 2);
              const hash = hashOf(trigram);
              expect(blockMayHold(half, hash.block & (blocks / 2 - 1), hash)).toBe(true);
            }
          }
        });
      }),
    );
  });

  it('say "absent" for nearly every trigram a chunk lacks, and everything for a chunk of none', () => {
    const chunks = [0, 1].map((seed) =>
      Array.from({ length: 200 }, (_, doc) => randomText(seed * 1000 + doc, 300)),
    );
    const filters = [...chunks.map(trigramFilter), trigramFilter(['', '短'])];
    expect(filters[2]).toHaveLength(0);
    const files = encodeTrigramFiles(filters);
    // Sized by the trigrams held, not by the text: a power of two of 64-byte blocks.
    expect(files.length).toBeGreaterThan(1);
    expect(Math.log2(files.length) % 1).toBe(0);
    for (const chunk of [0, 1]) {
      const held = new Set(trigramsOf(chunks[chunk] ?? []));
      const absent = trigramsOf(chunks[1 - chunk] ?? [])
        .filter((t) => !held.has(t))
        .slice(0, 20_000);
      expect(absent.length).toBeGreaterThan(10_000);
      const passed = absent.filter((t) => filesMayHold(files, chunk, hashOf(t))).length;
      // About 1 % with 10 bits a trigram and 6 probes; a blocked filter does a little worse.
      expect(passed / absent.length).toBeLessThan(0.03);
      expect(absent.some((t) => filesMayHold(files, 2, hashOf(t)))).toBe(false);
    }
  });

  it('keep to 4,096 blocks however many trigrams a chunk holds, and still hold them all', () => {
    // About 300,000 distinct trigrams: 10 bits each would be 5,860 blocks.
    const texts = Array.from({ length: 100 }, (_, doc) => randomText(doc, 3000, 6000));
    const filter = trigramFilter(texts);
    expect(filter.length).toBe(4096 * TRIGRAM_BLOCK_BYTES);
    const files = encodeTrigramFiles([filter]);
    expect(files).toHaveLength(4096);
    for (const trigram of trigramsOf(texts).filter((_, i) => i % 29 === 0)) {
      expect(filesMayHold(files, 0, hashOf(trigram))).toBe(true);
    }
  });

  it('check a literal by four of its trigrams at most, from its first to its last', () => {
    expect(literalTrigrams('教育')).toEqual([]);
    expect(literalTrigrams('教育重')).toEqual([hashOf('教育重')]);
    expect(literalTrigrams('近视防控工作会议')).toEqual(
      ['近视防', '防控工', '控工作', '作会议'].map(hashOf),
    );
  });

  it('refuse a file of another kind', () => {
    const [file] = encodeTrigramFiles([trigramFilter(['教育重点'])]);
    if (!file) throw new Error('No trigram file.');
    expect(() => decodeTrigramFile(Uint8Array.from([0x50, ...file.subarray(1)]))).toThrow(
      /trigrams/,
    );
  });
});
