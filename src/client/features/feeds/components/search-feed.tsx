import type { SearchRequest } from '../../../../domain/search/query/search-types';
import { useFeed } from '../hooks/use-feed';
import { feedForSearch } from '../lib/feed-for-search';
import { FeedLinks } from './feed-links';
import { SubscribeButton } from './subscribe-button';

/** A topic's or region's search page: its feed's alternate links and the 订阅 button. */
export function SearchFeed({ request }: { request: SearchRequest }) {
  const feed = useFeed(feedForSearch(request));
  if (!feed) return null;
  return (
    <>
      <FeedLinks feed={feed} />
      {/* Another topic or region is another disclosure: it starts closed. */}
      <SubscribeButton key={feed.addresses.rss} feed={feed} />
    </>
  );
}
