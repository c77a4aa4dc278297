import { useMemo, useSyncExternalStore } from 'react';
import { useCopyFailureStore } from '../store/copy-failure-store';

/**
 * Ids of bookmarked items the server said it does not have when their offline copy was asked
 * for: the bookmarks page says so on their rows. Empty where no copies are kept (no service
 * worker), since finding out would take a request per bookmark on every visit.
 */
export function useMissingItems(): ReadonlySet<string> {
  const store = useCopyFailureStore();
  const { missing } = useSyncExternalStore(store.subscribe, () => store.getSnapshot().value);
  return useMemo(() => new Set(Object.keys(missing)), [missing]);
}
