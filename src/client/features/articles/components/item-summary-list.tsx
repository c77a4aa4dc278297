import { Link } from 'react-router';
import type { ItemSummary } from '../../../../domain/bundle/bundle';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { listEntryProps, listPrimaryProps } from '../../../lib/keyboard-targets';
import { BookmarkToggle } from '../../bookmarks';
import { useIsVisited } from '../../reading-state';
import { bookmarkTargetOf } from '../lib/item-target';
import { displayTitle } from '../lib/item-title';
import { DerivedTitleBadge } from '../../../components/ui/derived-title-badge';
import { TeaserBadge } from '../../../components/ui/teaser-badge';

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
        <ItemSummaryEntry key={item.id} item={item} />
      ))}
    </ol>
  );
}

function ItemSummaryEntry({ item }: { item: ItemSummary }) {
  const visited = useIsVisited(item.id);
  return (
    <li className="item-list__entry" {...listEntryProps}>
      <Link
        className={visited ? 'item-list__title item-list__title--visited' : 'item-list__title'}
        to={paths.article.getHref(item.id)}
        {...listPrimaryProps}
      >
        {displayTitle(item)}
      </Link>
      <span className="item-list__meta">
        {/* The colour says it to sighted readers; the words say it to everyone else. */}
        {visited && <span className="visually-hidden">已读</span>}
        {item.kind === 'teaser' && <TeaserBadge />}
        {item.titleDerived && <DerivedTitleBadge />}
        {item.date && <FormattedDate date={item.date} />}
        <BookmarkToggle target={bookmarkTargetOf(item)} variant="entry" />
      </span>
    </li>
  );
}
