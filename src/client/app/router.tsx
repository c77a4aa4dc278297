import { useState } from 'react';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router';
import { Loading } from '../components/ui/loading';
import { paths } from './paths';
import { routeModules } from './route-modules';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root';
import { RouteErrorBoundary } from './routes/route-error';

function PageLoading() {
  return <Loading label="正在加载页面…" />;
}

/**
 * The app's routes, shared by the hash router in the browser and the memory router in tests.
 * Views load lazily, so the home page never downloads the article code. A pathless route
 * between the layout and the views keeps the header and footer on screen while a view's code
 * loads or when it fails.
 */
export const routes: RouteObject[] = [
  {
    path: paths.home.path,
    Component: RootLayout,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        ErrorBoundary: RouteErrorBoundary,
        HydrateFallback: PageLoading,
        children: [
          // Most visits start here, so the home view ships with the app instead of costing one
          // more round trip before the first lists can show.
          { index: true, Component: HomeRoute },
          {
            path: paths.latest.path,
            lazy: () => routeModules.latest().then((m) => ({ Component: m.LatestRoute })),
          },
          {
            path: paths.article.path,
            lazy: () => routeModules.article().then((m) => ({ Component: m.ArticleRoute })),
          },
          {
            path: paths.bookmarks.path,
            lazy: () => routeModules.bookmarks().then((m) => ({ Component: m.BookmarksRoute })),
          },
          {
            path: paths.search.path,
            lazy: () => routeModules.search().then((m) => ({ Component: m.SearchRoute })),
          },
          {
            path: paths.map.path,
            lazy: () => routeModules.map().then((m) => ({ Component: m.MapRoute })),
          },
          {
            path: paths.listen.path,
            lazy: () => routeModules.listen().then((m) => ({ Component: m.ListenRoute })),
          },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
];

/**
 * Hash URLs (`#/article/abc`) keep routing out of the server's sight: the site works from any
 * static file server, at the root or under a sub-path, with no rewrite rules.
 */
export function AppRouter() {
  const [router] = useState(() => createHashRouter(routes));
  return <RouterProvider router={router} />;
}
