/** The text of a chosen file, or why it is not text a bookmark file can be. */
export type DecodedTextFile = { ok: true; text: string } | { ok: false; reason: string };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Decodes an imported file by its byte order mark: editors on Windows save "Unicode" text as
 * UTF-16 with a BOM, and reading that as UTF-8 made a good file look like broken JSON. Without a
 * BOM the file is UTF-8, or UTF-16 when its first character (a bookmark file opens with `{` or a
 * blank, both ASCII) has a zero byte beside it. Bytes that are none of these are not a bookmark
 * file, and the reason says so rather than blaming the JSON.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedTextFile {
  const { encoding, skip } = detectEncoding(bytes);
  let text: string;
  try {
    // `ignoreBOM` keeps the decoder from eating a second BOM after the one skipped here.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return {
      ok: false,
      reason: looksBinary(bytes)
        ? '文件不是文本文件，不像是收藏文件。'
        : '文件的文字编码无法识别（收藏文件应为 UTF-8 或 UTF-16 编码）。',
    };
  }
  // Valid UTF-8 can still be binary: NUL never occurs in JSON text.
  if (text.includes('\u0000')) return { ok: false, reason: '文件不是文本文件，不像是收藏文件。' };
  if (text.trim() === '') return { ok: false, reason: '文件是空的。' };
  return { ok: true, text };
}

function detectEncoding(bytes: Uint8Array): { encoding: Encoding; skip: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (bytes.length >= 2 && bytes.length % 2 === 0) {
    if (b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', skip: 0 };
    if (b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', skip: 0 };
  }
  return { encoding: 'utf-8', skip: 0 };
}

/** NUL bytes in the first kilobyte: images, archives, office documents. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 1024).includes(0);
}
