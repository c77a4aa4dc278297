import { describe, expect, it } from 'vitest';
import {
  DARK_SCALE,
  LIGHT_SCALE,
  SCALE_STEPS,
  scaleStep,
  stepThresholds,
} from '../../../../src/client/features/stats/lib/color-scale.ts';

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const lightness = (hex: string) =>
  [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);

describe('the map’s colour scale', () => {
  it('keeps every label at 4.5:1 or more on its step, in light and in dark', () => {
    for (const [theme, scale] of [
      ['light', LIGHT_SCALE],
      ['dark', DARK_SCALE],
    ] as const) {
      expect(scale).toHaveLength(SCALE_STEPS);
      scale.forEach((step, i) => {
        expect(
          contrastRatio(step.background, step.text),
          `${theme} step ${i}`,
        ).toBeGreaterThanOrEqual(4.5);
      });
    }
  });

  it('runs one way: darker with more in light, lighter with more in dark', () => {
    const counted = (scale: typeof LIGHT_SCALE) =>
      scale.slice(1).map((s) => lightness(s.background));
    const light = counted(LIGHT_SCALE);
    const dark = counted(DARK_SCALE);
    expect(light).toEqual([...light].sort((a, b) => b - a));
    expect(dark).toEqual([...dark].sort((a, b) => a - b));
  });

  it('gives 0 the empty step, the largest count the top step, and grows with the count', () => {
    expect(scaleStep(0, 500)).toBe(0);
    expect(scaleStep(1, 500)).toBe(1);
    expect(scaleStep(500, 500)).toBe(SCALE_STEPS - 1);
    expect(scaleStep(1, 1)).toBe(SCALE_STEPS - 1);
    let last = 0;
    for (let n = 1; n <= 500; n++) {
      const step = scaleStep(n, 500);
      expect(step).toBeGreaterThanOrEqual(last);
      last = step;
    }
  });

  it('names the smallest count of each step for the legend', () => {
    const thresholds = stepThresholds(500);
    expect(thresholds[0]).toEqual({ step: 1, from: 1 });
    for (const { step, from } of thresholds) {
      expect(scaleStep(from, 500)).toBe(step);
      expect(scaleStep(from - 1, 500)).toBeLessThan(step);
    }
    expect(stepThresholds(1)).toEqual([{ step: SCALE_STEPS - 1, from: 1 }]);
  });
});
