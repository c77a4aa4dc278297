import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { SiteFooter } from '../../components/layouts/site-footer';
import { SiteHeader } from '../../components/layouts/site-header';
import { SkipLink } from '../../components/layouts/skip-link';
import { StorageNotice } from '../../components/layouts/storage-notice';
import { itemQueryOptions } from '../../features/articles/api/get-item';
import { useManifest } from '../../features/articles/api/get-manifest';
import { UnreadableBookmarksNotice } from '../../features/bookmarks/components/unreadable-bookmarks-notice';
import { useBookmarkStorageStatus } from '../../features/bookmarks/hooks/use-bookmarks';
import { useFollowStorageStatus } from '../../features/bookmarks/hooks/use-follows';
import { useFollowStore } from '../../features/bookmarks/store/follow-store';
import {
  ListenPlayerHost,
  ListenSessionProvider,
} from '../../features/listen/components/listen-player-host';
import { useListenStorageStatus } from '../../features/listen/hooks/use-listen';
import { ReaderSettingsMenu } from '../../features/reader-settings/components/reader-settings-menu';
import { useReaderSettingsStorageStatus } from '../../features/reader-settings/hooks/use-reader-settings';
import { OfflineIndicator } from '../../features/offline/components/offline-indicator';
import { UpdatePrompt } from '../../features/offline/components/update-prompt';
import { useBookmarksKeptOffline } from '../../features/offline/hooks/use-bookmarks-kept-offline';
import { useReadingStorageStatus } from '../../features/reading-state/hooks/use-reading-state';
import { HeaderSearch } from '../../features/search/components/header-search';
import {
  ShortcutsProvider,
  useOpenShortcutsHelp,
} from '../../features/shortcuts/components/shortcuts-provider';
import { useReaderShortcuts } from '../../features/shortcuts/hooks/use-reader-shortcuts';

const MAIN_ID = 'main';

/**
 * The frame around every view: header with the reading settings, main, and the footer with the
 * site's one disclaimer. The keyboard shortcuts live here so that every view has them.
 */
export function RootLayout() {
  return (
    <ShortcutsProvider>
      <ListenSessionProvider>
        <Frame />
      </ListenSessionProvider>
    </ShortcutsProvider>
  );
}

function Frame() {
  const manifest = useManifest().data;
  const navigation = useNavigation();
  // A file the page waits for (one with nothing to show yet), not a refresh in the background.
  const loadingData = useIsFetching({ predicate: (query) => query.state.data === undefined }) > 0;
  const mainRef = useMainFocusOnNavigation();
  const openShortcuts = useOpenShortcutsHelp();
  useReaderShortcuts();
  useBookmarksKeptOffline();
  const queryClient = useQueryClient();
  // The player reads items through the same cache as the pages (and the offline copies).
  const loadItem = useCallback(
    (id: string) => queryClient.query(itemQueryOptions(id)),
    [queryClient],
  );

  return (
    <div className="app">
      <SkipLink targetId={MAIN_ID} />
      <SiteHeader search={<HeaderSearch />} tools={<ReaderSettingsMenu />} />
      {/* Sticks to the top of the window while scrolling, so the notices stay in view. */}
      <div className="app-status">
        <OfflineIndicator />
        <UpdatePrompt />
      </div>
      {(navigation.state === 'loading' || loadingData) && (
        <div className="route-progress" aria-hidden="true" />
      )}
      <main
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        className="site-main"
        aria-busy={navigation.state === 'loading'}
      >
        <StorageProblems />
        <Outlet />
      </main>
      <SiteFooter
        disclaimer={manifest?.disclaimer ?? null}
        counts={manifest?.counts ?? null}
        onShowShortcuts={openShortcuts}
      />
      {/* Fixed at the foot of the window while listening, on every page. */}
      <ListenPlayerHost loadItem={loadItem} />
      <ScrollRestoration />
    </div>
  );
}

/** What any of the stores has to say about storage, said once. */
function StorageProblems() {
  const bookmarks = useBookmarkStorageStatus();
  const follows = useFollowStorageStatus();
  const followStore = useFollowStore();
  const settings = useReaderSettingsStorageStatus();
  const reading = useReadingStorageStatus();
  const listen = useListenStorageStatus();
  const all = [bookmarks, follows, settings, reading, listen];
  return (
    <StorageNotice
      unavailable={all.some((status) => status.unavailable)}
      saveFailed={all.some((status) => status.saveFailed)}
      unreadable={
        bookmarks.unreadable || follows.unreadable ? (
          <>
            {bookmarks.unreadable && (
              <UnreadableBookmarksNotice unreadable={bookmarks.unreadable} />
            )}
            {follows.unreadable && (
              <UnreadableBookmarksNotice
                unreadable={follows.unreadable}
                store={followStore}
                noun="关注"
                fileKind="follows"
              />
            )}
          </>
        ) : null
      }
    />
  );
}

/**
 * A client-side navigation leaves focus on the link that was followed, somewhere in the old page;
 * moving it to the main region lets keyboard and screen-reader users start at the new content,
 * as they would after a full page load.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPathname = useRef(pathname);
  useEffect(() => {
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
