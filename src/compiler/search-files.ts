import { bundlePaths } from '../domain/bundle/bundle.ts';
import { chinaDivisions } from '../domain/tagging/regions/china-divisions.ts';
import {
  KEYWORDS_PER_ITEM,
  searchDocOf,
  searchFilesFromIndex,
  type ItemTags,
  type SearchFiles,
  type SearchSource,
} from '../domain/search/build/search-files.ts';
import {
  buildSearchIndex,
  type SearchIndexFiles,
} from '../domain/search/build/build-search-index.ts';
import { pinyinKeys } from '../domain/text/pinyin-keys.ts';
import type { SearchDoc } from '../domain/search/query/search-types.ts';
import { keywordModelOf, rankKeywords } from '../domain/tagging/topics/extract-keywords.ts';
import type { Catalog } from './catalog/build-catalog.ts';
import { unpackWords, type ItemAnalysis, type PackedWords } from './item-tags.ts';

/**
 * What search reads of every article and teaser. Teasers are searched by their (possibly
 * truncated) titles; results are ordered by the same date as the latest list.
 */
export function catalogSearchSources(catalog: Catalog): SearchSource[] {
  return [
    ...catalog.articles.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      paragraphs: a.paragraphs,
      date: catalog.summaries.get(a.id)?.date ?? a.publishedAt,
      host: a.host,
    })),
    ...catalog.teasers.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      truncated: t.truncated,
      paragraphs: [],
      date: t.date,
      host: null,
    })),
  ];
}

/** Every article and teaser as search documents, with the analysis each was made from. */
export interface CatalogDocs {
  docs: SearchDoc[];
  analyses: ItemAnalysis[];
}

/**
 * The search documents of a catalog, from each item's analysis made beforehand (in worker
 * threads, or kept from the previous compile in dev): all the index needs, so it can be built
 * while keywords are ranked and the bundle is laid out.
 */
export function catalogDocs(
  catalog: Catalog,
  analysisOf: (id: string) => ItemAnalysis,
): CatalogDocs {
  const sources = catalogSearchSources(catalog);
  const analyses = sources.map((s) => analysisOf(s.id));
  const docs = sources.map((source, i) => searchDocOf(source, analyses[i] as ItemAnalysis));
  return { docs, analyses };
}

/**
 * Every item's tags: regions and topics as analysed, keywords ranked from each item's counted
 * `words` now that the whole corpus is known. With `catalogDocs`, gives what `buildSearchFiles`
 * gives for the same sources, which tags them itself on one thread; a unit test holds the two
 * together.
 */
export function catalogTags(
  { docs, analyses }: CatalogDocs,
  words: readonly PackedWords[],
): Map<string, ItemTags> {
  const counted = words.map(unpackWords);
  const model = keywordModelOf(counted);
  const tags = new Map<string, ItemTags>();
  docs.forEach(({ id }, i) => {
    const { regions, topics } = analyses[i] as ItemAnalysis;
    const keywords = rankKeywords(counted[i] ?? new Map<string, number>(), {
      model,
      limit: KEYWORDS_PER_ITEM,
    });
    tags.set(id, { regions, topics, keywords });
  });
  return tags;
}

/**
 * The search files from the index built over `catalogTags(…).docs`: the index, the regions used
 * and the pinyin lexicon of the names a reader may type.
 */
export function searchFilesOf(index: SearchIndexFiles, tags: Map<string, ItemTags>): SearchFiles {
  return searchFilesFromIndex(index, tags, chinaDivisions(), pinyinKeys);
}

/** Tags, index and search files in one call, on this thread. */
export function buildCatalogSearch(
  catalog: Catalog,
  analysisOf: (id: string) => ItemAnalysis,
  wordsOf: (id: string) => PackedWords,
): SearchFiles {
  const items = catalogDocs(catalog, analysisOf);
  const words = items.docs.map((d) => wordsOf(d.id));
  return searchFilesOf(buildSearchIndex(items.docs), catalogTags(items, words));
}

/** The search files as bundle files: JSON for the small ones, binary shards. */
export function searchBundleFiles(search: SearchFiles): [string, string | Uint8Array][] {
  return [
    [bundlePaths.searchManifest(), JSON.stringify(search.manifest)],
    [bundlePaths.searchRegions(), JSON.stringify(search.regions)],
    [bundlePaths.searchPinyin(), JSON.stringify(search.pinyin)],
    ...[...search.shards].map(([key, bytes]): [string, Uint8Array] => [
      bundlePaths.searchFile(key),
      bytes,
    ]),
  ];
}
