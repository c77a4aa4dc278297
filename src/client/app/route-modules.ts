/**
 * The lazily loaded views, one import each, so that the router and anything that warms a view's
 * code ahead of time (the home page warms the article view) share the same chunk.
 */
export const routeModules = {
  latest: () => import('./routes/latest'),
  article: () => import('./routes/article'),
  bookmarks: () => import('./routes/bookmarks'),
  search: () => import('./routes/search'),
  map: () => import('./routes/map'),
  listen: () => import('./routes/listen'),
};

/**
 * Loads a view's code once the browser has nothing better to do, so that opening it later costs
 * only its data. Returns a cancel function for effects.
 */
export function warmRouteWhenIdle(name: keyof typeof routeModules): () => void {
  const load = () => void routeModules[name]().catch(() => undefined);
  // Safari has no requestIdleCallback; a short timeout after first paint does the same job there.
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(load, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(load, 1000);
  return () => clearTimeout(handle);
}
