/** One line of `npm run bench`'s table; the sub-benchmarks write theirs as JSON in this shape. */
export interface BenchRow {
  measure: string;
  value: string;
  target: string;
  peer: string;
  ratio: string;
}
