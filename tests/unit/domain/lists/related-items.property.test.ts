import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedItems, type RelatedFacts } from '../../../../src/domain/lists/related-items.ts';
import { relatedItems as relatedItemsV1 } from '../../../support/reference/related-items-v1.ts';

// Few ids, tags and dates, so that ties, shared ids and tags over the candidate cap all occur.
const facts = fc.record({
  id: fc
    .constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''))
    .chain((c) => fc.constantFrom(c, `${c}${c}`, `${c}1`)),
  date: fc.option(fc.constantFrom('2023-01-01', '2024-05-06', '2024-05-07'), { nil: null }),
  regions: fc.array(fc.constantFrom('11', '50', '500154', '45'), { maxLength: 3 }),
  topics: fc.array(fc.constantFrom('party', 'sport', 'myopia'), { maxLength: 3 }),
}) satisfies fc.Arbitrary<RelatedFacts>;

describe('related articles at scale', () => {
  it('chooses exactly what sorting every candidate chose', () => {
    fc.assert(
      fc.property(
        fc.array(facts, { maxLength: 60 }),
        fc.integer({ min: 0, max: 7 }),
        (items, limit) => {
          expect(relatedItems(items, limit)).toEqual(relatedItemsV1(items, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('chooses exactly what sorting chose when tags hold more than the candidate cap', () => {
    const items: RelatedFacts[] = Array.from({ length: 700 }, (_, i) => ({
      id: `item-${i % 650}`,
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      regions: i % 3 === 0 ? ['50'] : ['50', '500154'],
      topics: i % 5 === 0 ? [] : ['party'],
    }));
    expect(relatedItems(items, 5)).toEqual(relatedItemsV1(items, 5));
  });
});
