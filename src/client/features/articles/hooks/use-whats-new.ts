import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ItemSummary } from '../../../../domain/bundle/bundle';
import { dayOf, isNewSince, seenMarkOf } from '../../../../domain/search/query/new-matches';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { useVisitStore } from '../../reading-state';
import { useLatestPage } from '../api/get-latest-page';
import { useManifest } from '../api/get-manifest';

/** Whether an item of 最新加入 came since the reader's previous visit; null on a first visit. */
export type IsNew = ((item: Pick<ItemSummary, 'id' | 'date'>) => boolean) | null;

/**
 * 新 in 最新加入 (docs/follow.md): items measured against what the list showed during the
 * previous visit. Once the list is on screen, what it shows now (the first page of the whole
 * list, teasers too) is recorded for the next visit.
 */
export function useWhatsNew(): IsNew {
  const store = useVisitStore();
  const { previous } = useSyncExternalStore(store.subscribe, store.getSnapshot).value;
  const painted = useAfterPaint();
  const page = useLatestPage(1, 'all', { enabled: painted }).data;
  const total = useManifest().data?.latest.total;

  useEffect(() => {
    if (!page || total === undefined) return;
    store.look(
      seenMarkOf(
        page.items.map((item) => ({ id: item.id, day: dayOf(item.date) })),
        total,
      ),
    );
  }, [store, page, total]);

  useEffect(() => {
    // Reading an article for an hour is still the same visit: its end is when the page goes.
    const onHide = () => document.visibilityState === 'hidden' && store.touch();
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [store]);

  return useMemo(() => {
    if (!previous) return null;
    const keys = new Set(previous.keys);
    return (item) => isNewSince(previous, item.id, dayOf(item.date), keys);
  }, [previous]);
}
