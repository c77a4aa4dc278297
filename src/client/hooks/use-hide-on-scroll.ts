import { useEffect, useState } from 'react';

/** Scrolling less than this either way is a hand resting on the screen, not a direction. */
const JITTER_PX = 8;

/**
 * Whether a bar should step aside: true after scrolling down past `offset`, false again on any
 * scroll up, as phone news apps do with their headers. One read of `scrollY` per frame at most.
 */
export function useHideOnScroll(offset: number): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    let last = window.scrollY;
    let frame = 0;
    const update = () => {
      frame = 0;
      const y = window.scrollY;
      if (y <= offset) setHidden(false);
      else if (y > last + JITTER_PX) setHidden(true);
      else if (y < last - JITTER_PX) setHidden(false);
      else return;
      last = y;
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [offset]);
  return hidden;
}
