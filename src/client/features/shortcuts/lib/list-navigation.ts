/**
 * The entry `j` (step 1) or `k` (step -1) moves to, from `current` (-1 when focus is in no
 * entry) in a list of `count`. The first press starts at the top with `j` and at the bottom with
 * `k`; the ends hold rather than wrap, so holding a key down never jumps back to the start.
 * Returns -1 when the list is empty.
 */
export function stepIndex(current: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + step));
}
