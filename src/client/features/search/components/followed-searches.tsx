import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { followHref, useFollows } from '../../bookmarks';

const FollowCountBadge = lazy(() => import('./follow-count-badge'));

/**
 * The home page's 我的关注, above the lists: each followed search, newest followed first, with
 * `N 条新` since the reader last opened it. The names come from storage with the first paint;
 * the counts, in a chunk of their own, wait for `countsEnabled` (the lists on screen) and the
 * frame after, since they start the search worker. A count only adds to its line, so nothing
 * below moves.
 */
export function FollowedSearches({ countsEnabled }: { countsEnabled: boolean }) {
  const follows = [...useFollows()].reverse();
  const painted = useAfterPaint();
  if (follows.length === 0) return null;
  return (
    <section className="followed" aria-labelledby="followed-heading">
      <h2 id="followed-heading" className="followed__title">
        我的关注
      </h2>
      <ul className="followed__list">
        {follows.map((follow) => (
          <li key={follow.search}>
            <Link className="followed__link" to={followHref(follow)}>
              {follow.label}{' '}
              {countsEnabled && painted && (
                <Suspense fallback={null}>
                  <FollowCountBadge follow={follow} />
                </Suspense>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
