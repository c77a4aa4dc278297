import type { IsoDate } from '../bundle/bundle.ts';

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
 *
 * Scores live in an array indexed by recency rank and only the best `limit` are kept while
 * scanning, rather than sorting every candidate: at 100,000 articles each item has about a
 * thousand candidates, and sorting them all was most of the compiler's layout time.
 */
export function relatedItems(items: readonly RelatedFacts[], limit: number): Map<string, string[]> {
  const newestFirst = [...items].sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // An item's slot is the rank of the last item with its id, so items sharing an id share a
  // score, as they would keyed by id.
  const rank = new Map(newestFirst.map((item, i) => [item.id, i]));
  const slotOf = new Map(newestFirst.map((item) => [item, rank.get(item.id) ?? 0]));
  const byTag = new Map<string, number[]>();
  const tagsOf = (item: RelatedFacts) => [
    ...item.regions.map((code) => [`r:${code}`, REGION_WEIGHT] as const),
    ...item.topics.map((id) => [`t:${id}`, TOPIC_WEIGHT] as const),
  ];
  for (const item of newestFirst) {
    for (const [tag] of tagsOf(item)) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      if (list.length < CANDIDATES_PER_TAG + 1) list.push(slotOf.get(item) ?? 0);
    }
  }

  const scores = new Float64Array(newestFirst.length);
  const score = (slot: number) => scores[slot] ?? 0;
  // Higher score first, then lower rank (newer).
  const before = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
  const touched: number[] = [];
  const related = new Map<string, string[]>();
  for (const item of items) {
    const self = rank.get(item.id) ?? -1;
    for (const [tag, weight] of tagsOf(item)) {
      for (const other of byTag.get(tag) ?? []) {
        if (other === self) continue;
        if (score(other) === 0) touched.push(other);
        scores[other] = score(other) + weight;
      }
    }
    const best: number[] = [];
    for (const slot of touched) {
      if (best.length < limit) best.push(slot);
      else if (limit > 0 && before(slot, best[limit - 1] ?? 0)) best[limit - 1] = slot;
      else continue;
      for (let at = best.length - 1; at > 0 && before(slot, best[at - 1] ?? 0); at--) {
        best[at] = best[at - 1] ?? 0;
        best[at - 1] = slot;
      }
    }
    for (const slot of touched) scores[slot] = 0;
    touched.length = 0;
    related.set(
      item.id,
      best.map((slot) => newestFirst[slot]?.id ?? ''),
    );
  }
  return related;
}
