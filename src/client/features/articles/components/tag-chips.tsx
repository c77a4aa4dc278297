import { Link } from 'react-router';
import type { ItemTags } from '../../../../domain/bundle/bundle';
import { paths } from '../../../app/paths';

/**
 * The places and topics an item is about, each a link to the search for everything else about
 * it. A county's chip names its chain (重庆市 › 开州区) on hover and to screen readers.
 */
export function TagChips({ regions, topics }: Pick<ItemTags, 'regions' | 'topics'>) {
  if (regions.length === 0 && topics.length === 0) return null;
  return (
    <ul className="tag-chips" aria-label="地区与专题">
      {regions.map((region) => (
        <li key={`region-${region.code}`}>
          <Link
            className="tag-chip tag-chip--region"
            to={paths.search.getHref({ filters: { regions: [region.code] } })}
            title={`查找关于${region.chain.join(' › ')}的文章`}
            aria-label={`地区：${region.chain.join('')}`}
          >
            {region.name}
          </Link>
        </li>
      ))}
      {topics.map((topic) => (
        <li key={`topic-${topic.id}`}>
          <Link
            className="tag-chip tag-chip--topic"
            to={paths.search.getHref({ filters: { topics: [topic.id] } })}
            title={`查找专题“${topic.name}”的文章`}
            aria-label={`专题：${topic.name}`}
          >
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
