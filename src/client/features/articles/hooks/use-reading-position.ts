import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { readingPositionOf, type ReadingPosition } from '../lib/reading-position';
import { useReadingStore } from '../../reading-state';

/** Writing on every scroll frame would be wasteful; this is soon enough to survive a closed tab. */
const SAVE_DELAY_MS = 500;

/** The paragraphs on the page so far: a long article adds them in runs after the first screen. */
export interface ShownParagraphs {
  /** Paragraph elements by index, `shown` of them so far. */
  elements: (HTMLElement | null)[];
  shown: number;
  total: number;
}

/** Where the article should open: the paragraph saved last time, if the article still has it. */
export function useResumeParagraph(id: string, total: number): number | null {
  const store = useReadingStore();
  const [resumeAt] = useState<number | null>(() => {
    const saved = store.getSnapshot().value.positions[id];
    return saved && saved.paragraph < total ? saved.paragraph : null;
  });
  return resumeAt;
}

/**
 * Remembers which paragraph of an article the reader has reached and, when the article is
 * opened again, where to resume. The saved position is read once, when the article opens,
 * so that reading on does not move the "上次读到这里" mark. Each scroll frame reads a few
 * paragraph boxes near the last position, not all of them (`readingPositionOf`).
 */
export function useReadingPosition(
  id: string,
  paragraphs: RefObject<ShownParagraphs>,
  initialResumeAt: number | null,
) {
  const store = useReadingStore();
  const [resumeAt, setResumeAt] = useState(initialResumeAt);
  const markerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    markerRef.current?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: ReadingPosition | null = null;
    let hint = initialResumeAt ?? 0;

    const save = () => {
      clearTimeout(timer);
      if (pending === null) return;
      if (typeof pending === 'number') store.savePosition(id, pending);
      else store.clearPosition(id);
      pending = null;
    };
    // Measured while the article is on screen; by the time an unmount cleanup runs, it is not.
    const measure = () => {
      frame = 0;
      const { elements, shown, total } = paragraphs.current;
      const boxOf = (index: number) =>
        elements[index]?.getBoundingClientRect() ?? { top: 0, bottom: 0 };
      const found = readingPositionOf(shown, boxOf, window.innerHeight, {
        hint,
        complete: shown === total,
        top: readingAreaTop(),
      });
      hint = found.atTop;
      pending = found.position;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };

    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      cancelAnimationFrame(frame);
      save();
    };
  }, [store, id, paragraphs, initialResumeAt]);

  /** Forgets the position and goes back to the top of the page. */
  const startOver = useCallback(() => {
    store.clearPosition(id);
    setResumeAt(null);
    window.scrollTo({ top: 0 });
  }, [store, id]);

  return { resumeAt, markerRef, startOver };
}

/**
 * Where the reading area starts: the page's `scroll-padding-top`, which keeps what is scrolled
 * into view (the 上次读到这里 mark among it) clear of a sticky header. Measuring from the same
 * line as the mark is placed at makes a saved place reopen where it was read.
 */
function readingAreaTop(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}
