/** A line of seed text with its 1-based line number, trimmed of surrounding blanks. */
export interface SeedLine {
  text: string;
  line: number;
}

/**
 * Splits seed text into trimmed lines, numbered as an editor shows them. CR, LF and CRLF all end
 * a line, and a leading BOM is dropped, because scraped files come from every platform.
 */
export function splitLines(text: string): SeedLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((raw, i) => ({ text: raw.trim(), line: i + 1 }));
}
