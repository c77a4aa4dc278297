import { APP_NAME } from '../../../hooks/use-document-meta';
import { FEED_TYPES, type OfferedFeed } from '../lib/feed-addresses';

/**
 * `<link rel="alternate">` of a page's feed, which React 19 moves into the document's head:
 * browsers and feed readers find the feed from the page's address.
 */
export function FeedLinks({ feed }: { feed: OfferedFeed | null }) {
  if (!feed) return null;
  const title = `${APP_NAME} · ${feed.name}`;
  return (
    <>
      <link
        rel="alternate"
        type={FEED_TYPES.rss}
        title={`${title}（RSS）`}
        href={feed.addresses.rss}
      />
      <link
        rel="alternate"
        type={FEED_TYPES.atom}
        title={`${title}（Atom）`}
        href={feed.addresses.atom}
      />
      <link
        rel="alternate"
        type={FEED_TYPES.json}
        title={`${title}（JSON Feed）`}
        href={feed.addresses.json}
      />
    </>
  );
}
