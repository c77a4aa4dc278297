// The code of src/domain/stories/story-fingerprint.ts before it filtered and hashed char codes
// (2026-12-06): tests/unit/domain/stories/story-fingerprint.test.ts holds the rewrite to it.

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
const NOT_TEXT = /[^\p{L}\p{N}]+/gu;

/** One 32-bit FNV-1a hash of `SHINGLE_CHARS` UTF-16 units of `text` from `at`. */
function shingleHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + SHINGLE_CHARS; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
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
  const text = foldedParagraphs.join('').replace(NOT_TEXT, '');
  const count = text.length - SHINGLE_CHARS + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = shingleHash(text, i);
  const picked = new Set<number>();
  let minAt = -1;
  for (let end = Math.min(WINDOW, count) - 1; end < count; end++) {
    const start = end - Math.min(WINDOW, count) + 1;
    if (minAt < start) {
      // The last minimum left the window: find the new one, the rightmost of equals.
      minAt = start;
      for (let i = start + 1; i <= end; i++) {
        if ((hashes[i] as number) <= (hashes[minAt] as number)) minAt = i;
      }
    } else if ((hashes[end] as number) <= (hashes[minAt] as number)) {
      minAt = end;
    }
    picked.add(hashes[minAt] as number);
  }
  return Uint32Array.from(picked).sort();
}
