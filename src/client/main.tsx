import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { matchPath } from 'react-router';
import { paths } from './app/paths';
import { AppProvider } from './app/provider';
import { createReaderStores } from './app/reader-stores';
import { AppRouter } from './app/router';
import {
  applyReaderSettings,
  systemPrefersDark,
} from './features/reader-settings/lib/apply-reader-settings';
import { resolveTheme } from './features/reader-settings/lib/reader-settings';
import { createLazySearchBackend } from './features/search/lib/lazy-search-backend';
import { bundleRootUrl } from './lib/fetch-bundle-file';
import { startServiceWorker } from './lib/service-worker/start-service-worker';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Applied before React's first render, so a dark-theme reader never sees a light page flash.
const stores = createReaderStores();
const { fontSize, theme, elder } = stores.settings.getSnapshot().value;
applyReaderSettings(document.documentElement, {
  fontSize,
  elder,
  theme: resolveTheme(theme, systemPrefersDark()),
});

// Registered once the page has loaded (workbox-window waits for `load`), so it never competes
// with the first lists for the network.
const offline = startServiceWorker();

// A shared or reloaded search link: the search worker and the index's small files start loading
// now, beside the search view's code, rather than once that code has arrived and rendered.
const search = createLazySearchBackend(() => bundleRootUrl().href);
const routePath = location.hash.slice(1).split('?')[0] || '/';
if (matchPath(paths.search.path, routePath)) search.warm();

// A transition, so that React renders the first page in slices and yields between them: the
// index.html skeleton stays up meanwhile, and no single task blocks a tap for long (Lighthouse's
// total blocking time on a throttled phone).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <AppProvider stores={stores} offline={offline} searchBackend={search}>
        <AppRouter />
      </AppProvider>
    </StrictMode>,
  );
});
