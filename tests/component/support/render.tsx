import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import { AppProvider } from '../../../src/client/app/provider';
import { createReaderStores } from '../../../src/client/app/reader-stores';
import { routes } from '../../../src/client/app/router';
import { createInProcessSearchBackend } from '../../../src/client/features/search/lib/in-process-search-backend';
import { bundleRootUrl } from '../../../src/client/lib/fetch-bundle-file';
import { createQueryClient } from '../../../src/client/lib/query-client';
import type { OfflineSupport } from '../../../src/client/lib/service-worker/offline-support';
import type { StorageLike } from '../../../src/client/lib/storage/persisted-store';

interface RenderAppOptions {
  /**
   * What the app keeps its bookmarks and settings in: jsdom's `localStorage` (cleared after
   * every test) unless a test passes a failing one, or null for a browser that gives none.
   */
  storage?: StorageLike | null;
  /** A service worker's updates and caches; none by default, as in jsdom. */
  offline?: OfflineSupport;
}

/**
 * Mounts the whole app, with its real providers and routes, at `url` (a route path such as
 * `/article/abc`; or history entries, the app at the last). Serve the bundle with `serveBundle` first. Search runs the real engine on the
 * test's thread (jsdom has no Web Worker), fetching its files through the same stubbed network.
 */
export function renderApp(
  url: string | InitialEntry[] = '/',
  { storage = localStorage, offline }: RenderAppOptions = {},
) {
  // Retries would only slow failing tests down and hide which request failed.
  const queryClient = createQueryClient({ retry: false });
  const stores = createReaderStores(storage);
  const router = createMemoryRouter(routes, {
    initialEntries: typeof url === 'string' ? [url] : url,
  });
  const searchBackend = createInProcessSearchBackend(bundleRootUrl().href);
  const user = userEvent.setup();
  const view = render(
    <AppProvider
      queryClient={queryClient}
      stores={stores}
      searchBackend={searchBackend}
      offline={offline}
    >
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient, stores, searchBackend };
}
