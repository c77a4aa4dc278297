import { useEffect, useRef, useState, type RefObject } from 'react';
import { readingPositionOf } from '../lib/reading-position';
import { useReadingStore } from '../../reading-state';

/** Marks the paragraphs whose positions are tracked. */
export const PARAGRAPH_SELECTOR = '[data-paragraph]';

/** Writing on every scroll frame would be wasteful; this is soon enough to survive a closed tab. */
const SAVE_DELAY_MS = 500;

/**
 * Remembers which paragraph of an article the reader has reached and, when the article is
 * opened again, where to resume. The saved position is read once, when the article opens,
 * so that reading on does not move the "上次读到这里" mark.
 */
export function useReadingPosition(
  id: string,
  bodyRef: RefObject<HTMLElement | null>,
  paragraphs: number,
) {
  const store = useReadingStore();
  const [resumeAt, setResumeAt] = useState<number | null>(() => {
    const saved = store.getSnapshot().value.positions[id];
    return saved && saved.paragraph < paragraphs ? saved.paragraph : null;
  });
  const markerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    markerRef.current?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: ReturnType<typeof readingPositionOf> | null = null;

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
      const body = bodyRef.current;
      if (!body) return;
      const boxes = [...body.querySelectorAll(PARAGRAPH_SELECTOR)].map((p) =>
        p.getBoundingClientRect(),
      );
      pending = readingPositionOf(boxes, window.innerHeight);
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
  }, [store, id, bodyRef]);

  /** Forgets the position and goes back to the top of the page. */
  const startOver = () => {
    store.clearPosition(id);
    setResumeAt(null);
    window.scrollTo({ top: 0 });
  };

  return { resumeAt, markerRef, startOver };
}
