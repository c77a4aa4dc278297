import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BookmarkStoreProvider } from '../features/bookmarks/store/bookmark-store';
import { FollowStoreProvider } from '../features/bookmarks/store/follow-store';
import { ListenStoreProvider } from '../features/listen/store/listen-store';
import { CopyFailureStoreProvider } from '../features/offline/store/copy-failure-store';
import { useApplyReaderSettings } from '../features/reader-settings/hooks/use-reader-settings';
import { ReaderSettingsStoreProvider } from '../features/reader-settings/store/reader-settings-store';
import { ReadingStoreProvider } from '../features/reading-state/store/reading-store';
import { VisitStoreProvider } from '../features/reading-state/store/visit-store';
import { createLazySearchBackend } from '../features/search/lib/lazy-search-backend';
import type { SearchBackend } from '../features/search/lib/search-backend';
import { SearchBackendProvider } from '../features/search/store/search-backend-context';
import { bundleRootUrl } from '../lib/fetch-bundle-file';
import { createQueryClient } from '../lib/query-client';
import {
  NO_OFFLINE_SUPPORT,
  OfflineSupportProvider,
  type OfflineSupport,
} from '../lib/service-worker/offline-support';
import { createReaderStores, type ReaderStores } from './reader-stores';

interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own client so that each starts with an empty cache. */
  queryClient?: QueryClient;
  /** Tests pass stores over their own (sometimes failing) storage. */
  stores?: ReaderStores;
  /** `main.tsx` passes the app's (a Web Worker started on first use); tests search in-process. */
  searchBackend?: SearchBackend;
  /** The service worker's updates and caches (`main.tsx` starts it); tests pass fakes or none. */
  offline?: OfflineSupport;
}

export function AppProvider({
  children,
  queryClient,
  stores,
  searchBackend,
  offline = NO_OFFLINE_SUPPORT,
}: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [{ bookmarks, settings, reading, copyFailures, follows, visits, listen }] = useState(
    () => stores ?? createReaderStores(),
  );
  const [search] = useState(
    () => searchBackend ?? createLazySearchBackend(() => bundleRootUrl().href),
  );
  return (
    <QueryClientProvider client={client}>
      <ReaderSettingsStoreProvider store={settings}>
        <FollowStoreProvider store={follows}>
          <VisitStoreProvider store={visits}>
            <BookmarkStoreProvider store={bookmarks}>
              <ReadingStoreProvider store={reading}>
                <CopyFailureStoreProvider store={copyFailures}>
                  <ListenStoreProvider store={listen}>
                    <SearchBackendProvider store={search}>
                      <OfflineSupportProvider store={offline}>
                        <ApplyReaderSettings />
                        {children}
                      </OfflineSupportProvider>
                    </SearchBackendProvider>
                  </ListenStoreProvider>
                </CopyFailureStoreProvider>
              </ReadingStoreProvider>
            </BookmarkStoreProvider>
          </VisitStoreProvider>
        </FollowStoreProvider>
      </ReaderSettingsStoreProvider>
    </QueryClientProvider>
  );
}

function ApplyReaderSettings() {
  useApplyReaderSettings();
  return null;
}
