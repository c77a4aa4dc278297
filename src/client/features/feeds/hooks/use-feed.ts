import type { FeedRef } from '../../../../domain/bundle/bundle';
import { useManifest } from '../../articles';
import { useFeedIndex } from '../api/get-feed-index';
import { feedAddresses, type OfferedFeed } from '../lib/feed-addresses';

/**
 * The feed `ref` names, if the build wrote it: feeds exist when the manifest has a site
 * address, and a topic's or region's feed when `feeds/index.json` lists it (only those with
 * dated articles have one). Null while either is loading, or when it failed: a missing feed
 * button is no error a reader needs to hear about.
 */
export function useFeed(ref: FeedRef | null): OfferedFeed | null {
  const siteUrl = useManifest().data?.feeds?.siteUrl ?? null;
  const needsIndex = ref !== null && ref.kind !== 'all';
  const index = useFeedIndex({ enabled: siteUrl !== null && needsIndex }).data;
  if (ref === null || siteUrl === null) return null;
  const name = ref.kind === 'all' ? '全部文章' : index?.[ref.kind][ref.key];
  if (name === undefined) return null;
  return { ref, name, addresses: feedAddresses(siteUrl, ref) };
}
