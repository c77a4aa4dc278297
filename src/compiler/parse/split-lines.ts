/** A line of seed text with its 1-based line number, trimmed of surrounding blanks. */
export interface SeedLine {
  text: string;
  line: number;
}

// Invisible characters that only get in the way: C0/C1 controls (tab becomes a space), zero-width
// characters and BOMs, and the characters that draw nothing but count as text (soft hyphen, the
// Hangul fillers, variation selectors, invisible operators, tag characters): a title made of
// them looks blank. Bidirectional overrides are removed too, because they can make text read
// differently from what it says.
const TAB = /\t/g;
const INVISIBLE_CLASS =
  '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u115f\\u1160\\u17b4\\u17b5' +
  '\\u180b-\\u180f\\u200b-\\u200d\\u2060-\\u2064\\u206a-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0' +
  '\\ufff9-\\ufffb\\u{1d173}-\\u{1d17a}\\u{e0000}-\\u{e007f}\\u{e0100}-\\u{e01ef}';
const BIDI_CLASS = '\\u202a-\\u202e\\u2066-\\u2069\\u200e\\u200f\\u061c';
// eslint-disable-next-line no-misleading-character-class -- combining marks and selectors are listed to be removed
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
const BIDI = new RegExp(`[${BIDI_CLASS}]`, 'gu');
// Any of the above: most lines hold none, and one test is cheaper than three replacements.
// eslint-disable-next-line no-misleading-character-class -- as INVISIBLE
const SPECIAL = new RegExp(`[\\t${INVISIBLE_CLASS}${BIDI_CLASS}]`, 'u');

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
