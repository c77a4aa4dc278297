/**
 * The map's sequential colour scale: six steps, step 0 for no articles. Each theme has its own
 * ramp (light: pale to deep blue; dark: deep to pale, so that more is always more prominent), and
 * each step names the text colour drawn on it, chosen so that every label keeps a contrast of at
 * least 4.5:1 (tests/unit/client/stats/color-scale.test.ts checks every pair).
 */

export interface ScaleStep {
  background: string;
  text: string;
}

export const SCALE_STEPS = 6;

export const LIGHT_SCALE: readonly ScaleStep[] = [
  { background: '#efebe5', text: '#595550' },
  { background: '#deedf7', text: '#1d1b19' },
  { background: '#b3d5ec', text: '#1d1b19' },
  { background: '#72b1dc', text: '#1d1b19' },
  { background: '#2f73a8', text: '#ffffff' },
  { background: '#123f63', text: '#ffffff' },
];

export const DARK_SCALE: readonly ScaleStep[] = [
  { background: '#25221e', text: '#b4ada4' },
  { background: '#1b3244', text: '#ece7e0' },
  { background: '#245479', text: '#ffffff' },
  { background: '#4f95c6', text: '#0d0c0b' },
  { background: '#8cc3e8', text: '#0d0c0b' },
  { background: '#d2e9f8', text: '#0d0c0b' },
];

/**
 * The step of a count, on a log scale: counts of places are skewed (a few provinces hold most
 * news), and a linear scale would paint all but those the palest blue. 0 is step 0; the largest
 * count is the top step; any other count at least step 1.
 */
export function scaleStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const top = SCALE_STEPS - 1;
  const t = Math.log1p(count) / Math.log1p(max);
  return Math.min(top, Math.max(1, Math.ceil(t * top)));
}

/** The smallest count of each step above 0 (for the legend); a step no count reaches is left out. */
export function stepThresholds(max: number): { step: number; from: number }[] {
  const out: { step: number; from: number }[] = [];
  for (let step = 1; step < SCALE_STEPS; step++) {
    // The smallest count reaching `step`, by bisection over 1..max (scaleStep grows with count).
    let low = 1;
    let high = max;
    if (max < 1 || scaleStep(high, max) < step) continue;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (scaleStep(mid, max) >= step) high = mid;
      else low = mid + 1;
    }
    if (!out.some((o) => o.from === low)) out.push({ step: scaleStep(low, max), from: low });
  }
  return out;
}

/** The CSS custom properties a tile or swatch of a step reads (charts.css picks the theme's). */
export function stepStyle(step: number): Record<string, string> {
  const light = LIGHT_SCALE[step] ?? LIGHT_SCALE[0];
  const dark = DARK_SCALE[step] ?? DARK_SCALE[0];
  return {
    '--scale-bg': light?.background ?? '',
    '--scale-text': light?.text ?? '',
    '--scale-bg-dark': dark?.background ?? '',
    '--scale-text-dark': dark?.text ?? '',
  };
}
