import { foldItemText, type FoldedItemText } from '../domain/tagging/fold-item.ts';
import { chinaDivisions } from '../domain/tagging/regions/china-divisions.ts';
import { HostRegions } from '../domain/tagging/regions/host-regions.ts';
import { RegionLexicon } from '../domain/tagging/regions/region-lexicon.ts';
import { RegionTagger, type RegionTag } from '../domain/tagging/regions/tag-regions.ts';
import { pinyinKeys } from '../domain/text/pinyin-keys.ts';
import {
  countKeywordWords,
  type KeywordCounts,
  type KeywordInput,
} from '../domain/tagging/topics/extract-keywords.ts';
import { TopicTagger, type TopicTag } from '../domain/tagging/topics/tag-topics.ts';

/** The text of an article or teaser as the taggers read it. */
export interface TaggedText {
  title: string;
  paragraphs: readonly string[];
  host: string | null;
  /** See `RegionTagInput.outlet`. */
  outlet?: string | null;
  /** The title was made from the lead: a topic reads it as a headline, a place not again. */
  titleDerived?: boolean;
}

/**
 * The places and topics one item's own text names. It depends on that item alone, so it is
 * computed where the seed is parsed (a worker thread) and kept per seed in dev. Its candidate
 * keywords are counted apart (`countItemWords`): they are needed only once the items are laid
 * out, so a large compile counts them while it links the seeds and builds the search index.
 */
export interface ItemAnalysis {
  regions: RegionTag[];
  topics: TopicTag[];
}

/**
 * An item's counted keyword candidates (`KeywordCounts`) packed as one string and one array: a
 * hundred thousand articles hold about fifteen million of them, which as Map entries would cost
 * the compile more in garbage collection and in crossing threads than in counting.
 */
export interface PackedWords {
  /** The words, one per line, in order of first appearance. */
  words: string;
  weights: Uint32Array;
}

/** Packs counted words; `unpackWords` gives them back in the same order. */
export function packWords(counts: KeywordCounts): PackedWords {
  return { words: [...counts.keys()].join('\n'), weights: Uint32Array.from(counts.values()) };
}

/** The counted words of `packWords`, as a `KeywordCounts`. */
export function unpackWords(packed: PackedWords): KeywordCounts {
  const counts: KeywordCounts = new Map();
  if (packed.weights.length === 0) return counts;
  packed.words.split('\n').forEach((word, i) => counts.set(word, packed.weights[i] ?? 0));
  return counts;
}

let taggers: { regions: RegionTagger; topics: TopicTagger } | null = null;

/**
 * The taggers, built once per thread: the same configuration `buildSearchFiles` uses (the full
 * division table, host hints by pinyin), which `tests/unit/compiler/item-tags.test.ts` checks.
 */
function itemTaggers() {
  if (!taggers) {
    const table = chinaDivisions();
    taggers = {
      regions: new RegionTagger(new RegionLexicon(table), {
        hosts: new HostRegions(table, pinyinKeys),
      }),
      topics: new TopicTagger(),
    };
  }
  return taggers;
}

const inputOf = (text: TaggedText) => ({
  title: text.title,
  body: text.paragraphs,
  host: text.host,
  outlet: text.outlet ?? null,
});

/** Tags one item's places and topics; `folded` is `foldItemText` of it, if the caller has it. */
export function analyseItem(
  text: TaggedText,
  folded: FoldedItemText = foldItemText(inputOf(text)),
): ItemAnalysis {
  const { regions, topics } = itemTaggers();
  const input = inputOf(text);
  // The lead already weighs as the lead for places; its copy as a title would count it twice.
  const places = text.titleDerived
    ? regions.tag({ ...input, title: '' }, { ...folded, title: '' })
    : regions.tag(input, folded);
  return { regions: places, topics: topics.tag(input, folded) };
}

/** Counts one item's candidate keywords (`countKeywordWords`), packed. */
export function countItemWords(text: KeywordInput, folded?: FoldedItemText): PackedWords {
  return packWords(countKeywordWords(text, folded));
}

/** Tags and counts one item at once, folding its text once for the three readers. */
export function analyseItemFully(text: TaggedText): { analysis: ItemAnalysis; words: PackedWords } {
  const folded = foldItemText(inputOf(text));
  return {
    analysis: analyseItem(text, folded),
    words: countItemWords(inputOf(text), folded),
  };
}

/** A teaser is known by its title only: no body, no host. */
export const teaserText = (title: string): TaggedText => ({ title, paragraphs: [], host: null });
