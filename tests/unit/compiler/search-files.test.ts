import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/compiler/catalog/build-catalog.ts';
import { analyseItemFully, packWords, unpackWords } from '../../../src/compiler/item-tags.ts';
import { parseSeed } from '../../../src/compiler/parse/parse-seed.ts';
import { buildCatalogSearch, catalogSearchSources } from '../../../src/compiler/search-files.ts';
import { chinaDivisions } from '../../../src/domain/tagging/regions/china-divisions.ts';
import { buildSearchFiles } from '../../../src/domain/search/build/search-files.ts';
import { pinyinKeys } from '../../../src/domain/text/pinyin-keys.ts';
import { generateSeeds } from '../../support/generate-seeds.ts';

describe('search files from per-item analyses', () => {
  it('are the search files buildSearchFiles makes tagging everything itself', () => {
    const catalog = buildCatalog(
      [...generateSeeds(120, 7)].map(({ file, text }) => ({ file, seed: parseSeed(text) })),
    );
    const sources = catalogSearchSources(catalog);
    const analyses = new Map(sources.map((s) => [s.id, analyseItemFully(s)]));
    const of = (id: string) => {
      const analysis = analyses.get(id);
      if (!analysis) throw new Error(id);
      return analysis;
    };
    const ours = buildCatalogSearch(
      catalog,
      (id) => of(id).analysis,
      (id) => of(id).words,
    );
    // If this fails, buildSearchFiles changed: src/compiler/search-files.ts follows it by hand.
    expect(ours).toEqual(buildSearchFiles(sources, chinaDivisions(), pinyinKeys));
  });

  it('carry counted words packed, in order, and back', () => {
    const counts = new Map([
      ['开州', 4],
      ['ai', 1],
      ['近视防控', 3],
    ]);
    expect([...unpackWords(packWords(counts))]).toEqual([...counts]);
    expect(unpackWords(packWords(new Map())).size).toBe(0);
  });
});
