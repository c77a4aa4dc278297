import { describe, expect, it } from 'vitest';
import { buildCatalog, linkedSeed } from '../../../src/compiler/catalog/build-catalog.ts';
import { compileSeeds } from '../../../src/compiler/compile-seeds.ts';
import { parseSeed } from '../../../src/compiler/parse/parse-seed.ts';
import { catalogSearchSources, searchBundleFiles } from '../../../src/compiler/search-files.ts';
import { linesOf } from '../../../src/compiler/spilled-lines.ts';
import { generateSeeds } from '../../support/generate-seeds.ts';
import { searchFilesOf } from '../../support/search-files-of.ts';
import { seedSource } from '../../support/write-seed.ts';

describe('the search files tests build from sources', () => {
  it('are those a compile of the same seeds writes', async () => {
    const seeds = [...generateSeeds(120, 7)];
    const compiled = await compileSeeds(seeds.map(({ file, text }) => seedSource(file, text)));
    const catalog = buildCatalog(
      seeds.map(({ file, text }) => ({ file, seed: linkedSeed(parseSeed(text)) })),
    );
    const sources = catalogSearchSources(catalog).map((s) => ({
      ...s,
      paragraphs: linesOf(s.paragraphs),
    }));
    const search = searchBundleFiles(await searchFilesOf(sources));
    expect(search.length).toBeGreaterThan(3);
    for (const [name, body] of search) expect(compiled.files.get(name), name).toEqual(body);
  });
});
