import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys.ts';
import { builtItemIds, openRoute, openSite, type Site } from './support/site.ts';

// 长辈模式 against the measurable items of the MIIT 适老化 specification for websites, with the
// thresholds issue #19 sets (docs/share-print.md lists them).
const MIN_TEXT_PX = 18;
const MIN_LEADING = 1.8;
const MIN_TARGET_PX = 48;
const MIN_FOCUS_RING_PX = 4;

let site: Site;
let page: Page;
let articleId: string;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage(await site.browser.newContext());
  ({ articleId } = await builtItemIds());
});

afterAll(async () => {
  await site.close();
});

async function settings(value: object) {
  await page.evaluate(([key, json]) => localStorage.setItem(key, json), [
    STORAGE_KEYS.settings,
    JSON.stringify(value),
  ] as const);
}

/** Visible controls smaller than 48 x 48 CSS px, as `tag.class "name" w x h`. */
function smallTargets(): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=radio]), select, textarea, summary, [role=switch], .segmented__option',
    );
    const small: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const style = getComputedStyle(control);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      // A visually hidden control (1 px, clipped) is for screen readers, not fingers.
      if (control.closest('.visually-hidden')) continue;
      // A checkbox sits inside its label, which is the target a finger presses.
      const target = control.matches('input[type=checkbox]') ? control.closest('label') : control;
      const rect = (target ?? control).getBoundingClientRect();
      if (rect.width < min - 0.5 || rect.height < min - 0.5) {
        const name = (control.textContent || control.getAttribute('aria-label') || '').trim();
        small.push(
          `${control.tagName.toLowerCase()}.${control.className} "${name.slice(0, 20)}" ${Math.round(rect.width)}x${Math.round(rect.height)}`,
        );
      }
    }
    return small;
  }, MIN_TARGET_PX);
}

/** Elements that still animate or transition. */
function moving(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const transitions = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        return transitions || style.animationName !== 'none';
      })
      .map(
        (element) => `${element.tagName.toLowerCase()}.${String(element.getAttribute('class'))}`,
      ),
  );
}

async function axe(tags: string[]): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

describe('长辈模式', () => {
  it('is one switch in 阅读设置, remembered across visits', async () => {
    await page.goto(site.url);
    await settings({ fontSize: 'medium', theme: 'light' });
    await page.reload();
    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('switch', { name: '长辈模式' }).check();
    await expect
      .poll(() => page.evaluate(() => 'elder' in document.documentElement.dataset))
      .toBe(true);
    await page.reload();
    await page.getByRole('button', { name: '阅读设置' }).waitFor();
    expect(await page.evaluate(() => 'elder' in document.documentElement.dataset)).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets the measurable items on the home page and an article (${theme})`, async () => {
      await page.goto(site.url);
      await settings({ fontSize: 'medium', theme, elder: true });
      for (const route of ['/', `/article/${articleId}`]) {
        await openRoute(page, site, route);
        await page.reload();
        await page.locator('main[aria-busy="false"] h1').first().waitFor();
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
          .toBe(theme);

        if (route !== '/') {
          // Body text at default zoom, and its line spacing.
          const text = await page
            .locator('.article__body p')
            .first()
            .evaluate((p) => {
              const style = getComputedStyle(p);
              return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) };
            });
          expect(text.size, 'body text px').toBeGreaterThanOrEqual(MIN_TEXT_PX);
          expect(text.leading / text.size, 'line spacing').toBeGreaterThanOrEqual(MIN_LEADING);
        }
        const listText = await page.evaluate(
          () =>
            parseFloat(getComputedStyle(document.body).lineHeight) /
            parseFloat(getComputedStyle(document.body).fontSize),
        );
        expect(listText, 'page line spacing').toBeGreaterThanOrEqual(MIN_LEADING);

        // Targets, with the settings panel open too.
        await page.getByRole('button', { name: '阅读设置' }).click();
        expect(await smallTargets(), `targets on ${route}`).toEqual([]);
        // Text contrast of 7:1 and more (WCAG AAA), and WCAG A/AA as on every page.
        expect(await axe(['wcag2aaa']), `AAA on ${route}`).toEqual([]);
        expect(await axe(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']), `axe on ${route}`).toEqual(
          [],
        );
        await page.keyboard.press('Escape');

        expect(await moving(), `motion on ${route}`).toEqual([]);

        // The focus ring a keyboard user follows is at least 4 px wide.
        await page.getByRole('button', { name: '阅读设置' }).focus();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Shift+Tab');
        const ring = await page.evaluate(() => {
          const focused = document.activeElement;
          return focused ? parseFloat(getComputedStyle(focused).outlineWidth) : 0;
        });
        expect(ring, 'focus ring px').toBeGreaterThanOrEqual(MIN_FOCUS_RING_PX);
      }

      // On a phone: the header that slides away and the bar at the foot of the screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await openRoute(page, site, `/article/${articleId}`);
      expect(await smallTargets(), 'targets on a phone').toEqual([]);
      expect(await moving(), 'motion on a phone').toEqual([]);
      await page.setViewportSize({ width: 1280, height: 720 });
    });
  }
});
