import { useState } from 'react';
import { topicById } from '../../../../domain/tagging/topics/topic-vocabulary';
import type { SearchRequest } from '../../../../domain/search/query/search-types';
import { describeSearch, followKey, useFollow, useFollowStore } from '../../bookmarks';
import { useMarkFollowSeen } from '../api/follow-counts';
import { useSearchRegions } from '../api/get-search-regions';

/**
 * 关注: follows this search (text and filters) with one tap, or stops following it. The home
 * page then lists it with how many results came since the reader last opened it here.
 */
export function FollowButton({ request }: { request: SearchRequest }) {
  const key = followKey(request);
  const followed = useFollow(key) !== undefined;
  const store = useFollowStore();
  const regions = useSearchRegions().data;
  const [said, setSaid] = useState('');
  useMarkFollowSeen(request);

  const toggle = () => {
    if (followed) {
      store.unfollow(key);
      setSaid('已取消关注这个搜索。');
      return;
    }
    const label = describeSearch(request, {
      region: (code) => regions?.get(code)?.name ?? code,
      topic: (id) => topicById(id)?.name ?? id,
    });
    store.follow(key, label);
    setSaid(`已关注“${label}”，首页会显示它的新结果。`);
  };

  return (
    <div className="follow">
      <button
        type="button"
        className="action-button follow__button"
        aria-pressed={followed}
        onClick={toggle}
      >
        <span aria-hidden="true">{followed ? '✓ ' : '+ '}</span>关注
      </button>
      <span className="follow__status" role="status">
        {said}
      </span>
    </div>
  );
}
