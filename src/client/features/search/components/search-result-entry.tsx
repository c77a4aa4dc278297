import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Item } from '../../../../domain/bundle';
import { makeSnippet, type Snippet } from '../../../../domain/search/make-snippet';
import type { TextRange } from '../../../../domain/search/match-ranges';
import type { SearchHit } from '../../../../domain/search/search-types';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { TeaserBadge } from '../../../components/ui/teaser-badge';
import { listEntryProps, listPrimaryProps } from '../../../lib/keyboard-targets';
import { useItem } from '../../articles/api/get-item';
import { bookmarkTargetOf } from '../../articles/lib/item-target';
import { BookmarkToggle } from '../../bookmarks/components/bookmark-toggle';
import { useIsVisited } from '../../reading-state/hooks/use-reading-state';
import { useHighlights } from '../api/get-highlights';

/** Characters of body text shown under a result's title. */
const SNIPPET_LENGTH = 90;

/**
 * One result. The index knows only ids, so each result loads its item file (the same query the
 * article page uses, so opening it costs nothing more) for the title and a piece of the text
 * around what matched.
 */
export function SearchResultEntry({ hit, query }: { hit: SearchHit; query: string }) {
  const itemQuery = useItem(hit.id);
  const item = itemQuery.data;
  if (!item) {
    return (
      <li className="item-list__entry search-result search-result--loading">
        <span className="search-result__placeholder">
          {itemQuery.isError ? '这条结果加载失败。' : '正在加载…'}
        </span>
      </li>
    );
  }
  return <LoadedResult item={item} query={query} />;
}

function LoadedResult({ item, query }: { item: Item; query: string }) {
  const visited = useIsVisited(item.id);
  const texts = useMemo(
    () => [item.title, ...(item.kind === 'article' ? item.paragraphs : [])],
    [item],
  );
  const marks = useHighlights(query, item.id, texts);
  const snippet = item.kind === 'article' ? snippetOf(item.paragraphs, marks?.slice(1)) : null;
  const date = item.kind === 'article' ? item.publishedAt : item.date;
  return (
    <li className="item-list__entry search-result" {...listEntryProps}>
      <Link
        className={visited ? 'item-list__title item-list__title--visited' : 'item-list__title'}
        to={paths.article.getHref(item.id, { q: query })}
        {...listPrimaryProps}
      >
        <HighlightedText text={item.title} ranges={marks?.[0]} />
        {item.kind === 'teaser' && item.truncated && '…'}
      </Link>
      <span className="item-list__meta">
        {visited && <span className="visually-hidden">已读</span>}
        {item.kind === 'teaser' && <TeaserBadge />}
        {date && <FormattedDate date={date} />}
        <BookmarkToggle target={bookmarkTargetOf(item)} variant="entry" />
      </span>
      {snippet && (
        <p className="search-result__snippet">
          {snippet.before && '…'}
          <HighlightedText text={snippet.text} ranges={snippet.ranges} />
          {snippet.after && '…'}
        </p>
      )}
    </li>
  );
}

/** The paragraph with the most matches (else the first), cut to a window around them. */
function snippetOf(
  paragraphs: readonly string[],
  marks: readonly TextRange[][] | undefined,
): Snippet | null {
  let best = paragraphs.findIndex((p) => p.trim() !== '');
  let most = 0;
  marks?.forEach((ranges, index) => {
    if (ranges.length > most) {
      most = ranges.length;
      best = index;
    }
  });
  const text = paragraphs[best];
  if (text === undefined) return null;
  return makeSnippet(text, marks?.[best] ?? [], SNIPPET_LENGTH);
}
