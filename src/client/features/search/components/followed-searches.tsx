import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { NEW_COUNT_CAP } from '../../../../domain/search/query/new-matches';
import { followedRequest, useFollows } from '../../bookmarks';
import { useNewCounts } from '../api/follow-counts';

/**
 * The home page's 我的关注, above the lists: each followed search, newest followed first, with
 * `N 条新` since the reader last opened it. The names come from storage with the first paint;
 * the counts wait for `countsEnabled` (the lists on screen), since they start the search worker.
 */
export function FollowedSearches({ countsEnabled }: { countsEnabled: boolean }) {
  const follows = [...useFollows()].reverse();
  // After the frame with the lists is painted: the worker and its files must not delay it.
  const painted = useAfterPaint();
  const counts = useNewCounts(follows, countsEnabled && painted);
  if (follows.length === 0) return null;
  return (
    <section className="followed" aria-labelledby="followed-heading">
      <h2 id="followed-heading" className="followed__title">
        我的关注
      </h2>
      <ul className="followed__list">
        {follows.map((follow, i) => {
          const count = counts[i];
          return (
            <li key={follow.search}>
              <Link className="followed__link" to={paths.search.getHref(followedRequest(follow))}>
                {follow.label}{' '}
                {typeof count === 'number' && count > 0 && (
                  <span className="badge badge--new followed__count">
                    {count > NEW_COUNT_CAP ? `${NEW_COUNT_CAP}+` : count} 条新
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
