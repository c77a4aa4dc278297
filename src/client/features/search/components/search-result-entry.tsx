import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Article, ItemSummary } from '../../../../domain/bundle/bundle';
import { makeSnippet, type Snippet } from '../../../../domain/search/query/make-snippet';
import type { TextRange } from '../../../../domain/search/query/match-ranges';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { DerivedTitleBadge } from '../../../components/ui/derived-title-badge';
import { TeaserBadge } from '../../../components/ui/teaser-badge';
import { listEntryProps, listPrimaryProps } from '../../../lib/keyboard-targets';
import { bookmarkTargetOf, useItem } from '../../articles';
import { BookmarkToggle } from '../../bookmarks';
import { QueueToggle } from '../../listen';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { useIsVisited } from '../../reading-state';
import { useHighlights } from '../api/get-highlights';
import type { ShownHit } from '../lib/search-backend';

/** Characters of body text shown under a result's title. */
const SNIPPET_LENGTH = 90;

/**
 * One result. Its title (marked), kind and date come with the hit, from the index, so the entry
 * shows at once; once it is painted, an article also loads its item file (the same query the
 * article page uses, so opening it costs nothing more) for a piece of the text around what
 * matched, in a box whose height is kept from the start so that nothing moves when it fills in.
 */
export function SearchResultEntry({ hit, query }: { hit: ShownHit; query: string }) {
  const visited = useIsVisited(hit.id);
  // The results paint first; their texts load after.
  const item = useItem(hit.id, { enabled: useAfterPaint() }).data;
  const summary: ItemSummary = {
    id: hit.id,
    kind: hit.kind,
    title: hit.title,
    truncated: hit.truncated,
    date: hit.date,
  };
  return (
    <li className="item-list__entry search-result" {...listEntryProps}>
      <Link
        className={visited ? 'item-list__title item-list__title--visited' : 'item-list__title'}
        to={paths.article.getHref(hit.id, { q: query })}
        {...listPrimaryProps}
      >
        <HighlightedText text={hit.title} ranges={hit.titleMarks} />
        {hit.truncated && '…'}
      </Link>
      <span className="item-list__meta">
        {visited && <span className="visually-hidden">已读</span>}
        {hit.kind === 'teaser' && <TeaserBadge />}
        {item?.kind === 'article' && item.titleDerived && <DerivedTitleBadge />}
        {hit.date && <FormattedDate date={hit.date} />}
        {/* Search indexes a story once, by its representative (docs/stories.md). */}
        {item?.kind === 'article' && item.story && (
          <span className="item-list__sources">{item.story.copies.length} 个来源</span>
        )}
        {hit.kind === 'article' && (
          <QueueToggle target={bookmarkTargetOf(item ?? summary)} variant="entry" />
        )}
        <BookmarkToggle target={bookmarkTargetOf(item ?? summary)} variant="entry" />
      </span>
      {hit.kind === 'article' &&
        (item?.kind === 'article' ? (
          <ResultSnippet item={item} query={query} />
        ) : (
          <p
            className="search-result__snippet search-result__snippet--pending"
            aria-hidden="true"
          />
        ))}
    </li>
  );
}

function ResultSnippet({ item, query }: { item: Article; query: string }) {
  const texts = useMemo(() => [item.title, ...item.paragraphs], [item]);
  const marks = useHighlights(query, item.id, texts);
  const snippet = snippetOf(item.paragraphs, marks?.slice(1));
  return (
    <p className="search-result__snippet">
      {snippet?.before && '…'}
      {snippet && <HighlightedText text={snippet.text} ranges={snippet.ranges} />}
      {snippet?.after && '…'}
    </p>
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
