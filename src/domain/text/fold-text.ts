import { simplifyChar } from './traditional-to-simplified.ts';

/** Folded text with, for each of its UTF-16 units, the original range it came from. */
export interface FoldedText {
  text: string;
  /** `starts[i]`: index in the original string of the character that produced `text[i]`. */
  starts: Uint32Array;
  /** `ends[i]`: index just past that original character. */
  ends: Uint32Array;
}

// Whitespace carries no meaning in Chinese text and scrapers insert it at random (`开 州 区`), so
// it is dropped on both sides; so are invisible format characters.
const DROPPED = /^[\s\p{Cc}\p{Cf}]$/u;
const MARKS = /\p{M}/gu;

const memo = new Map<string, string>();

/**
 * The folded form of one code point: compatibility forms (full-width letters and digits, circled
 * numbers, CJK compatibility ideographs) to their plain form, accents removed, lower case,
 * traditional to simplified; '' for whitespace. Memoised: news text reuses a few thousand chars.
 */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if (code <= 0x20 || code === 0x7f) return '';
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  }
  let folded = memo.get(char);
  if (folded === undefined) {
    folded = '';
    const plain = char.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase();
    for (const c of plain) if (!DROPPED.test(c)) folded += simplifyChar(c);
    memo.set(char, folded);
  }
  return folded;
}

// The folded form of each UTF-16 unit, filled as met. Folding goes code point by code point,
// so a text's folded form is its code points' folded forms in a row.
const units: (string | undefined)[] = new Array<string | undefined>(0x10000);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Folds text for matching: full-width and half-width forms, letter case, accents and traditional
 * characters all become one form, and whitespace disappears. Applied to the indexed text and to
 * each query term alike, so a substring match on folded text is what "matches" means everywhere.
 *
 * A table lookup per UTF-16 unit rather than a map lookup per character, and the runs folding
 * leaves as they are (most of Chinese text) copied whole: the taggers and the index fold every
 * paragraph of every article. `foldTextWithMap` folds character by character and must agree.
 */
export function foldText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      const pair = text.slice(i, i + 2);
      const folded = foldChar(pair);
      if (folded !== pair) {
        out += text.slice(from, i) + folded;
        from = i + 2;
      }
      i++;
      continue;
    }
    let folded = units[c];
    if (folded === undefined) units[c] = folded = foldChar(String.fromCharCode(c));
    if (folded.length !== 1 || folded.charCodeAt(0) !== c) {
      out += text.slice(from, i) + folded;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `foldText` plus the original range of every folded unit, so matches can be highlighted. */
export function foldTextWithMap(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let out = '';
  let index = 0;
  for (const char of text) {
    const folded = foldChar(char);
    const end = index + char.length;
    for (let i = 0; i < folded.length; i++) {
      starts.push(index);
      ends.push(end);
    }
    out += folded;
    index = end;
  }
  return { text: out, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
