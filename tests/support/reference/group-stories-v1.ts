// The code of groupStories in src/domain/stories/group-stories.ts before it counted candidate
// pairs with radix sorts and counting instead of sorting packed float64 keys (2026-12-06):
// tests/unit/domain/stories/group-stories.test.ts holds the rewrite to it.
import {
  STORY_THRESHOLDS,
  type StoryDoc,
  type StoryThresholds,
} from '../../../src/domain/stories/group-stories.ts';

// Keys pack a 32-bit value and a document number below 2^21 into one float64, exactly.
const DOC_BITS = 2 ** 21;

/** A growable list of float64 keys, packed so that sorting them is one typed-array sort. */
class Keys {
  private values = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  sorted(): Float64Array {
    return this.values.subarray(0, this.length).sort();
  }
}

/** The places and years one article names that another does not; a match needs none both ways. */
function distinct(a: StoryDoc, b: StoryDoc): boolean {
  const cover = (doc: StoryDoc) => new Set(doc.places.flat());
  const coverA = cover(a);
  const coverB = cover(b);
  const namesOther = (doc: StoryDoc, other: Set<string>) =>
    doc.places.some((chain) => !other.has(chain.at(-1) ?? ''));
  if (namesOther(a, coverB) && namesOther(b, coverA)) return true;
  const yearsA = new Set(a.years);
  const yearsB = new Set(b.years);
  return a.years.some((y) => !yearsB.has(y)) && b.years.some((y) => !yearsA.has(y));
}

/**
 * Groups articles that tell one story (reposts, edited or cut, in traditional characters, with
 * junk lines or a new headline) and returns the groups of two or more, as indices into `docs`,
 * each group and the list in ascending order. Deterministic for the same input.
 *
 * Candidates are pairs sharing fingerprints that are not boilerplate, counted by sorting packed
 * keys rather than in maps: a hundred thousand articles hold about ten million fingerprints.
 * A pair matches when the shared part covers most of the shorter text and neither names a place
 * or year the other lacks; matches join groups strongest first, and never across a conflict.
 */
export function groupStories(
  docs: readonly StoryDoc[],
  thresholds: StoryThresholds = STORY_THRESHOLDS,
): number[][] {
  if (docs.length >= DOC_BITS) throw new Error(`Story grouping takes at most ${DOC_BITS - 1} docs`);
  const byHash = new Keys();
  docs.forEach((doc, i) => {
    for (const hash of doc.fingerprint) byHash.push(hash * DOC_BITS + i);
  });
  const keys = byHash.sorted();
  const informative = new Uint32Array(docs.length);
  const pairs = new Keys();
  for (let start = 0; start < keys.length;) {
    const hash = Math.floor((keys[start] as number) / DOC_BITS);
    let end = start + 1;
    while (end < keys.length && Math.floor((keys[end] as number) / DOC_BITS) === hash) end++;
    if (end - start <= thresholds.maxSharing) {
      for (let i = start; i < end; i++) {
        const a = (keys[i] as number) % DOC_BITS;
        informative[a] = (informative[a] as number) + 1;
        for (let j = i + 1; j < end; j++)
          pairs.push(a * DOC_BITS + ((keys[j] as number) % DOC_BITS));
      }
    }
    start = end;
  }

  const matches: { a: number; b: number; score: number }[] = [];
  const sortedPairs = pairs.sorted();
  for (let start = 0; start < sortedPairs.length;) {
    const pair = sortedPairs[start] as number;
    let end = start + 1;
    while (end < sortedPairs.length && sortedPairs[end] === pair) end++;
    const shared = end - start;
    start = end;
    if (shared < thresholds.minShared) continue;
    const a = Math.floor(pair / DOC_BITS);
    const b = pair % DOC_BITS;
    const score = shared / Math.min(informative[a] as number, informative[b] as number);
    if (score < thresholds.minContainment) continue;
    if (distinct(docs[a] as StoryDoc, docs[b] as StoryDoc)) continue;
    matches.push({ a, b, score });
  }
  matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const groupOf = new Map<number, number[]>();
  for (const { a, b } of matches) {
    const ga = groupOf.get(a) ?? [a];
    const gb = groupOf.get(b) ?? [b];
    if (ga === gb) continue;
    const conflict = ga.some((x) =>
      gb.some((y) => distinct(docs[x] as StoryDoc, docs[y] as StoryDoc)),
    );
    if (conflict) continue;
    const merged = [...ga, ...gb];
    for (const member of merged) groupOf.set(member, merged);
  }
  const groups = new Set(groupOf.values());
  const sorted = [...groups].map((g) => [...g].sort((x, y) => x - y));
  return sorted.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
