import { Link } from 'react-router';
import type { ItemSummary } from '../../../../domain/bundle';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { displayTitle } from '../lib/item-title';
import { TeaserBadge } from './teaser-badge';

interface ItemSummaryListProps {
  items: ItemSummary[];
  /** Hot lists show their rank; the latest list is ordered by date and needs none. */
  ranked?: boolean;
  emptyText: string;
}

export function ItemSummaryList({ items, ranked = false, emptyText }: ItemSummaryListProps) {
  if (items.length === 0) return <p className="empty-text">{emptyText}</p>;
  return (
    <ol className={ranked ? 'item-list item-list--ranked' : 'item-list'}>
      {items.map((item) => (
        <li key={item.id} className="item-list__entry">
          <Link className="item-list__title" to={paths.article.getHref(item.id)}>
            {displayTitle(item)}
          </Link>
          {(item.kind === 'teaser' || item.date) && (
            <span className="item-list__meta">
              {item.kind === 'teaser' && <TeaserBadge />}
              {item.date && <FormattedDate date={item.date} />}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
