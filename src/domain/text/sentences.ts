// Sentences of Chinese text, for reading aloud one utterance at a time (docs/listen.md). The
// rules, in the order they matter:
//
// - 。！？；… end a sentence, and so does a run of them (`？！`, `……`), together with the closing
//   quotes and brackets right after it: `他说：“好。”` is one sentence, not `他说：“好。` + `”`.
// - Their half-width forms end one only beside Chinese: `!`, `?` and `;` when the character
//   before the run or the first one after it (spaces skipped) is Chinese; `.` and `...` only when
//   the character before is Chinese and the one after is Chinese or nothing. So `3.5`, `U.S.`,
//   `e.g.`, `Hello, world.` and `v2.0版` stay whole.
// - Nothing splits inside a web address (`http://`, `https://`, `www.`).
// - A sentence longer than `maxLength` is cut at the last comma-like mark (，、：— and a `,` or
//   `:` that is not between digits) in the second half of the window, else at the last space,
//   else at `maxLength`: some voices stop mid-utterance after about fifteen seconds, and a scraped
//   paragraph may be one 2,000-character run without a full stop.
//
// Everything is one pass over the text, with no regular expression over a whole line.

/** One sentence: its text (without surrounding white space) and where it is in the paragraph. */
export interface SentenceSpan {
  text: string;
  /** Index of the first character in the paragraph. */
  start: number;
  /** Index just past the last character (surrogate pairs are never cut). */
  end: number;
}

export interface SplitOptions {
  /** The longest sentence handed on whole; longer ones are cut. At least 8. */
  maxLength?: number;
}

/** About fifteen seconds of Chinese read at the normal rate. */
export const DEFAULT_MAX_SENTENCE_LENGTH = 80;

const FULL_WIDTH_ENDS = new Set(['。', '！', '？', '；', '…', '⋯', '｡']);
const HALF_WIDTH_ENDS = new Set(['!', '?', ';']);
const CLOSERS = new Set([
  '”',
  '’',
  '」',
  '』',
  '）',
  ')',
  '】',
  '》',
  '〉',
  '〕',
  '〗',
  '］',
  ']',
  '"',
  "'",
]);
const SOFT_BREAKS = new Set(['，', '、', '：', '—', '－']);
// Half-width marks that break a long run, except between digits (`3,000`, `12:30`).
const HALF_WIDTH_SOFT_BREAKS = new Set([',', ':']);
const DIGIT = /^\d$/;
const WHITE_SPACE = /^\s$/;
// Han, CJK symbols and punctuation, full-width forms, and the curly quotes Chinese text uses.
const CJK = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const URL_PREFIXES = ['http://', 'https://', 'www.'];
// Punctuation after an address belongs to the sentence, not to the address.
const URL_TAIL = '.,;:!?)]\'"';

/**
 * Splits a paragraph into sentences for speech. Sentences with no letter or digit (a lone `……`)
 * are left out, since a voice has nothing to say for them.
 */
export function splitSentences(paragraph: string, options: SplitOptions = {}): SentenceSpan[] {
  const maxLength = Math.max(8, options.maxLength ?? DEFAULT_MAX_SENTENCE_LENGTH);
  const spans: SentenceSpan[] = [];
  let start = 0;
  let index = 0;
  while (index < paragraph.length) {
    const urlEnd = urlEndAt(paragraph, index);
    if (urlEnd > index) {
      index = urlEnd;
      continue;
    }
    const runEnd = terminatorRunEnd(paragraph, index);
    if (runEnd === index) {
      index++;
      continue;
    }
    if (!endsSentence(paragraph, index, runEnd)) {
      index = runEnd;
      continue;
    }
    let end = runEnd;
    while (end < paragraph.length && closes(paragraph, start, end)) end++;
    pushSentence(spans, paragraph, start, end, maxLength);
    start = end;
    index = end;
  }
  pushSentence(spans, paragraph, start, paragraph.length, maxLength);
  return spans;
}

/**
 * Whether `text[at]` closes the sentence begun at `start`. A straight quote is the same
 * character whether it opens or closes, so it closes only a sentence that left one open:
 * `走了。"你好"她说` starts the next sentence with its quote.
 */
