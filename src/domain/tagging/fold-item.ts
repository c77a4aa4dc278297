import { foldText } from '../text/fold-text.ts';

/** An item's text folded (`foldText`) once: its title and each paragraph of its body. */
export interface FoldedItemText {
  title: string;
  paragraphs: readonly string[];
}

/**
 * Folds an item's title and paragraphs. Folding is a good part of what tagging costs, and the
 * region tagger, the topic tagger and the keyword counter all read the same folded text, so a
 * caller tagging one item three ways folds it here once and hands the result to each.
 */
export function foldItemText(item: {
  title: string;
  paragraphs?: readonly string[];
}): FoldedItemText {
  return { title: foldText(item.title), paragraphs: (item.paragraphs ?? []).map(foldText) };
}
