import { describe, expect, it } from 'vitest';
import { generateSeeds } from '../../../support/generate-seeds.ts';

describe('the generator of planted reposts', () => {
  const plain = [...generateSeeds(300, 5)];
  const planted = [...generateSeeds(300, 5, { reposts: 0.3 })];

  it('leaves the seeds it does not plant exactly as they are without planting', () => {
    const unplanted = planted.filter(
      (s, i) => s.story === `story-${i + 1}` && s.url === plain[i]?.url,
    );
    expect(unplanted.length).toBeGreaterThan(150);
    for (const seed of unplanted) {
      expect(seed.text).toBe(plain.find((p) => p.file === seed.file)?.text);
    }
  });

  it('plants copies of earlier stories under other addresses, with their story as the truth', () => {
    const byStory = new Map<string, number>();
    for (const seed of planted) byStory.set(seed.story, (byStory.get(seed.story) ?? 0) + 1);
    const copied = [...byStory.values()].filter((n) => n > 1);
    expect(copied.length).toBeGreaterThan(20);
    expect(new Set(planted.map((s) => s.url)).size).toBe(planted.length);
    expect(plain.every((s, i) => s.story === `story-${i + 1}`)).toBe(true);
  });

  it('is deterministic', () => {
    expect([...generateSeeds(300, 5, { reposts: 0.3 })]).toEqual(planted);
  });
});