function closes(text: string, start: number, at: number): boolean {
  const char = text.charAt(at);
  if (!CLOSERS.has(char)) return false;
  if (char !== '"' && char !== "'") return true;
  let count = 0;
  for (let index = start; index < at; index++) if (text.charAt(index) === char) count++;
  return count % 2 === 1;
}

/** Where a run of sentence-ending marks starting at `index` ends (`index` when there is none). */
function terminatorRunEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length) {
    const char = text.charAt(end);
    if (FULL_WIDTH_ENDS.has(char) || HALF_WIDTH_ENDS.has(char) || char === '.') end++;
    else break;
  }
  return end;
}

/** Whether the run of marks `text[from, to)` ends a sentence (half-width marks only by Chinese). */
function endsSentence(text: string, from: number, to: number): boolean {
  const run = text.slice(from, to);
  for (const char of run) if (FULL_WIDTH_ENDS.has(char)) return true;
  const before = charBefore(text, from);
  const after = nextVisibleChar(text, to);
  if (/[!?;]/.test(run)) return CJK.test(before) || CJK.test(after);
  // Only full stops: a decimal point, an abbreviation and a Latin sentence keep theirs.
  return CJK.test(before) && (after === '' || CJK.test(after));
}

/** End of the web address starting at `index`, or `index` when none starts there. */
function urlEndAt(text: string, index: number): number {
  const char = text.charAt(index);
  if (char !== 'h' && char !== 'H' && char !== 'w' && char !== 'W') return index;
  // An address starts at a word boundary: `newww.` is no address.
  if (index > 0 && /[A-Za-z0-9]/.test(text.charAt(index - 1))) return index;
  const head = text.slice(index, index + 8).toLowerCase();
  if (!URL_PREFIXES.some((prefix) => head.startsWith(prefix))) return index;
  let end = index;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // Printable ASCII but the space: an address stops at Chinese text glued after it.
    if (code > 0x20 && code < 0x7f) end++;
    else break;
  }
  while (end > index && URL_TAIL.includes(text.charAt(end - 1))) end--;
  return end;
}

/** Adds `text[start, end)` as one sentence, or several when it is longer than `maxLength`. */
function pushSentence(
  spans: SentenceSpan[],
  text: string,
  start: number,
  end: number,
  maxLength: number,
) {
  let from = skipSpaces(text, start, end);
  while (end - from > maxLength) {
    const cut = cutPoint(text, from, from + maxLength);
    addSpan(spans, text, from, cut);
    from = skipSpaces(text, cut, end);
  }
  addSpan(spans, text, from, end);
}

function addSpan(spans: SentenceSpan[], text: string, start: number, end: number) {
  let last = end;
  while (last > start && isSpace(text.charAt(last - 1))) last--;
  if (last <= start) return;
  const slice = text.slice(start, last);
  if (!LETTER_OR_DIGIT.test(slice)) return;
  spans.push({ text: slice, start, end: last });
}

/**
 * Where to cut a too-long run `text[from, limit)`: after the last comma-like mark in its second
 * half, else after the last space there, else at `limit` (moved off a surrogate pair).
 */
function cutPoint(text: string, from: number, limit: number): number {
  const earliest = from + Math.floor((limit - from) / 2);
  let space = -1;
  for (let index = limit - 1; index >= earliest; index--) {
    const char = text.charAt(index);
    if (SOFT_BREAKS.has(char)) return index + 1;
    if (HALF_WIDTH_SOFT_BREAKS.has(char) && !betweenDigits(text, index)) return index + 1;
    if (space < 0 && isSpace(char)) space = index + 1;
  }
  if (space > 0) return space;
  const low = text.charCodeAt(limit - 1);
  return low >= 0xd800 && low <= 0xdbff ? limit - 1 : limit;
}

function betweenDigits(text: string, index: number): boolean {
  return DIGIT.test(text.charAt(index - 1)) && DIGIT.test(text.charAt(index + 1));
}

function skipSpaces(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && isSpace(text.charAt(index))) index++;
  return index;
}

function isSpace(char: string): boolean {
  return WHITE_SPACE.test(char);
}

/** The code point ending just before `index` ('' at the start). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/** The first code point at or after `index` that is not white space or a closer ('' at the end). */
function nextVisibleChar(text: string, index: number): string {
  let at = index;
  while (at < text.length && (isSpace(text.charAt(at)) || CLOSERS.has(text.charAt(at)))) at++;
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}
