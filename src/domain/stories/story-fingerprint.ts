/**
 * What near-duplicate detection keeps of an article's text: a few hashes that survive the edits
 * a repost makes (docs/stories.md).
 */

/** Characters per shingle: long enough that unrelated pages rarely share one by chance. */
export const SHINGLE_CHARS = 8;
/**
 * Shingles per winnowing window: any run of `SHINGLE_CHARS + WINDOW - 1` (13) characters two
 * texts share gives both at least one same fingerprint, and about one shingle in four is kept.
 */
export const WINDOW = 6;

// Only letters and digits count: reposts change punctuation, spacing and width forms freely.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Whether each BMP unit is a letter or digit: 0 not yet looked up, 1 yes, 2 no. Every unit of
// every article is looked at, so the answer is kept rather than asked of the pattern again.
const TEXT_UNITS = new Uint8Array(0x10000);

/** The letters and digits of `text` as UTF-16 units, in order (a character outside the BMP as
 * its two units). */
function textUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) {
        units[n++] = c;
        units[n++] = d;
      }
      i++;
      continue;
    }
    let kind = TEXT_UNITS[c] ?? 0;
    if (kind === 0) kind = TEXT_UNITS[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    if (kind === 1) units[n++] = c;
  }
  return units.subarray(0, n);
}

/** One 32-bit FNV-1a hash of `SHINGLE_CHARS` units from `at`. */
function shingleHash(units: Uint16Array, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + SHINGLE_CHARS; i++) {
    hash = Math.imul(hash ^ (units[i] ?? 0), 0x01000193);
  }
  // A last mix: FNV's low bits are weak, and winnowing compares whole values.
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

/**
 * The winnowed fingerprint (Schleimer, Wilkerson and Aiken, 2003) of an article's body, given as
 * folded paragraphs (`foldText`: traditional to simplified, width forms and case folded): the
 * smallest shingle hash of every window, sorted, each once. The paragraphs are joined and
 * stripped of all but letters and digits first, so punctuation, spacing and line breaks do not
 * change it; a headline never enters it, since reposts change headlines most of all.
 */
export function storyFingerprint(foldedParagraphs: readonly string[]): Uint32Array {
  const units = textUnits(foldedParagraphs.join(''));
  const count = units.length - SHINGLE_CHARS + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = shingleHash(units, i);
  const picked: number[] = [];
  let minAt = -1;
  for (let end = Math.min(WINDOW, count) - 1; end < count; end++) {
    const start = end - Math.min(WINDOW, count) + 1;
    const before = minAt;
    if (minAt < start) {
      // The last minimum left the window: find the new one, the rightmost of equals.
      minAt = start;
      for (let i = start + 1; i <= end; i++) {
        if ((hashes[i] as number) <= (hashes[minAt] as number)) minAt = i;
      }
    } else if ((hashes[end] as number) <= (hashes[minAt] as number)) {
      minAt = end;
    }
    // A window keeps its neighbour's minimum most of the time: pushed once, not per window.
    if (minAt !== before) picked.push(hashes[minAt] as number);
  }
  const sorted = Uint32Array.from(picked).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] as number;
  }
  return sorted.slice(0, unique);
}
