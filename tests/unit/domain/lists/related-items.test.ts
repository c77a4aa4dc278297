import { describe, expect, it } from 'vitest';
import { relatedItems, type RelatedFacts } from '../../../../src/domain/lists/related-items.ts';

const item = (id: string, overrides: Partial<RelatedFacts> = {}): RelatedFacts => ({
  id,
  date: '2024-01-01',
  regions: [],
  topics: [],
  ...overrides,
});

describe('related articles', () => {
  it('prefers a shared place to a shared topic, and never lists the item itself', () => {
    const related = relatedItems(
      [
        item('kaizhou-party', { regions: ['500154'], topics: ['party'] }),
        item('kaizhou-sport', { regions: ['500154'], topics: ['sport'] }),
        item('guangxi-party', { regions: ['45'], topics: ['party'] }),
        item('unrelated', { regions: ['11'], topics: ['sport'] }),
      ],
      5,
    );
    expect(related.get('kaizhou-party')).toEqual(['kaizhou-sport', 'guangxi-party']);
  });

  it('breaks ties by recency and keeps at most the limit', () => {
    const related = relatedItems(
      [
        item('a', { topics: ['x'] }),
        item('old', { topics: ['x'], date: '2020-01-01' }),
        item('new', { topics: ['x'], date: '2025-01-01' }),
        item('mid', { topics: ['x'], date: '2023-01-01' }),
      ],
      2,
    );
    expect(related.get('a')).toEqual(['new', 'mid']);
  });

  it('gives an item with no tags nothing', () => {
    expect(relatedItems([item('a'), item('b')], 5).get('a')).toEqual([]);
  });
});
