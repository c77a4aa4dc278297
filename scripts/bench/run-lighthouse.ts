import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, QUIET_FLAGS } from '../../tests/e2e/support/browser.ts';

export interface LighthouseResult {
  url: string;
  /** Category scores on Lighthouse's 0–100 scale. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Audits that did not pass, for the reader of the table to act on. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// The browser tests' quiet flags; Lighthouse supplies its own profile.
const FLAGS = ['--headless=new', ...QUIET_FLAGS];

/**
 * One Lighthouse run with its default mobile emulation (Moto G Power, simulated slow 4G and a
 * 4× slower CPU) against `url`, driving the same Chromium the browser tests use.
 */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      fcpMs: value('first-contentful-paint'),
      failing: Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'),
        )
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    };
  } finally {
    chrome.kill();
  }
}
