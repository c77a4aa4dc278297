import { foldText } from './fold-text.ts';
import type { PinyinKeys } from './pinyin-keys.ts';

/** The lexicon as shipped: `[word, full pinyin, initials]`, sorted by word. */
export interface CompactPinyinLexicon {
  format: 1;
  entries: [string, string, string][];
}

/** Shortest initials accepted: one letter would name hundreds of words. */
const MIN_INITIALS = 2;

/** Shortest unfinished reading looked up by prefix, for the same reason. */
export const MIN_PINYIN_PREFIX = 2;

/** Readings a prefix may cover before the lookup stops reading them (`zh` starts a thousand). */
const PREFIX_SCAN_LIMIT = 2048;

/** How a Latin-letter term may be read as pinyin. */
export interface PinyinReading {
  /** Also as initials (`kz` → 开州). Off for syllables typed apart (`k z` is no word's reading). */
  initials?: boolean;
  /**
   * Also as the start of a reading whose last syllable is unfinished (`kaiz`, `kaizh` → 开州), the
   * way an input method reads what is being typed. Needs `MIN_PINYIN_PREFIX` letters.
   */
  prefix?: boolean;
}

/**
 * The words (place names, topics, keywords) a reader may type in pinyin, by their pinyin. Pinyin
 * is matched against this vocabulary rather than the whole text: an index of every article's
 * pinyin would be several times the size of the text index for a feature used on names.
 */
export class PinyinLexicon {
  private readonly byFull = new Map<string, string[]>();
  private readonly byInitials = new Map<string, string[]>();
  /** Every full reading, sorted: a prefix's readings are one range, found by binary search. */
  private readonly readings: string[];

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
    this.readings = [...this.byFull.keys()].sort();
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
   * among others), and with `prefix` the words whose reading starts with it (`kaiz` → 开州, 开展…).
   * Most specific first: the exact reading, then initials, then longer readings, shortest first.
   */
  wordsFor(term: string, { initials = true, prefix = false }: PinyinReading = {}): string[] {
    const out = new Set(this.byFull.get(term));
    if (initials) for (const word of this.byInitials.get(term) ?? []) out.add(word);
    if (prefix && term.length >= MIN_PINYIN_PREFIX) {
      for (const reading of this.readingsStartingWith(term)) {
        for (const word of this.byFull.get(reading) ?? []) out.add(word);
      }
    }
    return [...out];
  }

  /** Readings longer than `start` that begin with it, shortest first (then alphabetical). */
  private readingsStartingWith(start: string): string[] {
    const { readings } = this;
    // First reading > start: an exact reading is looked up by `byFull` already.
    let low = 0;
    let high = readings.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((readings[mid] ?? '') <= start) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let i = low; i < readings.length && out.length < PREFIX_SCAN_LIMIT; i++) {
      const reading = readings[i] ?? '';
      if (!reading.startsWith(start)) break;
      out.push(reading);
    }
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  }
}
