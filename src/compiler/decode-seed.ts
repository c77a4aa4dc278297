/**
 * Turns a seed file's bytes into text. Scraped pages arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK; bytes with NUL in them are not text at all.
 */
export function decodeSeed(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  if (bytes.includes(0))
    return { error: 'The file holds NUL bytes, so it is not a text seed; skipped.' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, the other encodings Chinese sites use.
    return { text: new TextDecoder('gb18030').decode(bytes) };
  }
}
