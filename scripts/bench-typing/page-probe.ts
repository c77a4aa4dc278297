/**
 * What the typing benchmark installs in the page before any of its scripts run, as source text
 * (a function would be rewritten by the TypeScript loader into code that needs its helpers).
 *
 * - Long tasks (over 50 ms) and slow input events (Event Timing, 16 ms and up), as the browser
 *   reports them.
 * - A frame loop that measures the longest gap between frames while typing, and notices the
 *   first frame in which the results for the text just typed are on screen.
 * - `arm(key, text)` before each keystroke: the keystroke's own event time (keydown,
 *   beforeinput or input, whichever comes first) starts the clock; the frame that shows results
 *   for `text`, then the one that shows their count, stop it.
 */
export const PAGE_PROBE = String.raw`(() => {
  const bench = (window.__typingBench = {
    longTasks: [],
    events: [],
    gaps: { on: false, last: 0, max: 0 },
    armed: null,
    results: {},
  });
  const observe = (type, options, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({
        type,
        buffered: true,
        ...options,
      });
    } catch {
      // Not supported by this browser: the measure stays empty.
    }
  };
  observe('longtask', {}, (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('event', { durationThreshold: 16 }, (e) =>
    bench.events.push({ name: e.name, start: e.startTime, duration: e.duration }),
  );
  const stamp = (event) => {
    const armed = bench.armed;
    if (armed && armed.start === null) armed.start = event.timeStamp;
  };
  for (const type of ['keydown', 'beforeinput', 'input']) addEventListener(type, stamp, true);

  const queryOf = (href) => new URLSearchParams((href || '').split('?')[1] || '').get('q');
  // Results for the text typed are on screen: the list is not marked busy, no result is still
  // loading, and the results' titles link to the query (or say that nothing was found for it).
  // Titles come with the hits (format 3); a snippet may still wait for its item file.
  const shown = (text) => {
    const section = document.querySelector('section.search-results');
    if (!section || section.getAttribute('aria-busy') !== 'false') return false;
    if (section.querySelector('.search-result--loading')) return false;
    const first = section.querySelector('.search-results__list a.item-list__title');
    if (first) return (queryOf(first.getAttribute('href')) || '') === text;
    const none = section.querySelector('.no-results__title');
    return none !== null && none.textContent.includes(text ? '“' + text + '”' : '没有找到结果');
  };
  const counted = (text) =>
    shown(text) &&
    /找到 \d+ 条结果|共 \d+ 条|没有找到结果/.test(
      document.querySelector('.search-results__status')?.textContent || '',
    );

  const frame = () => {
    const now = performance.now();
    const gaps = bench.gaps;
    if (gaps.on) {
      if (gaps.last) gaps.max = Math.max(gaps.max, now - gaps.last);
      gaps.last = now;
    }
    const armed = bench.armed;
    if (armed && armed.start !== null) {
      if (armed.visible === null && shown(armed.text)) armed.visible = now;
      if (armed.visible !== null && armed.counted === null && counted(armed.text)) armed.counted = now;
      bench.results[armed.key] = { start: armed.start, visible: armed.visible, counted: armed.counted };
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  bench.arm = (key, text) => {
    bench.armed = { key, text, start: null, visible: null, counted: null };
  };
  bench.measureGaps = (on) => {
    bench.gaps.on = on;
    bench.gaps.last = 0;
  };
})();`;

/** Removes `Worker`, so the app falls back to searching on the page's own thread. */
export const NO_WORKER = `Object.defineProperty(window, 'Worker', { value: undefined, configurable: true });`;

/** What the probe holds, read back after a run. */
export interface ProbeState {
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number }[];
  gaps: { max: number };
  results: Record<string, { start: number; visible: number | null; counted: number | null }>;
}
