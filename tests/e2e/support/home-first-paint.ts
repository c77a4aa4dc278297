import type { Page } from 'playwright-core';

/**
 * Opens the home page and returns the site files it fetched before both of its lists were on
 * screen (paths inside the site), leaving out what the page only warms up afterwards.
 */
export async function homeFirstPaintFiles(page: Page, siteUrl: string): Promise<string[]> {
  // A string, not a function: tsx (the bench) wraps named functions in a helper the page lacks.
  await page.addInitScript({
    content: `
      new MutationObserver((_, observer) => {
        const shown =
          document.querySelector('[aria-labelledby="latest-heading"] li a') &&
          document.querySelector('[aria-labelledby="hot-heading"] li a');
        if (!shown) return;
        performance.mark('lists-shown');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });`,
  });
  await page.goto(siteUrl);
  await page.waitForFunction(() => performance.getEntriesByName('lists-shown').length > 0);
  const urls = await page.evaluate(() => {
    const shownAt = performance.getEntriesByName('lists-shown')[0]?.startTime ?? 0;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < shownAt)
      .map((entry) => entry.name);
  });
  return urls.filter((url) => url.startsWith(siteUrl)).map((url) => url.slice(siteUrl.length));
}
