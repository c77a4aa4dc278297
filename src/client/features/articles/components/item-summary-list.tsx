import { memo } from 'react';
import { Link } from 'react-router';
import type { ItemSummary } from '../../../../domain/bundle/bundle';
import { dayLabel, groupByDay } from '../../../lib/day-groups';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { listEntryProps, listPrimaryProps } from '../../../lib/keyboard-targets';
import { localIsoDate } from '../../../lib/local-date';
import { BookmarkToggle } from '../../bookmarks';
import { QueueToggle } from '../../listen';
import { useIsVisited } from '../../reading-state';
import type { IsNew } from '../hooks/use-whats-new';
import { bookmarkTargetOf } from '../lib/item-target';
import { displayTitle } from '../lib/item-title';
import { DerivedTitleBadge } from '../../../components/ui/derived-title-badge';
import { TeaserBadge } from '../../../components/ui/teaser-badge';

interface ItemSummaryListProps {
  items: ItemSummary[];
  /** Hot lists show their rank; the latest list is ordered by date and needs none. */
  ranked?: boolean;
  /**
   * A newest-first list reads like news with one header per day (今天, 昨天, 11月23日) at this
   * heading level; the rows then leave the date out.
   */
  dayHeadings?: 'h2' | 'h3';
  emptyText: string;
  /** 新 beside the items added since the reader's previous visit (`useWhatsNew`). */
  isNew?: IsNew;
}

/**
 * Memoised: the home page's 最新加入 re-renders three times after its first paint (the what's-new
 * check waits for the paint, fetches the whole first page, then records the visit) with the same
 * items and the same \`isNew\`, and each time rendered every row again, a long task on a phone.
 */
export const ItemSummaryList = memo(function ItemSummaryList({
  items,
  ranked = false,
  dayHeadings,
  emptyText,
  isNew = null,
}: ItemSummaryListProps) {
  if (items.length === 0) return <p className="empty-text">{emptyText}</p>;
  if (dayHeadings) {
    const Heading = dayHeadings;
    const today = localIsoDate(new Date());
    return (
      <div className="day-groups">
        {groupByDay(items).map((group) => (
          <section className="day-group" key={group.date ?? 'undated'}>
            <Heading className="day-group__title">
              {group.date ? (
                <time dateTime={group.date}>{dayLabel(group.date, today)}</time>
              ) : (
                dayLabel(null, today)
              )}
            </Heading>
            <ol className="item-list">
              {group.items.map((item) => (
                <ItemSummaryEntry
                  key={item.id}
                  item={item}
                  dated={false}
                  fresh={isNew?.(item) ?? false}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
    );
  }
  return (
    <ol className={ranked ? 'item-list item-list--ranked' : 'item-list'}>
      {items.map((item) => (
        <ItemSummaryEntry key={item.id} item={item} dated fresh={isNew?.(item) ?? false} />
      ))}
    </ol>
  );
});

function ItemSummaryEntry({
  item,
  dated,
  fresh,
}: {
  item: ItemSummary;
  dated: boolean;
  fresh: boolean;
}) {
  const visited = useIsVisited(item.id);
  const source = [item.place, item.host].filter(Boolean).join(' · ');
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
        {fresh && (
          <span className="badge badge--new" title="上次来过之后新加入">
            新<span className="visually-hidden">加入</span>
          </span>
        )}
        {item.kind === 'teaser' && <TeaserBadge />}
        {item.titleDerived && <DerivedTitleBadge />}
        {source && <span className="item-list__source">{source}</span>}
        {item.sources && <span className="item-list__sources">{item.sources} 个来源</span>}
        {dated && item.date && <FormattedDate date={item.date} />}
        {/* Only an article has text to hear. */}
        {item.kind === 'article' && <QueueToggle target={bookmarkTargetOf(item)} variant="entry" />}
        <BookmarkToggle target={bookmarkTargetOf(item)} variant="entry" />
      </span>
    </li>
  );
}
