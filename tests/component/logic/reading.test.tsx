import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countReadingChars,
  estimateReadingMinutes,
} from '../../../src/client/features/articles/lib/reading-time';
import {
  firstBelow,
  readingPositionOf,
  type ParagraphBox,
} from '../../../src/client/features/articles/lib/reading-position';
import {
  decodeReadingState,
  EMPTY_READING_STATE,
  POSITIONS_LIMIT,
  VISITED_LIMIT,
  withPosition,
  withoutPosition,
  withVisited,
} from '../../../src/client/features/reading-state/lib/reading-state';

describe('estimating reading time', () => {
  it('counts every character but white space, Chinese punctuation included', () => {
    expect(countReadingChars(['开州区教育系统，严格落实。', ' Hello  世界 '])).toBe(13 + 7);
  });

  it('counts a character outside the basic plane once', () => {
    expect(countReadingChars(['𠀀字'])).toBe(2);
  });

  it('reads about 400 characters a minute, and never less than a minute for any text', () => {
    expect(estimateReadingMinutes(0)).toBe(0);
    expect(estimateReadingMinutes(30)).toBe(1);
    expect(estimateReadingMinutes(1600)).toBe(4);
    expect(estimateReadingMinutes(1799)).toBe(4);
    expect(estimateReadingMinutes(1800)).toBe(5);
  });
});

describe('finding where the reader is in an article', () => {
  const box = (top: number, bottom: number) => ({ top, bottom });
  const at = (boxes: ParagraphBox[], viewportHeight: number, hint = 0) =>
    readingPositionOf(boxes.length, (index) => boxes[index] as ParagraphBox, viewportHeight, {
      hint,
    }).position;

  it('is at the start while the first paragraph is still on screen', () => {
    expect(at([box(100, 400), box(420, 900), box(920, 2000)], 800)).toBe('start');
    expect(at([box(-200, 100), box(120, 900), box(920, 2000)], 800)).toBe('start');
  });

  it('is at the paragraph that reaches the top of the screen', () => {
    expect(at([box(-600, -300), box(-280, 200), box(220, 2000)], 800)).toBe(1);
    expect(at([box(-900, -600), box(-580, -10), box(10, 2000)], 800, 2)).toBe(2);
  });

  it('counts from where the reading area starts, below a sticky header', () => {
    const boxes = [box(-600, -300), box(-280, 100), box(120, 2000)];
    const found = readingPositionOf(3, (index) => boxes[index] as ParagraphBox, 800, { top: 120 });
    expect(found.position).toBe(2);
  });

  it('has finished once the end of the text is on screen', () => {
    expect(at([box(-900, -600), box(-580, 700)], 800)).toBe('finished');
  });

  it('has not finished while paragraphs after the last one shown are still to come', () => {
    const boxes = [box(-900, -600), box(-580, 700)];
    const found = readingPositionOf(2, (index) => boxes[index] as ParagraphBox, 800, {
      complete: false,
    });
    expect(found.position).toBe(1);
  });

  it('is at the start of an article with no paragraphs', () => {
    expect(at([], 800)).toBe('start');
  });

  it('reads a handful of boxes near where the reader was, not every paragraph', () => {
    const boxes = Array.from({ length: 46_000 }, (_, i) => box(i * 30 - 600_000, i * 30 - 599_975));
    let reads = 0;
    const boxOf = (index: number) => {
      reads++;
      return boxes[index] as ParagraphBox;
    };

    const jump = readingPositionOf(boxes.length, boxOf, 800, { hint: 0 });
    expect(jump.position).toBe(20_000);
    expect(reads).toBeLessThanOrEqual(2 * Math.log2(boxes.length) + 2);

    reads = 0;
    readingPositionOf(boxes.length, boxOf, 800, { hint: jump.atTop - 20 });
    expect(reads).toBeLessThanOrEqual(2 * Math.log2(20) + 3);
  });

  it('finds the same paragraph as looking at every one in turn, from any hint', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: -5, max: 305 }),
        (count, cut, hint) => {
          const below = (index: number) => index >= cut;
          const reference = Array.from({ length: count }, (_, i) => below(i)).indexOf(true);
          expect(firstBelow(count, below, hint)).toBe(reference === -1 ? count : reference);
        },
      ),
    );
  });
});

describe('the reading state', () => {
  it('forgets the oldest visits beyond its limit', () => {
    const full = Object.fromEntries(Array.from({ length: VISITED_LIMIT }, (_, i) => [`id${i}`, i]));
    const state = withVisited(
      { ...EMPTY_READING_STATE, visited: full },
      `id${VISITED_LIMIT}`,
      VISITED_LIMIT,
    );

    expect(Object.keys(state.visited)).toHaveLength(VISITED_LIMIT);
    expect(state.visited.id0).toBeUndefined();
    expect(state.visited[`id${VISITED_LIMIT}`]).toBe(VISITED_LIMIT);
  });

  it('keeps one position per article, forgetting the oldest beyond its limit', () => {
    let state = EMPTY_READING_STATE;
    for (let i = 0; i <= POSITIONS_LIMIT; i++) state = withPosition(state, `id${i}`, 2, i);
    state = withPosition(state, 'id5', 3, 10_000);

    expect(Object.keys(state.positions)).toHaveLength(POSITIONS_LIMIT);
    expect(state.positions.id0).toBeUndefined();
    expect(state.positions.id5).toEqual({ paragraph: 3, savedAt: 10_000 });
    expect(withoutPosition(state, 'id5').positions.id5).toBeUndefined();
  });

  it('drops stored entries that do not check out and keeps the rest', () => {
    const decoded = decodeReadingState({
      visited: { a: 1, b: 'yesterday' },
      positions: { a: { paragraph: 2, savedAt: 5 }, b: { paragraph: -1, savedAt: 5 }, c: 7 },
    });

    expect(decoded?.value).toEqual({
      visited: { a: 1 },
      positions: { a: { paragraph: 2, savedAt: 5 } },
    });
  });
});
