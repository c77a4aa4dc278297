import { startTransition, useEffect, useState } from 'react';

/** Runs `work` when the browser is idle (soon, in browsers without idle callbacks). */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout keeps the runs coming on a page that is never idle (an animation, a video).
    const handle = window.requestIdleCallback(work, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/**
 * How many of `total` things to render: `first` at once, then `step` more each time the
 * browser is idle, until all are there. Each step renders in a transition, so a click or a
 * keystroke meanwhile is handled first. A huge article opens with its first screen instead of
 * after every paragraph has been built (46,000 took 5 s, issue #15).
 */
export function useProgressiveCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(() => Math.min(total, first));
  useEffect(() => {
    if (count >= total) return;
    return whenIdle(() => {
      startTransition(() => setCount((shown) => Math.min(total, shown + step)));
    });
  }, [count, total, step]);
  return count;
}
