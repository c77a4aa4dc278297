import { tagAndCountItem, unpackWords } from '../../src/compiler/item-tags.ts';
import type { SearchFiles, SearchSource } from '../../src/domain/search/build/search-files.ts';
import { buildSearchIndex } from '../../src/domain/search/build/build-search-index.ts';
import { analysedItems, buildSearch } from '../../src/domain/search/build/search-pipeline.ts';
import type { SearchDoc } from '../../src/domain/search/query/search-types.ts';

/**
 * The search files of `sources` as a compile makes them: each item tagged and its keywords
 * counted as the compiler does a seed's article (`tagAndCountItem`), then the compile's own
 * search steps (`buildSearch`) on this thread. For tests that want real search files without
 * writing seeds.
 */
export async function searchFilesOf(sources: readonly SearchSource[]): Promise<SearchFiles> {
  const tagged = sources.map((source) => tagAndCountItem(source));
  const items = analysedItems(
    sources,
    tagged.map((t) => t.analysis),
  );
  const counted = Promise.resolve(tagged.map((t) => unpackWords(t.words)));
  const buildIndex = (docs: readonly SearchDoc[]) => Promise.resolve(buildSearchIndex(docs));
  return (await buildSearch(items, counted, { buildIndex })).search;
}
