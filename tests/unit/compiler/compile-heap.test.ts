import { describe, expect, it } from 'vitest';
import { heapToAsk } from '../../../src/compiler/compile-heap.ts';

describe('heapToAsk', () => {
  it("keeps V8's default heap for a compile that fits in it", () => {
    expect(heapToAsk(100_000, 4144, 24_000)).toBeNull();
  });

  it('leaves a small compile the heap it has, even a small one', () => {
    expect(heapToAsk(50_000, 512, 2048)).toBeNull();
    expect(heapToAsk(100_000, 512, 2048)).toBe(1536);
  });

  it('asks for about 14 KB a seed when the default falls short', () => {
    expect(heapToAsk(1_000_000, 4144, 24_000)).toBe(15_024);
    expect(heapToAsk(300_000, 4144, 24_000)).toBe(5224);
  });

  it('asks for at most three quarters of the memory, and nothing when that is no more than it has', () => {
    expect(heapToAsk(1_000_000, 4144, 8192)).toBe(6144);
    expect(heapToAsk(1_000_000, 4144, 4096)).toBeNull();
  });
});
