import type { IsoDate } from '../../domain/bundle/bundle.ts';
import { titleKey } from './stable-id.ts';

interface Entry {
  key: string;
  id: string;
  publishedAt: IsoDate | null;
}

/**
 * Finds the full article a list title refers to. Sidebars truncate titles, so a truncated title
 * matches every article whose title starts with it; a sorted array turns that into a binary search.
 * A whole title is looked up by its key: most titles are whole, and a binary search over a
 * hundred thousand keys costs seventeen string comparisons.
 */
export class TitleIndex {
  private readonly entries: Entry[];
  private readonly byKey = new Map<string, Entry[]>();

  constructor(articles: Iterable<{ id: string; title: string; publishedAt: IsoDate | null }>) {
    this.entries = [...articles]
      .map((a) => ({ key: titleKey(a.title), id: a.id, publishedAt: a.publishedAt }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1));
    for (const entry of this.entries) {
      const same = this.byKey.get(entry.key);
      if (same) same.push(entry);
      else this.byKey.set(entry.key, [entry]);
    }
  }

  /**
   * The article id for a list title, or null. Among several matches the one published on the
   * listed date wins, else the first in title order, so the choice is deterministic.
   */
  resolve(title: string, truncated: boolean, date: IsoDate | null): string | null {
    const key = titleKey(title);
    if (!key) return null;
    const matches = truncated ? this.startingWith(key) : (this.byKey.get(key) ?? []);
    const sameDay = date === null ? undefined : matches.find((m) => m.publishedAt === date);
    return (sameDay ?? matches[0])?.id ?? null;
  }

  private startingWith(key: string): Entry[] {
    const matches: Entry[] = [];
    for (let i = this.lowerBound(key); i < this.entries.length; i++) {
      const entry = this.entries[i];
      if (!entry?.key.startsWith(key)) break;
      matches.push(entry);
    }
    return matches;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.entries[mid]?.key ?? '') < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
