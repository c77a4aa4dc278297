import type { RegionTable } from '../../bundle/region-table.ts';

/** Weighed mentions of one region: its own, not those of places inside it. */
export interface OwnScore {
  score: number;
  inTitle: boolean;
}

/** One region an item is tagged with, before its chain is written out. */
export interface RankedRegion {
  code: string;
  score: number;
  inTitle: boolean;
}

/**
 * The region a story is about, then the other regions it names. Mentions are summed up the tree
 * (a county's count for its prefecture and province too), and the subject is found from the top:
 * the province with the most, then, level by level, the place below that carries the story.
 * - A prefecture carries it when it outweighs the province's own mentions and every other
 *   prefecture at least twice over: a story about 绵阳 may name four other cities of the province
 *   once each, and a province-wide story names its cities about evenly.
 * - A county carries it only with more than half of the weight of the place above it, that
 *   place's own mentions included: a story about a city names its districts one by one (东宁、林口…), a
 *   story about a county names the county again and again.
 * The subject may be a place never named itself (a list of 临沂's counties is about 临沂). Then
 * come the other places named, each with its ancestors' mentions added, best first; a place
 * above the subject or above another tag is folded into it, as a province named beside one of its
 * counties adds nothing of its own.
 */
export function rankRegions(
  own: ReadonlyMap<string, OwnScore>,
  table: RegionTable,
  chainOf: (code: string) => readonly string[],
): RankedRegion[] {
  if (own.size === 0) return [];
  const sub = new Map<string, OwnScore>();
  const children = new Map<string, Set<string>>();
  for (const [code, mine] of own) {
    const chain = chainOf(code);
    chain.forEach((ancestor, depth) => {
      const total = sub.get(ancestor) ?? { score: 0, inTitle: false };
      total.score += mine.score;
      total.inTitle ||= mine.inTitle;
      sub.set(ancestor, total);
      const child = chain[depth + 1];
      if (child) {
        const set = children.get(ancestor) ?? new Set<string>();
        set.add(child);
        children.set(ancestor, set);
      }
    });
  }
  const weight = (code: string) => sub.get(code)?.score ?? 0;
  const byWeight = (codes: Iterable<string>) =>
    [...codes].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0));

  const provinces = byWeight([...sub.keys()].filter((code) => chainOf(code).length === 1));
  let subject = provinces[0];
  while (subject) {
    const [first, second] = byWeight(children.get(subject) ?? []);
    if (!first) break;
    const ownHere = own.get(subject)?.score ?? 0;
    const carries =
      table.get(first)?.level === 'county'
        ? 2 * weight(first) > weight(subject)
        : weight(first) >= ownHere && weight(first) >= 2 * (second ? weight(second) : 0);
    if (!carries) break;
    subject = first;
  }
  if (!subject) return [];

  const lineage = (code: string) => {
    let score = 0;
    let inTitle = false;
    for (const ancestor of chainOf(code).slice(0, -1)) {
      const mine = own.get(ancestor);
      if (mine) {
        score += mine.score;
        inTitle ||= mine.inTitle;
      }
    }
    return { score, inTitle };
  };
  const above = lineage(subject);
  const best = sub.get(subject) ?? { score: 0, inTitle: false };
  const subjectTag = {
    code: subject,
    score: best.score + above.score,
    inTitle: best.inTitle || above.inTitle,
  };
  const subjectChain = chainOf(subject);
  const others: RankedRegion[] = [];
  for (const [code, mine] of own) {
    if (code === subject || subjectChain.includes(code)) continue;
    const folded = [...own.keys()].some((c) => c !== code && chainOf(c).includes(code));
    if (folded) continue;
    const up = lineage(code);
    others.push({ code, score: mine.score + up.score, inTitle: mine.inTitle || up.inTitle });
  }
  others.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return [subjectTag, ...others];
}
