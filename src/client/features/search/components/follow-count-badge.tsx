import { NEW_COUNT_CAP } from '../../../../domain/search/query/new-matches';
import type { FollowedSearch } from '../../bookmarks';
import { useNewCount } from '../api/follow-counts';

/**
 * A followed search's `N 条新`, in a chunk of its own that the home page loads once its lists are
 * painted: counting starts the search worker, which the first paint must not wait for.
 */
export default function FollowCountBadge({ follow }: { follow: FollowedSearch }) {
  const count = useNewCount(follow);
  if (typeof count !== 'number' || count === 0) return null;
  return (
    <span className="badge badge--new followed__count">
      {count > NEW_COUNT_CAP ? `${NEW_COUNT_CAP}+` : count} 条新
    </span>
  );
}
