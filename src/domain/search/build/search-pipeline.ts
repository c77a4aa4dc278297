import { chinaDivisions } from '../../tagging/regions/china-divisions.ts';
import type { ItemAnalysis } from '../../tagging/tag-item.ts';
import type { KeywordCounts } from '../../tagging/topics/extract-keywords.ts';
import { pinyinKeys } from '../../text/pinyin-keys.ts';
import type { SearchDoc } from '../query/search-types.ts';
import type { SearchIndexFiles } from './build-search-index.ts';
import {
  rankTags,
  searchDocOf,
  searchFilesFromIndex,
  type RankedTags,
  type SearchFiles,
  type SearchSource,
} from './search-files.ts';

/** Every item as a search document, with the analysis each was made from. */
export interface AnalysedItems<Paragraphs = readonly string[]> {
  docs: SearchDoc<Paragraphs>[];
  analyses: readonly ItemAnalysis[];
}

/**
 * The search documents of items analysed beforehand (`tagItem`, in the compiler's worker threads
 * or kept from the previous compile in dev): all the index needs, so it can be built while
 * keywords are ranked.
 */
export function analysedItems<Paragraphs>(
  sources: readonly SearchSource<Paragraphs>[],
  analyses: readonly ItemAnalysis[],
): AnalysedItems<Paragraphs> {
  const docs = sources.map((source, i) => searchDocOf(source, analyses[i] as ItemAnalysis));
  return { docs, analyses };
}

/** Every item's tags now, and the search files once the index is built. */
export interface BuiltSearch {
  tags: Map<string, RankedTags>;
  search: Promise<SearchFiles>;
}

/** Where and how the index is built (`buildSearchIndex`, or the same on other threads), and
 * what measures the steps. */
export interface SearchBuildSteps<Paragraphs = readonly string[]> {
  buildIndex: (docs: readonly SearchDoc<Paragraphs>[]) => Promise<SearchIndexFiles>;
  timed?: <T>(step: 'index' | 'keywords', run: () => T) => T;
  /** Which documents results show (all by default); the index holds the others as copies. */
  shown?: (doc: { id: string }) => boolean;
}

/**
 * The build side of search from items tagged beforehand, the one path the compiler and the tests
 * take: the index is built (on the compiler's workers, beside the steps after it), keywords are
 * ranked once every item's words are counted (`counted`, in the order of `items.docs`, read twice
 * as `rankTags` says), and the search files are the index with the regions it uses and the pinyin
 * lexicon of the names a reader may type.
 */
export async function buildSearch<Paragraphs>(
  items: AnalysedItems<Paragraphs>,
  counted: Promise<Iterable<KeywordCounts>>,
  { buildIndex, timed = (_step, run) => run(), shown }: SearchBuildSteps<Paragraphs>,
): Promise<BuiltSearch> {
  const index = startIndex(items.docs, buildIndex, timed, shown);
  index.catch(ignore); // awaited with the search files
  const counts = await counted;
  const ids = items.docs.map((d) => d.id);
  const tags = timed('keywords', () => rankTags(ids, items.analyses, counts));
  return { tags, search: searchFilesOnceBuilt(index, tags) };
}

/*
 * What waits on the index is made outside `buildSearch`, so that it holds only what it reads: a
 * closure made there would keep every document's text alive until the index is built, since a
 * closure keeps its whole scope's captured variables.
 */

const ignore = () => {};

function startIndex<Paragraphs>(
  docs: readonly SearchDoc<Paragraphs>[],
  buildIndex: SearchBuildSteps<Paragraphs>['buildIndex'],
  timed: NonNullable<SearchBuildSteps['timed']>,
  shown: SearchBuildSteps['shown'],
): Promise<SearchIndexFiles> {
  const held = shown ? docs.map((doc) => (shown(doc) ? doc : { ...doc, copy: true })) : docs;
  return timed('index', () => buildIndex(held));
}

const searchFilesOnceBuilt = (index: Promise<SearchIndexFiles>, tags: Map<string, RankedTags>) =>
  index.then((files) => searchFilesFromIndex(files, tags, chinaDivisions(), pinyinKeys));
