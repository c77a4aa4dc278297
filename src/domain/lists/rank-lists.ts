import type { IsoDate } from '../bundle/bundle.ts';

/** What the list rankings need to know of an item, gathered across all seeds. */
export interface RankFacts {
  id: string;
  /** Most recent known date; null sorts last. */
  date: IsoDate | null;
  /** Best (smallest) 0-based position in any 最新加入 list, or null if never listed there. */
  latestPosition: number | null;
  /** How many seeds list the item under 热门资讯. */
  hotSeeds: number;
  /** Best position in any 热门资讯 list, or null. */
  hotPosition: number | null;
}

const byDateDesc = (a: IsoDate | null, b: IsoDate | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;
const byPositionAsc = (a: number | null, b: number | null) =>
  (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER);
const byId = (a: RankFacts, b: RankFacts) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The latest list: newest first, undated last. Items of one day keep the order the sites listed
 * them in (最新加入 first, then 热门资讯), and the id makes the order total, hence deterministic.
 */
export function rankLatest(items: readonly RankFacts[]): RankFacts[] {
  return [...items].sort(
    (a, b) =>
      byDateDesc(a.date, b.date) ||
      byPositionAsc(a.latestPosition, b.latestPosition) ||
      byPositionAsc(a.hotPosition, b.hotPosition) ||
      byId(a, b),
  );
}

/** The hot list: items listed under 热门资讯 by how many seeds list them, then position, then date. */
export function rankHot(items: readonly RankFacts[]): RankFacts[] {
  return items
    .filter((item) => item.hotSeeds > 0)
    .sort(
      (a, b) =>
        b.hotSeeds - a.hotSeeds ||
        byPositionAsc(a.hotPosition, b.hotPosition) ||
        byDateDesc(a.date, b.date) ||
        byId(a, b),
    );
}
