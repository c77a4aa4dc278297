import type { IsoDate, ItemKind } from '../../bundle/bundle.ts';
import type { RegionTable } from '../../bundle/region-table.ts';
import { HostRegions } from '../../tagging/regions/host-regions.ts';
import { RegionLexicon } from '../../tagging/regions/region-lexicon.ts';
import { RegionTagger, regionCodesOf, type RegionTag } from '../../tagging/regions/tag-regions.ts';
import {
  buildKeywordModel,
  extractKeywords,
  type KeywordInput,
} from '../../tagging/topics/extract-keywords.ts';
import { TopicTagger, type TopicTag } from '../../tagging/topics/tag-topics.ts';
import { TOPICS } from '../../tagging/topics/topic-vocabulary.ts';
import {
  buildSearchIndex,
  type SearchIndexFiles,
  type SearchIndexOptions,
} from './build-search-index.ts';
import type { SearchManifest } from '../format/index-format.ts';
import { PinyinLexicon, type CompactPinyinLexicon } from '../../text/pinyin-lexicon.ts';
import type { PinyinKeys } from '../../text/pinyin-keys.ts';
import type { SearchDoc } from '../query/search-types.ts';

/** One article or teaser as the compiler has it. */
export interface SearchSource {
  id: string;
  kind: ItemKind;
  title: string;
  /** A teaser whose title the source cut short. */
  truncated?: boolean;
  paragraphs: readonly string[];
  /** `ItemSummary.date`: what results are ordered by. */
  date: IsoDate | null;
  host: string | null;
}

/** What the compiler learns of each item, to show beside it if it wants (chains, topics). */
export interface ItemTags {
  regions: RegionTag[];
  topics: TopicTag[];
  keywords: string[];
}

/** The search document of a source, with the regions (and their ancestors) and topics it has. */
export function searchDocOf(
  source: SearchSource,
  { regions, topics }: Pick<ItemTags, 'regions' | 'topics'>,
): SearchDoc {
  return {
    id: source.id,
    kind: source.kind,
    title: source.title,
    truncated: source.truncated ?? false,
    body: source.paragraphs,
    date: source.date,
    regions: regionCodesOf(regions),
    topics: topics.map((t) => t.id),
  };
}

/** Everything search needs in the bundle, plus each item's tags. */
export interface SearchFiles {
  manifest: SearchManifest;
  /** The regions used by some item, with their ancestors: the filter tree and query expansion. */
  regions: ReturnType<RegionTable['toJSON']>;
  /** Pinyin of every name a reader may type: places used, topic terms, frequent keywords. */
  pinyin: CompactPinyinLexicon;
  /** Binary shards by key; each goes to `bundlePaths.searchFile(key)`. */
  shards: Map<string, Uint8Array>;
  tags: Map<string, ItemTags>;
}

// Building the taggers reads every region's names and pinyin (tens of milliseconds); a compile
// that runs again (the dev server, tests) reuses them.
const taggers = new WeakMap<
  RegionTable,
  { regionTagger: RegionTagger; topicTagger: TopicTagger }
>();

function taggersFor(table: RegionTable, keys: (word: string) => PinyinKeys) {
  let made = taggers.get(table);
  if (!made) {
    const hosts = new HostRegions(table, keys);
    made = {
      regionTagger: new RegionTagger(new RegionLexicon(table), { hosts }),
      topicTagger: new TopicTagger(),
    };
    taggers.set(table, made);
  }
  return made;
}

/** Keywords kept in the pinyin lexicon: enough for names people type, not every word. */
const PINYIN_KEYWORDS = 2000;

/** Free keywords kept per item. */
export const KEYWORDS_PER_ITEM = 8;

/**
 * The whole build-time side of search in one call: tags every item with regions (title weighed
 * above body, host as a hint), topics and keywords, builds the sharded index, and the region table
 * and pinyin lexicon the client needs. Pure and deterministic; `table` is `chinaDivisions()` and
 * `keys` is `pinyinKeys`, passed in so that this module stays light to import.
 */
export function buildSearchFiles(
  sources: readonly SearchSource[],
  table: RegionTable,
  keys: (word: string) => PinyinKeys,
  options: SearchIndexOptions = {},
): SearchFiles {
  const { regionTagger, topicTagger } = taggersFor(table, keys);
  const inputs: KeywordInput[] = sources.map((s) => ({ title: s.title, body: s.paragraphs }));
  const model = buildKeywordModel(inputs);

  const tags = new Map<string, ItemTags>();
  const docs: SearchDoc[] = sources.map((source, i) => {
    const input = inputs[i] as KeywordInput;
    const itemTags: ItemTags = {
      regions: regionTagger.tag({ ...input, host: source.host }),
      topics: topicTagger.tag(input),
      keywords: extractKeywords(input, { model, limit: KEYWORDS_PER_ITEM }),
    };
    tags.set(source.id, itemTags);
    return searchDocOf(source, itemTags);
  });
  return searchFilesFromIndex(buildSearchIndex(docs, options), tags, table, keys);
}

/**
 * The search files around a built index: the regions it uses and the pinyin lexicon of the
 * names a reader may type (places, topic terms, the commonest keywords). The compiler calls
 * this too, after building the index on a worker from tags made beforehand.
 */
export function searchFilesFromIndex(
  { manifest, shards }: SearchIndexFiles,
  tags: Map<string, ItemTags>,
  table: RegionTable,
  keys: (word: string) => PinyinKeys,
): SearchFiles {
  const used = table.subset(manifest.regions);
  const keywordCounts = new Map<string, number>();
  for (const t of tags.values()) {
    for (const k of t.keywords) keywordCounts.set(k, (keywordCounts.get(k) ?? 0) + 1);
  }
  const keywords = [...keywordCounts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, PINYIN_KEYWORDS)
    .map(([k]) => k);
  const names = new RegionLexicon(used).names();
  const topicWords = TOPICS.flatMap((t) => [t.name, ...t.terms.map((term) => term.text)]);
  const pinyin = PinyinLexicon.compact([...names, ...topicWords, ...keywords], keys);
  return { manifest, regions: used.toJSON(), pinyin, shards, tags };
}
