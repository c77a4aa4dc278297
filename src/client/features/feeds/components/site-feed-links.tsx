import { useFeed } from '../hooks/use-feed';
import { FeedLinks } from './feed-links';

const ALL = { kind: 'all' } as const;

/** The home page's alternate links: the feed of everything, when the build wrote feeds. */
export function SiteFeedLinks() {
  return <FeedLinks feed={useFeed(ALL)} />;
}
