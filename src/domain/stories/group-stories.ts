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

/** Fingerprints of docs: `docs[k]` holds `hashes[k]`. */
interface Postings {
  hashes: Uint32Array;
  docs: Uint32Array;
}

// Digits of 11 bits: a pass scatters to 2,048 places at once, few enough to stay in the cache.
const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;
const digit = (hash: number, shift: number) => (hash >>> shift) & (DIGITS - 1);

/** Turns counts per digit (from index 1) into each digit's first place, from `base`. */
function firstPlaces(counts: Uint32Array, base: number): void {
  counts[0] = base;
  for (let d = 1; d <= DIGITS; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
}

/**
 * Postings `[start, end)` of `from`, stably reordered by the digit of their hash at `shift`,
 * into `to` from `base`.
 */
function radixPass(
  from: Postings,
  start: number,
  end: number,
  to: Postings,
  base: number,
  shift: number,
  counts: Uint32Array,
): void {
  counts.fill(0);
  for (let k = start; k < end; k++)
    (counts[digit(from.hashes[k] as number, shift) + 1] as number)++;
  firstPlaces(counts, base);
  for (let k = start; k < end; k++) {
    const hash = from.hashes[k] as number;
    const at = (counts[digit(hash, shift)] as number)++;
    to.hashes[at] = hash;
    to.docs[at] = from.docs[k] as number;
  }
}

/**
 * The docs' fingerprints grouped by hash, docs ascending within a hash: a radix sort whose
 * first pass spreads them over buckets by their lowest 11 bits and whose two other passes sort
 * one bucket at a time in a scratch that stays in the cache. At 100,000 articles (14 million
 * fingerprints) a comparison sort of packed keys took seconds, and three passes over the whole
 * arrays twice as long as this: fresh memory is slow to touch on this machine.
 */
function postingsByHash(docs: readonly StoryDoc[]): Postings {
  const buckets = new Uint32Array(DIGITS + 1);
  for (const doc of docs)
    for (const hash of doc.fingerprint) (buckets[digit(hash, 0) + 1] as number)++;
  firstPlaces(buckets, 0);
  const total = buckets[DIGITS] as number;
  const postings: Postings = { hashes: new Uint32Array(total), docs: new Uint32Array(total) };
  const next = buckets.slice();
  for (let i = 0; i < docs.length; i++) {
    for (const hash of (docs[i] as StoryDoc).fingerprint) {
      const at = (next[digit(hash, 0)] as number)++;
      postings.hashes[at] = hash;
      postings.docs[at] = i;
    }
  }
  let largest = 0;
  for (let d = 0; d < DIGITS; d++) {
    largest = Math.max(largest, (buckets[d + 1] as number) - (buckets[d] as number));
  }
  const scratch: Postings = { hashes: new Uint32Array(largest), docs: new Uint32Array(largest) };
  const counts = new Uint32Array(DIGITS + 1);
  for (let d = 0; d < DIGITS; d++) {
    const start = buckets[d] as number;
    const end = buckets[d + 1] as number;
    radixPass(postings, start, end, scratch, 0, DIGIT_BITS, counts);
    radixPass(scratch, 0, end - start, postings, start, 2 * DIGIT_BITS, counts);
  }
  return postings;
}

/**
 * The hashes shared by at most `maxSharing` docs, as runs of `postings` (`[start, end)` pairs),
 * with how many of them each doc holds (`informative`).
 */
function informativeRuns(postings: Postings, docCount: number, maxSharing: number) {
  const { hashes, docs } = postings;
  const runs: number[] = [];
  const informative = new Uint32Array(docCount);
  for (let start = 0; start < hashes.length;) {
    let end = start + 1;
    while (end < hashes.length && hashes[end] === hashes[start]) end++;
    if (end - start <= maxSharing) {
      runs.push(start, end);
      for (let i = start; i < end; i++) (informative[docs[i] as number] as number)++;
    }
    start = end;
  }
  return { runs, informative };
}

/**
 * Every pair of docs sharing an informative hash, once per hash they share, grouped by the
 * first doc: the partners of doc `a` are `partners[firsts[a]]` up to `partners[firsts[a + 1]]`.
 */
function pairsByFirst(postings: Postings, runs: readonly number[], docCount: number) {
  const { docs } = postings;
  const firsts = new Uint32Array(docCount + 1);
  for (let r = 0; r < runs.length; r += 2) {
    const end = runs[r + 1] as number;
    for (let i = runs[r] as number; i < end - 1; i++) {
      const slot = (docs[i] as number) + 1;
      firsts[slot] = (firsts[slot] as number) + end - 1 - i;
    }
  }
  for (let a = 1; a <= docCount; a++) firsts[a] = (firsts[a] as number) + (firsts[a - 1] as number);
  const partners = new Uint32Array(firsts[docCount] as number);
  const next = firsts.slice(0, docCount);
  for (let r = 0; r < runs.length; r += 2) {
    const end = runs[r + 1] as number;
    for (let i = runs[r] as number; i < end - 1; i++) {
      const a = docs[i] as number;
      for (let j = i + 1; j < end; j++) partners[(next[a] as number)++] = docs[j] as number;
    }
  }
  return { firsts, partners };
}

/**
 * Groups articles that tell one story (reposts, edited or cut, in traditional characters, with
 * junk lines or a new headline) and returns the groups of two or more, as indices into `docs`,
 * each group and the list in ascending order. Deterministic for the same input.
 *
 * Candidates are pairs sharing fingerprints that are not boilerplate, counted with arrays rather
 * than maps: a hundred thousand articles hold about fourteen million fingerprints, and nineteen
 * million pairs share one. A pair matches when the shared part covers most of the shorter text and
 * neither names a place or year the other lacks; matches join groups strongest first, and never
 * across a conflict.
 */
export function groupStories(
  docs: readonly StoryDoc[],
  thresholds: StoryThresholds = STORY_THRESHOLDS,
): number[][] {
  const postings = postingsByHash(docs);
  const { runs, informative } = informativeRuns(postings, docs.length, thresholds.maxSharing);
  const { firsts, partners } = pairsByFirst(postings, runs, docs.length);

  const matches: { a: number; b: number; score: number }[] = [];
  // How many hashes doc `a` shares with each partner, and the partners it has.
  const shared = new Uint32Array(docs.length);
  const met: number[] = [];
  for (let a = 0; a < docs.length; a++) {
    const end = firsts[a + 1] as number;
    for (let k = firsts[a] as number; k < end; k++) {
      const b = partners[k] as number;
      if ((shared[b] as number)++ === 0) met.push(b);
    }
    for (const b of met) {
      const count = shared[b] as number;
      shared[b] = 0;
      if (count < thresholds.minShared) continue;
      const score = count / Math.min(informative[a] as number, informative[b] as number);
      if (score < thresholds.minContainment) continue;
      if (distinct(docs[a] as StoryDoc, docs[b] as StoryDoc)) continue;
      matches.push({ a, b, score });
    }
    met.length = 0;
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
