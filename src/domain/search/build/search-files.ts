import type { ItemTags } from '../../bundle/bundle.ts';
import type { RegionTable } from '../../bundle/region-table.ts';
import { RegionLexicon } from '../../tagging/regions/region-lexicon.ts';
import { regionCodesOf, type RegionTag } from '../../tagging/regions/tag-regions.ts';
import type { ItemAnalysis } from '../../tagging/tag-item.ts';
import {
  keywordModelOf,
  rankKeywords,
  type KeywordCounts,
} from '../../tagging/topics/extract-keywords.ts';
import { TOPICS } from '../../tagging/topics/topic-vocabulary.ts';
import type { SearchIndexFiles } from './build-search-index.ts';
import { pinyinGroupFiles } from './pinyin-groups.ts';
import type { SearchManifest } from '../format/index-format.ts';
import { PinyinLexicon, type CompactPinyinLexicon } from '../../text/pinyin-lexicon.ts';
import type { PinyinKeys } from '../../text/pinyin-keys.ts';
import type { SearchDoc } from '../query/search-types.ts';

/**
 * One article or teaser as the compiler has it: a `SearchDoc` before tagging, with the host it
 * came from (region tagging reads it).
 */
export type SearchSource<Paragraphs = readonly string[]> = Omit<
  SearchDoc<Paragraphs>,
  'regions' | 'topics'
> & { host: string | null };

/**
 * What the build learns of each item: its analysis, with its keywords ranked across the corpus.
 * The bundle's `ItemTags` is what an item's file keeps of it (names, not scores).
 */
export interface RankedTags extends ItemAnalysis {
  keywords: string[];
}

/** The name a region tag shows: its own, the last of its chain. */
export const placeName = (r: RegionTag): string => r.chain.at(-1)?.name ?? r.code;

/** An item's tags in the bundle's shape: each region with its chain of names. */
export function bundleTags(t: RankedTags): ItemTags {
  return {
    regions: t.regions.map((r) => ({
      code: r.code,
      name: placeName(r),
      chain: r.chain.map((c) => c.name),
    })),
    topics: t.topics.map(({ id, name }) => ({ id, name })),
    keywords: t.keywords,
  };
}

/** The search document of a source, with the regions (and their ancestors) and topics it has. */
export function searchDocOf<Paragraphs>(
  source: SearchSource<Paragraphs>,
  { regions, topics }: ItemAnalysis,
): SearchDoc<Paragraphs> {
  return {
    id: source.id,
    kind: source.kind,
    title: source.title,
    truncated: source.truncated ?? false,
    paragraphs: source.paragraphs,
    date: source.date,
    regions: regionCodesOf(regions),
    topics: topics.map((t) => t.id),
    host: source.host,
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
  tags: Map<string, RankedTags>;
}

/** Keywords kept in the pinyin lexicon: enough for names people type, not every word. */
const PINYIN_KEYWORDS = 2000;

/** Free keywords kept per item. */
export const KEYWORDS_PER_ITEM = 8;

/**
 * Every item's tags by id: its analysis, and keywords ranked from its counted words (`counted`,
 * in the order of `ids`) by rarity across all of them, which is why this waits for the corpus.
 * `counted` is read twice, once for the rarities and once item by item, so a caller may make
 * each item's counts as they are read: held all at once, a hundred thousand items' counts take
 * hundreds of megabytes.
 */
export function rankTags(
  ids: readonly string[],
  analyses: readonly ItemAnalysis[],
  counted: Iterable<KeywordCounts>,
): Map<string, RankedTags> {
  const model = keywordModelOf(counted);
  const tags = new Map<string, RankedTags>();
  const counts = counted[Symbol.iterator]();
  ids.forEach((id, i) => {
    const { regions, topics } = analyses[i] as ItemAnalysis;
    const next = counts.next();
    const keywords = rankKeywords(next.done ? new Map<string, number>() : next.value, {
      model,
      limit: KEYWORDS_PER_ITEM,
    });
    tags.set(id, { regions, topics, keywords });
  });
  return tags;
}

/**
 * The search files around a built index: the regions it uses and the pinyin lexicon of the
 * names a reader may type (places, topic terms, the commonest keywords). Pure and deterministic;
 * `table` is `chinaDivisions()` and `keys` is `pinyinKeys`, passed in so that this module stays
 * light to import.
 */
export function searchFilesFromIndex(
  { manifest, shards }: SearchIndexFiles,
  tags: Map<string, RankedTags>,
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
  const regions = used.toJSON();
  const groups = pinyinGroupFiles(manifest, shards, regions, pinyin);
  return {
    manifest: { ...manifest, pinyinGroups: true },
    regions,
    pinyin,
    shards: new Map([...shards, ...groups]),
    tags,
  };
}
