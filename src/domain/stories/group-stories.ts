import type { IsoDate } from '../bundle/bundle.ts';

/** What grouping reads of one article (docs/stories.md). */
export interface StoryDoc {
  /** `storyFingerprint` of its body. */
  fingerprint: Uint32Array;
  /**
   * The places its text names, each as its chain of region codes from the province down: two
   * copies of one story never name different places (the same notice for two counties does).
   */
  places: readonly (readonly string[])[];
  /** The years its text names: the same yearly notice of two years is two stories. */
  years: readonly number[];
  /**
   * How unclean the copy is: its spam lines (left out of the fingerprint), plus one when it is in
   * traditional characters, which a reader of this site reads less easily. 0 for a clean copy.
   */
  junk: number;
}

/** The thresholds of grouping, chosen from measurements (docs/stories.md). */
export interface StoryThresholds {
  /**
   * A fingerprint more articles share than this is boilerplate (a site's footer, a disclaimer, a
   * phrase every notice uses): it neither makes nor counts towards a match.
   */
  maxSharing: number;
  /** Fingerprints two articles must share at least. */
  minShared: number;
  /** Shared fingerprints over those of the shorter article: truncated copies still match. */
  minContainment: number;
}

export const STORY_THRESHOLDS: StoryThresholds = {
  maxSharing: 40,
  minShared: 6,
  minContainment: 0.5,
};

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

/** What choosing a story's representative weighs of each copy. */
export interface CopyFacts {
  id: string;
  /** How much of the story it tells: fingerprints of its body, spam lines left out. */
  size: number;
  /** `StoryDoc.junk`. */
  junk: number;
  /** From an official site (a government or school host). */
  official: boolean;
  date: IsoDate | null;
}

// A copy within a tenth of the fullest counts as full: the others' edits are usually smaller.
const FULL_SHARE = 0.9;

/**
 * A story's copies, best first: the fullest copies (within a tenth of the longest), of those the
 * official ones, then the cleanest, the earliest, and the id.
 */
export function rankCopies(copies: readonly CopyFacts[]): CopyFacts[] {
  const fullest = Math.max(...copies.map((c) => c.size));
  const full = (c: CopyFacts) => (c.size >= fullest * FULL_SHARE ? 1 : 0);
  return [...copies].sort(
    (a, b) =>
      full(b) - full(a) ||
      Number(b.official) - Number(a.official) ||
      a.junk - b.junk ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

const OFFICIAL_HOST = /(?:^|\.)(?:gov|edu)\.cn$|\.gov$|\.edu$/;

/** A government or school site, whose copy of a notice is the original. */
export const isOfficialHost = (host: string | null): boolean =>
  host !== null && OFFICIAL_HOST.test(host);

const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?=年|[-/.]\d)/g;

/** The years a folded body names (2025年, 2025-06-30), each once, in order. */
export function storyYears(foldedParagraphs: readonly string[]): number[] {
  const years = new Set<number>();
  for (const p of foldedParagraphs) for (const m of p.matchAll(YEAR)) years.add(Number(m[1]));
  return [...years].sort((a, b) => a - b);
}
