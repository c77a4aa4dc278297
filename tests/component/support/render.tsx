import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../../../src/client/app/provider';
import { routes } from '../../../src/client/app/router';
import { createQueryClient } from '../../../src/client/lib/query-client';

/**
 * Mounts the whole app, with its real providers and routes, at `url` (a route path such as
 * `/article/abc`). Serve the bundle with `serveBundle` first.
 */
export function renderApp(url = '/') {
  // Retries would only slow failing tests down and hide which request failed.
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient };
}
