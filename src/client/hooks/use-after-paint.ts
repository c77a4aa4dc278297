import { useEffect, useState } from 'react';

/**
 * False until the first frame with the component on screen has been painted. Work the frame does
 * not need waits for it: a page of 20 search results starts 20 item fetches, and starting them in
 * the commit that shows the results delayed that paint by about 15 ms a keystroke.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The callback runs before the frame is painted; the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
