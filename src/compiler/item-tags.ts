import { foldItemText, type FoldedItemText } from '../domain/tagging/fold-item.ts';
import { tagItem, type ItemAnalysis, type TaggedText } from '../domain/tagging/tag-item.ts';
import {
  countKeywordWords,
  type KeywordCounts,
  type KeywordInput,
} from '../domain/tagging/topics/extract-keywords.ts';

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

/**
 * Each item's counted words unpacked as they are read, again on every reading: what
 * `rankTags` takes, without every item's `KeywordCounts` in memory at once.
 */
export function unpackedWords(packed: readonly PackedWords[]): Iterable<KeywordCounts> {
  return {
    *[Symbol.iterator]() {
      for (const words of packed) yield unpackWords(words);
    },
  };
}

/**
 * Counts one item's candidate keywords (`countKeywordWords`), packed. They are needed only once
 * the items are laid out, so a large compile counts them apart from the tags, while it links the
 * seeds and builds the search index.
 */
export function countItemWords(text: KeywordInput, folded?: FoldedItemText): PackedWords {
  return packWords(countKeywordWords(text, folded));
}

/** An item's tags and its counted keywords: all the compile learns from its text alone. */
export interface TaggedItem {
  analysis: ItemAnalysis;
  words: PackedWords;
}

/**
 * Tags and counts one item at once, folding its text once (or taking `folded`, its
 * `foldItemText`) for the three readers.
 */
export function tagAndCountItem(text: TaggedText, folded = foldItemText(text)): TaggedItem {
  return { analysis: tagItem(text, folded), words: countItemWords(text, folded) };
}
