/**
 * Turns a seed file's bytes into text. Scraped pages arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK; bytes with NUL in them are not text at all, and neither are
 * bytes that decode to many control or replacement characters (GB18030 takes almost any bytes,
 * so random or binary bytes would otherwise be published as an article of garbage).
 */
export function decodeSeed(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return readable(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return readable(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16');
  }
  if (bytes.includes(0))
    return { error: 'The file holds NUL bytes, so it is not a text seed; skipped.' };
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return readable(utf8, 'UTF-8');
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, the other encodings Chinese sites use.
    return readable(new TextDecoder('gb18030').decode(bytes), 'UTF-8 or GB18030');
  }
}

// Controls other than tab, line feed, form feed and carriage return, and U+FFFD (what a decoder
// puts for bytes it cannot read).
// eslint-disable-next-line no-control-regex -- counting control characters is the point
const UNREADABLE = /[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * The text, unless more than 1 % of it (and more than 8 characters) is unreadable: a page with a
 * few bad bytes keeps its text, a binary file is refused.
 */
function readable(text: string, encoding: string): { text: string } | { error: string } {
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  if (unreadable <= 8 || unreadable <= text.length / 100) return { text };
  const share = Math.round((100 * unreadable) / text.length);
  return {
    error: `The file is not ${encoding} text (${share} % of it decodes to control or unreadable characters); skipped.`,
  };
}
