import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../src/client/features/bookmarks/lib/decode-text-file';

const TEXT = '{"format":"收藏"}';

/** `text` as UTF-16 code units in the given byte order, after a BOM when asked. */
function utf16(text: string, order: 'le' | 'be', { bom = true } = {}): Uint8Array {
  const units = bom ? `\uFEFF${text}` : text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), order === 'le');
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding an imported file', () => {
  it.each([
    ['UTF-8', utf8(TEXT)],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)])],
    ['UTF-16 little-endian with a byte order mark', utf16(TEXT, 'le')],
    ['UTF-16 big-endian with a byte order mark', utf16(TEXT, 'be')],
    ['UTF-16 little-endian without one', utf16(TEXT, 'le', { bom: false })],
    ['UTF-16 big-endian without one', utf16(TEXT, 'be', { bom: false })],
  ])('reads %s', (_, bytes) => {
    expect(decodeTextFile(bytes)).toEqual({ ok: true, text: TEXT });
  });

  it('says a binary file is not text', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0xff, 0xd8, 0x80]);
    expect(decodeTextFile(zip)).toEqual({
      ok: false,
      reason: '文件不是文本文件，不像是收藏文件。',
    });
  });

  it('says a text file in another encoding cannot be read, naming the ones it can', () => {
    // 收藏 in GBK: not valid UTF-8, and no zero bytes.
    const gbk = new Uint8Array([0x7b, 0x22, 0xca, 0xd5, 0xb2, 0xd8, 0x22, 0x7d]);
    expect(decodeTextFile(gbk)).toEqual({
      ok: false,
      reason: '文件的文字编码无法识别（收藏文件应为 UTF-8 或 UTF-16 编码）。',
    });
  });

  it('says an empty file is empty', () => {
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe]))).toEqual({
      ok: false,
      reason: '文件是空的。',
    });
  });
});
