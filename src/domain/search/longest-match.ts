/** A phrase found in text. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

/**
 * Finds phrases from a fixed list in text, left to right, taking the longest at each point and
 * never overlapping: 党风廉政 is one hit, not 党风廉政 and 廉政. Lookups go by first character and
 * candidate length, which keeps a scan of a long article to a few lookups per character.
 */
export class LongestMatch<T> {
  private readonly byText = new Map<string, T>();
  private readonly lengths = new Map<string, number[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [text, value] of entries) {
      if (!text || this.byText.has(text)) continue;
      this.byText.set(text, value);
      const list = this.lengths.get(text.charAt(0)) ?? [];
      if (!list.includes(text.length)) list.push(text.length);
      this.lengths.set(
        text.charAt(0),
        list.sort((a, b) => b - a),
      );
    }
  }

  /** Every hit in `text`, in order. */
  find(text: string): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < text.length;) {
      let step = 1;
      for (const length of this.lengths.get(text.charAt(i)) ?? []) {
        if (i + length > text.length) continue;
        const value = this.byText.get(text.slice(i, i + length));
        if (value !== undefined) {
          out.push({ start: i, end: i + length, value });
          step = length;
          break;
        }
      }
      i += step;
    }
    return out;
  }
}
