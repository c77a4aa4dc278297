import { useEffect, useRef, type RefObject } from 'react';
import type { TextRange } from '../../../../domain/search/query/match-ranges';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import type { SpokenPlace } from '../../listen';

/**
 * A paragraph (or the title) with the sentence being read aloud set apart, as text: the search
 * marks of the parts before, in and after it stay.
 */
export function SpokenText({
  text,
  ranges,
  spoken,
  spokenRef,
}: {
  text: string;
  ranges?: readonly TextRange[] | undefined;
  spoken: Pick<SpokenPlace, 'start' | 'end'>;
  spokenRef?: RefObject<HTMLSpanElement | null>;
}) {
  const part = (from: number, to: number) => (
    <HighlightedText text={text.slice(from, to)} ranges={shift(ranges, from, to)} />
  );
  return (
    <>
      {part(0, spoken.start)}
      <span className="spoken-sentence" data-spoken-sentence="" ref={spokenRef}>
        {part(spoken.start, spoken.end)}
      </span>
      {part(spoken.end, text.length)}
    </>
  );
}

/** The ranges inside `[from, to)`, counted from `from`. */
function shift(
  ranges: readonly TextRange[] | undefined,
  from: number,
  to: number,
): TextRange[] | undefined {
  if (!ranges) return undefined;
  return ranges
    .filter((range) => range.end > from && range.start < to)
    .map((range) => ({
      start: Math.max(range.start, from) - from,
      end: Math.min(range.end, to) - from,
    }));
}

/**
 * Scrolls the sentence being read into view when it moves out of the reading area, at once
 * where the reader asked for reduced motion, smoothly otherwise.
 */
export function useKeepInView(spoken: SpokenPlace | null) {
  const ref = useRef<HTMLSpanElement>(null);
  const key = spoken ? `${spoken.paragraph}:${spoken.start}` : null;
  useEffect(() => {
    const element = ref.current;
    if (key === null || !element) return;
    const box = element.getBoundingClientRect();
    const height = window.innerHeight;
    // The player and the phone's action bar cover the lower part of the window.
    if (box.top >= height * 0.1 && box.bottom <= height * 0.6) return;
    const reduce =
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [key]);
  return ref;
}
