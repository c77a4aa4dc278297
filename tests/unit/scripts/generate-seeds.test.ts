import { describe, expect, it } from 'vitest';
import { generateSeeds } from '../../support/generate-seeds.ts';

const dayOf = (url: string) => /[/t](\d{4})(\d{2})(\d{2})[/_]/.exec(url)?.slice(1).join('-');

describe('the seed generator', () => {
  it('goes on from an earlier batch with new names and addresses, dated where asked', () => {
    const earlier = [...generateSeeds(200, 1)];
    const later = [
      ...generateSeeds(200, 2, { first: 201, dates: { from: '2025-07-01', to: '2025-07-11' } }),
    ];

    expect(later[0]?.file).toBe('seed-000201.txt');
    expect(later.at(-1)?.file).toBe('seed-000400.txt');
    const earlierUrls = new Set(earlier.map((s) => s.url));
    expect(later.filter((s) => earlierUrls.has(s.url))).toEqual([]);
    const days = later.map((s) => dayOf(s.url));
    expect(
      days.every((day) => day !== undefined && day >= '2025-07-01' && day < '2025-07-11'),
    ).toBe(true);
    expect(earlier.every((s) => (dayOf(s.url) ?? '') < '2025-07-01')).toBe(true);
  });
});
