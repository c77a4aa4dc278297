/** A paragraph's box relative to the viewport, as `getBoundingClientRect` gives it. */
export interface ParagraphBox {
  top: number;
  bottom: number;
}

/**
 * Where the reader is: `start` before the second paragraph, `finished` once the end of the text
 * is on screen, else the index of the paragraph at the top of the screen. Paragraphs rather than
 * pixels, so that a position survives a new font size or a narrower window.
 */
export function readingPositionOf(
  boxes: readonly ParagraphBox[],
  viewportHeight: number,
): 'start' | 'finished' | number {
  const last = boxes.at(-1);
  if (!last) return 'start';
  if (last.bottom <= viewportHeight) return 'finished';
  const atTop = boxes.findIndex((box) => box.bottom > 0);
  return atTop <= 0 ? 'start' : atTop;
}
