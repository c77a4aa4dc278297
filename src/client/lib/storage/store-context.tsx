import { createContext, useContext, type ReactNode } from 'react';

/**
 * A context for one store, created by the app's provider. Stores are made per app rather than
 * per module so that every test (and every mounted app) starts from what storage holds.
 */
export function createStoreContext<S>(name: string) {
  const Context = createContext<S | null>(null);

  function StoreProvider({ store, children }: { store: S; children: ReactNode }) {
    return <Context.Provider value={store}>{children}</Context.Provider>;
  }

  function useStore(): S {
    const store = useContext(Context);
    if (store === null) throw new Error(`${name} is used outside AppProvider.`);
    return store;
  }

  return [StoreProvider, useStore] as const;
}
