import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../src/compiler/decode-seed.ts';
import { random } from '../../support/random.ts';

const gbk = (...bytes: number[]) => new Uint8Array(bytes);
// 标题\n正文 in GB18030.
const GB_TEXT = [0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0xd5, 0xfd, 0xce, 0xc4];

describe('decoding seed bytes', () => {
  it('refuses random bytes with no NUL among them, which GB18030 would decode to garbage', () => {
    const rand = random(7);
    const bytes = Uint8Array.from({ length: 4096 }, () => 1 + Math.floor(rand() * 255));
    expect(decodeSeed(bytes)).toEqual({
      error: expect.stringMatching(/^The file is not UTF-8 or GB18030 text \(\d+ % of it/),
    });
  });

  it('keeps a GB18030 page with a stray bad byte', () => {
    const page = Array.from({ length: 40 }, () => GB_TEXT).flat();
    const decoded = decodeSeed(gbk(...page, 0x81, 0x0a, ...GB_TEXT));
    expect(decoded).toEqual({ text: expect.stringContaining('标题\n正文') });
  });

  it('refuses UTF-8 that is mostly control characters', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x41));
    expect(decodeSeed(bytes)).toEqual({
      error: expect.stringMatching(/^The file is not UTF-8 text/),
    });
  });
});
