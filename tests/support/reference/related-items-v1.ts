// The related-items algorithm before it kept only the best candidates (src/domain/lists/related-items.ts).
import type { IsoDate } from '../../../src/domain/bundle/bundle.ts';

/** What relatedness is judged on: the places (most specific codes) and topics of an article. */
export interface RelatedFacts {
  id: string;
  date: IsoDate | null;
  regions: readonly string[];
  topics: readonly string[];
}

// Sharing a place says more than sharing a topic: 开州区 党建 news is closer to other 开州区 news
// than to 党建 news from anywhere.
const REGION_WEIGHT = 2;
const TOPIC_WEIGHT = 1;
// Candidates looked at per shared tag, newest first: bounds the work on tags that 100,000
// articles share, and the newest are the ones worth offering anyway.
const CANDIDATES_PER_TAG = 200;

/**
 * For each item, up to `limit` other items sharing its regions or topics: most shared weight
 * first, then newest, then id. Deterministic for the same input.
 */
export function relatedItems(items: readonly RelatedFacts[], limit: number): Map<string, string[]> {
  const newestFirst = [...items].sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const rank = new Map(newestFirst.map((item, i) => [item.id, i]));
  const byTag = new Map<string, RelatedFacts[]>();
  const tagsOf = (item: RelatedFacts) => [
    ...item.regions.map((code) => [`r:${code}`, REGION_WEIGHT] as const),
    ...item.topics.map((id) => [`t:${id}`, TOPIC_WEIGHT] as const),
  ];
  for (const item of newestFirst) {
    for (const [tag] of tagsOf(item)) {
      const list = byTag.get(tag) ?? [];
      if (list.length < CANDIDATES_PER_TAG + 1) list.push(item);
      byTag.set(tag, list);
    }
  }

  const related = new Map<string, string[]>();
  for (const item of items) {
    const scores = new Map<string, number>();
    for (const [tag, weight] of tagsOf(item)) {
      for (const other of byTag.get(tag) ?? []) {
        if (other.id !== item.id) scores.set(other.id, (scores.get(other.id) ?? 0) + weight);
      }
    }
    const best = [...scores]
      .sort((a, b) => b[1] - a[1] || (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0))
      .slice(0, limit)
      .map(([id]) => id);
    related.set(item.id, best);
  }
  return related;
}
