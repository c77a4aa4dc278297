import { describe, expect, it } from 'vitest';
import { pairScores } from '../../../scripts/bench/pair-scores.ts';

describe('pairwise precision and recall of a grouping', () => {
  const truth = { a: 's1', b: 's1', c: 's1', d: 's2', e: 's3' } as Record<string, string>;
  const items = Object.keys(truth);

  it('counts the pairs put together that belong together', () => {
    // {a,b} and {c,d}: one right pair of two made; one of the three true pairs found.
    const made = { a: 'x', b: 'x', c: 'y', d: 'y', e: 'z' } as Record<string, string>;
    expect(
      pairScores(
        items,
        (i) => truth[i] ?? i,
        (i) => made[i] ?? i,
      ),
    ).toEqual({
      precision: 0.5,
      recall: 1 / 3,
      predicted: 2,
      correct: 1,
      truePairs: 3,
    });
  });

  it('gives 1 where there is nothing to judge', () => {
    const scores = pairScores(
      items,
      (i) => i,
      (i) => i,
    );
    expect([scores.precision, scores.recall]).toEqual([1, 1]);
  });
});
