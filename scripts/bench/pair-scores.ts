/** Pairwise precision and recall of a grouping against the true one. */
export interface PairScores {
  precision: number;
  recall: number;
  /** Pairs the grouping put together. */
  predicted: number;
  /** Of those, pairs that belong together. */
  correct: number;
  /** Pairs that belong together. */
  truePairs: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Scores the grouping `predicted` gives `items` against the one `truth` gives, counting pairs:
 * precision is the share of pairs put together that belong together, recall the share of pairs
 * that belong together that were put together. With no pairs to judge, a score is 1.
 */
export function pairScores<T>(
  items: readonly T[],
  truth: (item: T) => string,
  predicted: (item: T) => string,
): PairScores {
  const count = (keys: string[]) => {
    const sizes = new Map<string, number>();
    for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
    let total = 0;
    for (const size of sizes.values()) total += pairs(size);
    return total;
  };
  const truePairs = count(items.map(truth));
  const made = count(items.map(predicted));
  // A pair is right when it shares both groups: count pairs within each (true, predicted) cell.
  const correct = count(items.map((item) => `${truth(item)}\u0000${predicted(item)}`));
  return {
    precision: made === 0 ? 1 : correct / made,
    recall: truePairs === 0 ? 1 : correct / truePairs,
    predicted: made,
    correct,
    truePairs,
  };
}
