import { lazy, Suspense, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Item } from '../../../../domain/bundle/bundle';
import '../../../styles/listen.css';
import {
  ListenSessionContext,
  createListenSession,
  useListenSession,
} from '../store/listen-session';

function PlayerLoadFailed() {
  return (
    <section className="listen-player" aria-label="朗读">
      <p className="listen-player__error" role="alert">
        朗读功能加载失败，请检查网络后刷新页面再试。
      </p>
    </section>
  );
}

// The player is its own chunk, fetched on the first 朗读: the home page never pays for it.
const ListenPlayer = lazy(() =>
  import('../player/listen-player').then(
    (m) => ({ default: m.ListenPlayer }),
    () => ({ default: PlayerLoadFailed }),
  ),
);

/** One listening session per app (RootLayout), so the voice goes on across pages. */
export function ListenSessionProvider({ children }: { children: ReactNode }) {
  const [session] = useState(createListenSession);
  return <ListenSessionContext.Provider value={session}>{children}</ListenSessionContext.Provider>;
}

/** Shows the player once an article has been asked for; nothing (and no code) before that. */
export function ListenPlayerHost({ loadItem }: { loadItem: (id: string) => Promise<Item> }) {
  const session = useListenSession();
  const request = useSyncExternalStore(session.subscribe, () => session.getSnapshot().request);
  if (!request) return null;
  return (
    <Suspense
      fallback={
        <section className="listen-player" aria-label="朗读">
          <p className="listen-player__now" role="status">
            正在准备朗读…
          </p>
        </section>
      }
    >
      {/* Keyed by the request, so a new 朗读 starts the player afresh. */}
      <ListenPlayer key={request.seq} request={request} loadItem={loadItem} />
    </Suspense>
  );
}
