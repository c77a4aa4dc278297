/** Milliseconds spent in each step after reading the seeds, for the benchmark and the dev log. */
export interface CompileTimings {
  link: number;
  /** Grouping reposts into stories. */
  stories: number;
  /**
   * Tagging the teasers new to this compile and counting their keywords, from the end of
   * linking: on workers it runs beside the stories.
   */
  tagTeasers: number;
  /** Ranking keywords across the corpus, once every item's words are counted. */
  keywords: number;
  /** Rankings, related items and the manifest; items are made as they are written. */
  layout: number;
  /** The search index, from the start of its build: it runs beside the layout and the writes. */
  index: number;
}

/** Runs one step of a compile and records how long it took under its name. */
export type TimedStep = <T>(step: keyof CompileTimings, run: () => T) => T;

/**
 * A fresh set of timings and the wrapper that fills them, so that the compile's steps read as
 * what they do. A step that gives a promise is timed until the promise settles: the index, built
 * on workers, ends after the compile has handed its result over, and fills its entry then.
 */
export function compileTimer(): { timings: CompileTimings; timed: TimedStep } {
  const timings: CompileTimings = {
    link: 0,
    stories: 0,
    tagTeasers: 0,
    keywords: 0,
    layout: 0,
    index: 0,
  };
  const timed: TimedStep = (step, run) => {
    const started = performance.now();
    const stop = () => {
      timings[step] = performance.now() - started;
    };
    const result = run();
    if (result instanceof Promise) result.then(stop, () => {});
    else stop();
    return result;
  };
  return { timings, timed };
}
