// What other features may use of bookmarks; everything else in this folder is its own business.
export { BookmarkToggle } from './components/bookmark-toggle';
export { useBookmarkIds, useBookmarkIdsNewestFirst } from './hooks/use-bookmarks';
export type { BookmarkTarget } from './lib/bookmark';
export { useFollow, useFollows } from './hooks/use-follows';
export {
  describeSearch,
  followedRequest,
  followHref,
  followKey,
  type FollowedSearch,
} from './lib/followed-search';
export { useFollowStore } from './store/follow-store';
