import { lazy, Suspense, useEffect, useRef, useState } from 'react';

const HomeTimeline = lazy(() =>
  import('../../features/stats/components/home-timeline').then((m) => ({
    default: m.HomeTimeline,
  })),
);

/** How far below the screen the timeline starts loading, so it is there when scrolled to. */
const AHEAD = '300px';

/**
 * Where the home page's timeline goes, below the lists. Its code and data load only once the
 * reader scrolls near it, so the first screen's lists cost nothing more (the home route's
 * JavaScript budget, tests/e2e/budgets.test.ts). A browser without IntersectionObserver shows
 * no timeline: it is extra, and the search's date filter says the same.
 */
export function HomeTimelineSlot() {
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const node = slot.current;
    if (near || !node || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={slot} className="home-timeline-slot">
      {near && (
        <Suspense fallback={null}>
          <HomeTimeline />
        </Suspense>
      )}
    </div>
  );
}
