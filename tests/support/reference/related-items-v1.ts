// Related items by scoring and sorting every candidate, the definition the fast version
// (src/domain/lists/related-items.ts) is held to.
import type { IsoDate } from '../../../src/domain/bundle/bundle.ts';
// How many candidates a tag offers is a setting, not the algorithm under comparison.
import { CANDIDATES_PER_SIDE } from '../../../src/domain/lists/related-items.ts';

/** What relatedness is judged on: the places (most specific codes) and topics of an article. */
export interface RelatedFacts {
  id: string;
  date: IsoDate | null;
  regions: readonly string[];
  topics: readonly string[];
}

const REGION_WEIGHT = 2;
const TOPIC_WEIGHT = 1;

const days = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * For each item (the last given of each id), up to `limit` other items sharing its regions or
 * topics, each tag counted once. For every tag of the item, the candidates are the `CANDIDATES_PER_SIDE` items with
 * that tag just before it and just after it, items ordered oldest first, undated last, then by
 * id. They are sorted by shared weight, then days apart (undated: farthest), then date (newest
 * first, undated last), then id.
 */
export function relatedItems(items: readonly RelatedFacts[], limit: number): Map<string, string[]> {
  const unique = new Map<string, RelatedFacts>();
  for (const item of items) unique.set(item.id, item);
  const ordered = [...unique.values()].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  // Each tag once, however often the item names it.
  const tagsOf = (item: RelatedFacts) => [
    ...new Map([
      ...item.regions.map((code) => [`r:${code}`, REGION_WEIGHT] as const),
      ...item.topics.map((id) => [`t:${id}`, TOPIC_WEIGHT] as const),
    ]),
  ];

  const related = new Map<string, string[]>();
  for (const item of ordered) {
    const scores = new Map<RelatedFacts, number>();
    for (const [tag, weight] of tagsOf(item)) {
      const withTag = ordered.filter((other) => tagsOf(other).some(([t]) => t === tag));
      const at = withTag.indexOf(item);
      const window = withTag.slice(
        Math.max(0, at - CANDIDATES_PER_SIDE),
        at + CANDIDATES_PER_SIDE + 1,
      );
      for (const other of window) {
        if (other !== item) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    const apart = (other: RelatedFacts) =>
      item.date === null || other.date === null
        ? Infinity
        : Math.abs(days(other.date) - days(item.date));
    const ranked = [...scores].sort(([a, sa], [b, sb]) => {
      if (sa !== sb) return sb - sa;
      if (apart(a) !== apart(b)) return apart(a) - apart(b);
      if (a.date !== b.date) {
        if (a.date === null) return 1;
        if (b.date === null) return -1;
        return a.date > b.date ? -1 : 1;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    related.set(
      item.id,
      ranked.slice(0, limit).map(([other]) => other.id),
    );
  }
  return related;
}
