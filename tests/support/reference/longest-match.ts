import type { PhraseHit } from '../../../src/domain/text/phrase-matcher.ts';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value: T | undefined;
}

/**
 * Finds phrases from a fixed list in text, left to right, taking the longest at each point and
 * never overlapping: 党风廉政 is one hit, not 党风廉政 and 廉政. A character trie keeps the scan of a
 * long article to one or two steps per character, however many thousand phrases there are.
 */
export class LongestMatch<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [text, value] of entries) {
      if (!text) continue;
      let node = this.root;
      for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), value: undefined }));
        node = child;
      }
      node.value ??= value;
    }
  }

  /** Every hit in `text`, in order. */
  find(text: string): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < text.length;) {
      let node: TrieNode<T> | undefined = this.root;
      let end = -1;
      let value: T | undefined;
      for (let j = i; j < text.length; j++) {
        node = node.next.get(text.charAt(j));
        if (!node) break;
        if (node.value !== undefined) {
          end = j + 1;
          value = node.value;
        }
      }
      if (end > 0 && value !== undefined) {
        out.push({ start: i, end, value });
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }
}
