// Breaking Chinese text into lines for a surface that has no line breaker of its own (a canvas).
// Chinese breaks between any two characters, except where kinsoku (禁则) forbids it: closing
// punctuation never starts a line and opening punctuation never ends one. A run of Latin letters
// or digits (a word, a year, `5G`) is kept whole unless it is wider than a line by itself.

/** Marks that may not start a line: they belong to the character before them. */
export const NO_LINE_START = '，。！？、；：”’）》」』】〕〉%·.,!?;:)]}';
/** Marks that may not end a line: they belong to the character after them. */
export const NO_LINE_END = '“‘（《「『【〔〈([{';

/** The width of a piece of text in the caller's units (a canvas's `measureText().width`). */
export type MeasureText = (text: string) => number;

export interface BreakLinesOptions {
  /** At most this many lines; text that does not fit ends the last line with `ellipsis`. */
  maxLines?: number;
  ellipsis?: string;
}

const DOUBLED_MARKS = '…—';
const WORD_CHAR = /^[\p{Script=Latin}\p{Nd}_'-]$/u;
const SPACE = /^\s$/u;

/**
 * Splits `text` into lines no wider than `maxWidth` by `measure`. Breaks per character, keeps
 * Latin words whole, obeys kinsoku by carrying the last character of a line over with a mark
 * that may not start the next one, and drops white space at a break. A unit wider than the line
 * alone still gets a line of its own (split per character if it is a word).
 */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  { maxLines = Infinity, ellipsis = '…' }: BreakLinesOptions = {},
): string[] {
  const units = splitUnits(text, maxWidth, measure);
  const widths = units.map((unit) => measure(unit));
  const lines: string[] = [];
  let start = skipSpaces(units, 0);
  while (start < units.length) {
    let end = start;
    let width = 0;
    while (end < units.length && (end === start || width + (widths[end] ?? 0) <= maxWidth)) {
      width += widths[end] ?? 0;
      end++;
    }
    if (end < units.length) end = kinsokuBreak(units, start, end);
    const isLast = lines.length + 1 >= maxLines;
    if (isLast && end < units.length && skipSpaces(units, end) < units.length) {
      lines.push(withEllipsis(units.slice(start, end), maxWidth, measure, ellipsis));
      return lines;
    }
    lines.push(units.slice(start, end).join('').trimEnd());
    start = skipSpaces(units, end);
  }
  return lines;
}

/** Moves a break back so that neither side of it breaks a kinsoku rule, where that is possible. */
function kinsokuBreak(units: readonly string[], start: number, end: number): number {
  let at = end;
  while (at > start + 1 && !allowedAt(units, start, at)) at--;
  // A line made of nothing but marks: keep the greedy break rather than an empty line.
  return allowedAt(units, start, at) ? at : end;
}

/** Whether a line may end before `units[at]`: the rules look past white space on either side. */
function allowedAt(units: readonly string[], start: number, at: number): boolean {
  let before = at - 1;
  while (before > start && SPACE.test(units[before] ?? '')) before--;
  const after = skipSpaces(units, at);
  const left = units[before] ?? '';
  const right = units[after] ?? '';
  if (after >= units.length || SPACE.test(left)) return true;
  // 省略号 and 破折号 are two characters that read as one mark: never split across lines.
  if (left === right && DOUBLED_MARKS.includes(right)) return false;
  return !NO_LINE_START.includes(right.charAt(0)) && !NO_LINE_END.includes(left.slice(-1));
}

function skipSpaces(units: readonly string[], from: number): number {
  let at = from;
  while (at < units.length && SPACE.test(units[at] ?? '')) at++;
  return at;
}

/** Characters, with runs of word characters kept together (split again if wider than a line). */
function splitUnits(text: string, maxWidth: number, measure: MeasureText): string[] {
  const units: string[] = [];
  let word = '';
  const flush = () => {
    if (!word) return;
    if (measure(word) <= maxWidth) units.push(word);
    else units.push(...Array.from(word));
    word = '';
  };
  for (const char of text) {
    if (WORD_CHAR.test(char)) {
      word += char;
      continue;
    }
    flush();
    // Any white space (a tab, a newline) is one space on a card.
    units.push(SPACE.test(char) ? ' ' : char);
  }
  flush();
  return units;
}

/** The line cut short enough to end with the ellipsis, without a mark that may not end a line. */
function withEllipsis(
  units: string[],
  maxWidth: number,
  measure: MeasureText,
  ellipsis: string,
): string {
  const kept = [...units];
  const fits = () => measure(kept.join('').trimEnd() + ellipsis) <= maxWidth;
  while (kept.length > 0 && !fits()) kept.pop();
  while (kept.length > 0 && NO_LINE_END.includes((kept.at(-1) ?? '').slice(-1))) kept.pop();
  // Sentence-ending marks before the ellipsis read as a stutter (。…): the ellipsis replaces them.
  while (kept.length > 0 && '，。、；：,.;:'.includes(kept.at(-1) ?? '')) kept.pop();
  return kept.join('').trimEnd() + ellipsis;
}
