import { createContext, useContext } from 'react';

/** Where the voice is: a sentence of the title (`paragraph: -1`) or of a paragraph. */
export interface SpokenPlace {
  itemId: string;
  paragraph: number;
  start: number;
  end: number;
}

/** An article asked to be read; `seq` tells two requests for the same article apart. */
export interface ListenRequest {
  itemId: string;
  seq: number;
}

export interface ListenSessionState {
  request: ListenRequest | null;
  place: SpokenPlace | null;
}

/**
 * The little the rest of the app knows about listening: which article was asked for (the
 * player, loaded on the first request, does the rest) and where the voice is, for the article
 * page to mark. It lives in the first chunk; the player writes to it.
 */
export interface ListenSession {
  getSnapshot: () => ListenSessionState;
  subscribe: (listener: () => void) => () => void;
  start: (itemId: string) => void;
  stop: () => void;
  setPlace: (place: SpokenPlace | null) => void;
}

export function createListenSession(): ListenSession {
  let state: ListenSessionState = { request: null, place: null };
  let seq = 0;
  const listeners = new Set<() => void>();
  const set = (next: ListenSessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: (itemId) => set({ request: { itemId, seq: ++seq }, place: null }),
    stop: () => set({ request: null, place: null }),
    setPlace(place) {
      const old = state.place;
      if (
        old === place ||
        (old &&
          place &&
          old.itemId === place.itemId &&
          old.paragraph === place.paragraph &&
          old.start === place.start &&
          old.end === place.end)
      ) {
        return;
      }
      set({ ...state, place });
    },
  };
}

export const ListenSessionContext = createContext<ListenSession | null>(null);

export function useListenSession(): ListenSession {
  const session = useContext(ListenSessionContext);
  if (session === null) throw new Error('useListenSession is used outside RootLayout.');
  return session;
}
