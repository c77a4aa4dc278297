import { foldText } from './fold-text.ts';
import type { PinyinKeys } from './pinyin-keys.ts';

/** The lexicon as shipped: `[word, full pinyin, initials]`, sorted by word. */
export interface CompactPinyinLexicon {
  format: 1;
  entries: [string, string, string][];
}

/** Shortest initials accepted: one letter would name hundreds of words. */
const MIN_INITIALS = 2;

/**
 * The words (place names, topics, keywords) a reader may type in pinyin, by their pinyin. Pinyin
 * is matched against this vocabulary rather than the whole text: an index of every article's
 * pinyin would be several times the size of the text index for a feature used on names.
 */
export class PinyinLexicon {
  private readonly byFull = new Map<string, string[]>();
  private readonly byInitials = new Map<string, string[]>();

  constructor(entries: Iterable<readonly [string, string, string]>) {
    const add = (map: Map<string, string[]>, key: string, word: string) => {
      const list = map.get(key) ?? [];
      if (!list.includes(word)) list.push(word);
      map.set(key, list);
    };
    for (const [word, full, initials] of entries) {
      if (!full) continue;
      add(this.byFull, full, word);
      if (initials.length >= MIN_INITIALS) add(this.byInitials, initials, word);
    }
  }

  /**
   * Builds the compact lexicon for a set of words; `keys` is `pinyinKeys` (passed in so that this
   * module, which the client imports, does not pull in pinyin-pro).
   */
  static compact(
    words: Iterable<string>,
    keys: (word: string) => PinyinKeys,
  ): CompactPinyinLexicon {
    const entries = new Map<string, [string, string, string]>();
    for (const word of words) {
      const folded = foldText(word);
      if (!/\p{Script=Han}/u.test(folded) || entries.has(folded)) continue;
      const { full, initials } = keys(folded);
      if (full) entries.set(folded, [folded, full, initials]);
    }
    return { format: 1, entries: [...entries.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
  }

  static fromJSON(json: CompactPinyinLexicon): PinyinLexicon {
    const format: number = json.format;
    if (format !== 1) throw new Error('Unknown pinyin lexicon format.');
    return new PinyinLexicon(json.entries);
  }

  /** Every word of the lexicon: vocabulary for near-match suggestions too. */
  words(): string[] {
    return [...new Set([...this.byFull.values()].flat())];
  }

  /**
   * Words a Latin-letter term spells: all syllables (`kaizhou` → 开州) or initials (`kz` → 开州,
   * among others). Full readings come first, being the more specific.
   */
  wordsFor(term: string): string[] {
    const out = [...(this.byFull.get(term) ?? [])];
    for (const word of this.byInitials.get(term) ?? []) if (!out.includes(word)) out.push(word);
    return out;
  }
}
