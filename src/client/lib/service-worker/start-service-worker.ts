import { bundleRootUrl } from '../fetch-bundle-file';
import { isOutdatedOfflineCache, OFFLINE_CACHES } from './offline-caches';
import { NO_OFFLINE_SUPPORT, type OfflineSupport } from './offline-support';
import { createServiceWorkerUpdates } from './service-worker-updates';

/** How often an open page asks whether a new build has been deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that vite-plugin-pwa builds (`sw.js` beside `index.html`, its scope
 * the folder the site is served from, at a root or under any sub-path) and reports its updates.
 * Only built sites get one: in dev it would serve stale modules.
 */
export function startServiceWorker(): OfflineSupport {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !('caches' in window)) {
    return NO_OFFLINE_SUPPORT;
  }
  const base = new URL(import.meta.env.BASE_URL, document.baseURI);
  // workbox-window is loaded on its own: the worker is registered after `load` anyway, and the
  // first lists should not wait for its code (the first-paint budget in tests/e2e/budgets).
  const loaded = afterFirstPaint()
    .then(() => import('workbox-window'))
    .then(({ Workbox }) => new Workbox(new URL('sw.js', base).href, { scope: base.href }));
  const withWorkbox = (use: (workbox: Awaited<typeof loaded>) => unknown) =>
    void loaded.then(use).catch(() => undefined);
  const updates = createServiceWorkerUpdates(
    {
      initiallyControlled: navigator.serviceWorker.controller !== null,
      onWaiting: (listener) => withWorkbox((wb) => wb.addEventListener('waiting', listener)),
      onControlling: (listener) =>
        withWorkbox((wb) => wb.addEventListener('controlling', listener)),
      skipWaiting: () => withWorkbox((wb) => wb.messageSkipWaiting()),
    },
    { reload: () => window.location.reload(), onFirstControl: refetchDataLoadedSoFar },
  );

  // The browser checks for a new sw.js on every page load; a reader who keeps the page open
  // for days gets asked too, and so does one whose network just came back.
  const checkForUpdate = () => withWorkbox((wb) => wb.update());
  loaded
    .then((workbox) => workbox.register())
    .then(() => {
      setInterval(checkForUpdate, UPDATE_CHECK_MS);
      window.addEventListener('online', checkForUpdate);
      void deleteOutdatedCaches();
    })
    // No worker (blocked by the browser, or a host that does not serve sw.js): the reader works
    // online as before.
    .catch((error: unknown) => console.warn('离线功能不可用：', error));

  return {
    updates,
    openBookmarkCache: () => caches.open(OFFLINE_CACHES.bookmarked),
  };
}

/** Resolves once the page has loaded and the browser is idle: the first lists come first. */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      'requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : resolve();
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

/** Caches of another bundle version, left by an earlier build; nothing could read them. */
async function deleteOutdatedCaches(): Promise<void> {
  try {
    const outdated = (await caches.keys()).filter(isOutdatedOfflineCache);
    await Promise.all(outdated.map((name) => caches.delete(name)));
  } catch {
    // Storage trouble here changes nothing for the reader.
  }
}

/**
 * On a first visit the manifest and the first lists load before the worker controls the page,
 * so they went past its caches; fetching them again through it caches them for the next visit,
 * which may be offline. They come from the browser's HTTP cache or a short request.
 */
function refetchDataLoadedSoFar(): void {
  const root = bundleRootUrl().href;
  const urls = new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(root)),
  );
  for (const url of urls) {
    void fetch(url, { headers: { Accept: 'application/json' } }).catch(() => undefined);
  }
}
