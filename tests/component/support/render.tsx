import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../../../src/client/app/provider';
import { createReaderStores } from '../../../src/client/app/reader-stores';
import { routes } from '../../../src/client/app/router';
import { createQueryClient } from '../../../src/client/lib/query-client';
import type { StorageLike } from '../../../src/client/lib/storage/persisted-store';

interface RenderAppOptions {
  /**
   * What the app keeps its bookmarks and settings in: jsdom's `localStorage` (cleared after
   * every test) unless a test passes a failing one, or null for a browser that gives none.
   */
  storage?: StorageLike | null;
}

/**
 * Mounts the whole app, with its real providers and routes, at `url` (a route path such as
 * `/article/abc`). Serve the bundle with `serveBundle` first.
 */
export function renderApp(url = '/', { storage = localStorage }: RenderAppOptions = {}) {
  // Retries would only slow failing tests down and hide which request failed.
  const queryClient = createQueryClient({ retry: false });
  const stores = createReaderStores(storage);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient} stores={stores}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient, stores };
}
