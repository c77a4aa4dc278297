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

  it('breaks ties by nearness in date, then recency, and keeps at most the limit', () => {
    const related = relatedItems(
      [
        item('a', { topics: ['x'], date: '2024-06-01' }),
        item('far', { topics: ['x'], date: '2020-01-01' }),
        item('before', { topics: ['x'], date: '2024-05-02' }),
        item('after', { topics: ['x'], date: '2024-07-01' }),
        item('newest', { topics: ['x'], date: '2026-01-01' }),
        item('undated', { topics: ['x'], date: null }),
      ],
      2,
    );
    // 30 days each way: the newer first.
    expect(related.get('a')).toEqual(['after', 'before']);
    expect(related.get('undated')).toEqual(['newest', 'after']);
  });

  it('leaves an older article its related list when newer ones share its tags', () => {
    const older = Array.from({ length: 300 }, (_, i) =>
      item(`old-${i}`, {
        regions: ['500154'],
        topics: ['party'],
        date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    const newer = Array.from({ length: 50 }, (_, i) =>
      item(`new-${i}`, { regions: ['500154'], topics: ['party'], date: '2025-07-01' }),
    );
    const before = relatedItems(older, 5);
    const after = relatedItems([...older, ...newer], 5);
    const changed = older.filter(
      (o) => JSON.stringify(after.get(o.id)) !== JSON.stringify(before.get(o.id)),
    );
    // Only the articles of the last weeks of 2023, the nearest to the new ones.
    expect(changed.length).toBeLessThan(older.length / 10);
    expect(after.get('old-0')).toEqual(before.get('old-0'));
  });

  it('gives an item with no tags nothing', () => {
    expect(relatedItems([item('a'), item('b')], 5).get('a')).toEqual([]);
  });
});
