/** A paragraph's box relative to the viewport, as `getBoundingClientRect` gives it. */
export interface ParagraphBox {
  top: number;
  bottom: number;
}

export type ReadingPosition = 'start' | 'finished' | number;

interface PositionOptions {
  /** The paragraph at the top of the screen last time: a scroll moves by a few, so look there. */
  hint?: number;
  /** False while paragraphs after `count` are still to be added: the end is not in view yet. */
  complete?: boolean;
  /**
   * Where the reading area starts, from the top of the viewport: below a sticky header, where
   * an element scrolled into view lands (the page's `scroll-padding-top`), 0 without one.
   */
  top?: number;
}

/**
 * Where the reader is: `start` before the second paragraph, `finished` once the end of the text
 * is on screen, else the index of the paragraph at the top of the reading area. Paragraphs rather than
 * pixels, so that a position survives a new font size or a narrower window. `atTop` is the
 * first paragraph whose bottom is below the top of the reading area, the hint for next time.
 *
 * Reads a few boxes, not all of them: the last one, then a search from the hint (a scroll frame
 * reads about four; a jump across 46,000 paragraphs about thirty). Reading every box each frame
 * took 260 ms on an article of 46,000 paragraphs (issue #15).
 */
export function readingPositionOf(
  count: number,
  boxOf: (index: number) => ParagraphBox,
  viewportHeight: number,
  { hint = 0, complete = true, top = 0 }: PositionOptions = {},
): { position: ReadingPosition; atTop: number } {
  if (count === 0) return { position: 'start', atTop: 0 };
  const atTop = firstBelow(count, (index) => boxOf(index).bottom > top, hint);
  if (complete && boxOf(count - 1).bottom <= viewportHeight) return { position: 'finished', atTop };
  return { position: atTop <= 0 ? 'start' : atTop, atTop };
}

/**
 * The first index in 0…count-1 where `below` holds (`count` when none does), for a `below` that
 * holds from some index on, as paragraph bottoms pass the top of the screen in document order.
 * Gallops from `hint` in steps that double, then halves the bracket: O(log d) reads for an
 * answer d away from the hint.
 */
export function firstBelow(count: number, below: (index: number) => boolean, hint: number): number {
  const from = Math.min(Math.max(Math.trunc(hint), 0), count - 1);
  // The answer lies in (lo, hi]: `below` is false at lo (or lo is -1), true at hi (or hi is count).
  let lo: number;
  let hi: number;
  if (below(from)) {
    hi = from;
    let step = 1;
    lo = hi - step;
    while (lo >= 0 && below(lo)) {
      hi = lo;
      step *= 2;
      lo = hi - step;
    }
    lo = Math.max(lo, -1);
  } else {
    lo = from;
    let step = 1;
    hi = lo + step;
    while (hi < count && !below(hi)) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    hi = Math.min(hi, count);
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (below(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
