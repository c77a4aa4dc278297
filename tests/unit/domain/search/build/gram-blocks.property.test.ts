import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gramBlocks, gramOf } from '../../../../../src/domain/search/build/gram-blocks.ts';
import * as v1 from '../../../../support/reference/gram-blocks-v1.ts';

// Few distinct units, so that grams repeat within and across documents; line breaks (which no
// gram spans), an astral character's halves, the highest and lowest units.
const unit = fc.constantFrom('教', '育', '开', '州', 'a', '\n', '𠀀', '\uffff', '\u0000', ' ');
const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));

describe('gram blocks gathered in typed arrays', () => {
  it('are those the blocks of a Map of arrays per gram were, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.nat(100_000), (texts, from) => {
        expect(gramBlocks(texts, from)).toEqual(v1.gramBlocks(texts, from));
      }),
      { numRuns: 300 },
    );
  });

  it('hold as many pairs as a large run has, past every table size they start with', () => {
    // Units drawn from 3,000 by a fixed generator: some 20,000 distinct pairs, many repeated.
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647) % 3000;
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 60 }, () => String.fromCharCode(0x4e00 + next())).join(''),
    );
    const blocks = gramBlocks(texts, 8192);
    expect(blocks).toEqual(v1.gramBlocks(texts, 8192));
    expect(blocks.keys.length).toBeGreaterThan(20_000);
    expect(gramOf(blocks.keys.at(-1) ?? 0)).toHaveLength(2);
  });
});
