/** A line of seed text with its 1-based line number, trimmed of surrounding blanks. */
export interface SeedLine {
  text: string;
  line: number;
}

// Invisible characters that only get in the way: C0/C1 controls (tab becomes a space), zero-width
// characters and BOMs. Bidirectional overrides are removed too, because they can make text read
// differently from what it says.
const TAB = /\t/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// Any of the above: most lines hold none, and one test is cheaper than three replacements.
const SPECIAL = new RegExp(`[\\t${INVISIBLE.source.slice(1, -1)}${BIDI.source.slice(1, -1)}]`);

/**
 * Splits seed text into clean, trimmed lines, numbered as an editor shows them. CR, LF and CRLF
 * all end a line, because scraped files come from every platform. Also counts the bidirectional
 * controls removed, so the compiler can say so.
 */
export function splitLines(text: string): { lines: SeedLine[]; bidiRemoved: number } {
  let bidiRemoved = 0;
  const lines = text.split(/\r\n|\r|\n/).map((raw, i) => {
    if (!SPECIAL.test(raw)) return { text: raw.trim(), line: i + 1 };
    const visible = raw.replace(TAB, ' ').replace(INVISIBLE, '');
    const text = visible.replace(BIDI, () => {
      bidiRemoved++;
      return '';
    });
    return { text: text.trim(), line: i + 1 };
  });
  return { lines, bidiRemoved };
}
