import type { IsoDate } from '../bundle/bundle.ts';
import { dayNumber } from '../bundle/dates.ts';

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
/**
 * Candidates looked at per shared tag on each side of the item in date order: bounds the work
 * on tags that 100,000 articles share, and the nearest in time are the ones offered anyway.
 */
export const CANDIDATES_PER_SIDE = 100;

/**
 * Items in the order candidates are drawn from: oldest first, undated after the dated, then by
 * id. One item per id, the last given (a catalog's ids are unique; a repeated one does no harm).
 */
function relatedOrder(items: readonly RelatedFacts[]): RelatedFacts[] {
  return [...new Map(items.map((item) => [item.id, item])).values()].sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** An item's tags with their weights, each once, as keys shared by regions and topics. */
const weightedTags = (item: RelatedFacts): [string, number][] => [
  ...new Map([
    ...item.regions.map((code) => [`r:${code}`, REGION_WEIGHT] as const),
    ...item.topics.map((id) => [`t:${id}`, TOPIC_WEIGHT] as const),
  ]),
];

/**
 * For each item, up to `limit` other items sharing its regions or topics: more shared weight
 * first, then nearer in date, then newer, then by id. The nearest in time rather than the
 * newest: an article's related list shows the coverage around it, which a new article seldom
 * enters, so a day's scrape rewrites the related lists of the last weeks' articles, not of every
 * older article sharing a place with it (1,000 new seeds on 100,000 had changed 35,000 item
 * files, docs/scaling.md). Candidates are drawn from the `CANDIDATES_PER_SIDE` items on each
 * side of it in date order (`relatedOrder`) among those with each tag. Deterministic for the
 * same input.
 *
 * Scores live in an array indexed by place in that order and only the best `limit` are kept
 * while scanning, rather than sorting every candidate: at 100,000 articles each item has a few
 * hundred candidates, and sorting them all was most of the compiler's layout time.
 */
export function relatedItems(items: readonly RelatedFacts[], limit: number): Map<string, string[]> {
  const ordered = relatedOrder(items);
  const days = Float64Array.from(ordered, (item) => (item.date ? dayNumber(item.date) : NaN));
  const tags = ordered.map(weightedTags);
  const byTag = new Map<string, number[]>();
  tags.forEach((itemTags, slot) => {
    for (const [tag] of itemTags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(slot);
    }
  });

  // The newer of two places in the order: the later date, the dated before the undated, else id.
  const newer = (a: number, b: number) => {
    const da = days[a] ?? NaN;
    const db = days[b] ?? NaN;
    if (da !== db && !(Number.isNaN(da) && Number.isNaN(db))) return Number.isNaN(db) || da > db;
    return (ordered[a]?.id ?? '') < (ordered[b]?.id ?? '');
  };
  const scores = new Float64Array(ordered.length);
  const touched: number[] = [];
  const related = new Map<string, string[]>();
  ordered.forEach((item, self) => {
    for (const [tag, weight] of tags[self] ?? []) {
      const list = byTag.get(tag) ?? [];
      const at = indexOf(list, self);
      const from = Math.max(0, at - CANDIDATES_PER_SIDE);
      const to = Math.min(list.length, at + CANDIDATES_PER_SIDE + 1);
      for (let i = from; i < to; i++) {
        const other = list[i] ?? self;
        if (other === self) continue;
        if ((scores[other] ?? 0) === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + weight;
      }
    }
    const day = days[self] ?? NaN;
    const far = (slot: number) => Math.abs((days[slot] ?? NaN) - day);
    // More shared weight first, then nearer in date (NaN, undated, last), then newer (a higher
    // place in the order is a later date, or undated), then by id.
    const before = (a: number, b: number) => {
      const sa = scores[a] ?? 0;
      const sb = scores[b] ?? 0;
      if (sa !== sb) return sa > sb;
      const fa = far(a);
      const fb = far(b);
      if (fa !== fb && !(Number.isNaN(fa) && Number.isNaN(fb))) return Number.isNaN(fb) || fa < fb;
      return newer(a, b);
    };
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
      best.map((slot) => ordered[slot]?.id ?? ''),
    );
  });
  return related;
}

/** Where `slot` is in `list`, which holds it, in ascending order. */
function indexOf(list: readonly number[], slot: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? 0) < slot) low = mid + 1;
    else high = mid;
  }
  return low;
}
