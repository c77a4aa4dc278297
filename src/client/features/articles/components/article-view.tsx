import { useRef } from 'react';
import type { Article } from '../../../../domain/bundle/bundle';
import { paths, shareableUrl } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { BookmarkToggle } from '../../bookmarks';
import { ListenButton, QueueToggle, useSpokenPlace } from '../../listen';
import type { ItemMarks } from '../lib/item-marks';
import { bookmarkTargetOf } from '../lib/item-target';
import { countReadingChars, estimateReadingMinutes } from '../lib/reading-time';
import { ArticleBody } from './article-body';
import { ArticleShareCard } from './article-share-card';
import { ItemSummaryList } from './item-summary-list';
import { NeighbourLinks } from './neighbour-links';
import { PrintSource } from './print-source';
import { SearchContext } from './search-context';
import { ShareButton } from './share-button';
import { SourceLink } from './source-link';
import { SpokenText } from './spoken-text';
import { StoryCopies, StorySourcesLink } from './story-copies';
import { TagChips } from './tag-chips';

/** `marks`: what the search the reader came from matched, marked in the title and the text. */
export function ArticleView({
  article,
  marks,
}: {
  article: Article;
  marks?: ItemMarks | undefined;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chars = countReadingChars(article.paragraphs);
  const minutes = estimateReadingMinutes(chars);
  const url = shareableUrl(paths.article.getHref(article.id));
  const target = bookmarkTargetOf(article);
  // The sentence being read aloud, when it is this article that is being read.
  const spoken = useSpokenPlace(article.id);

  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article__header">
        <h1 id="article-title" ref={headingRef} tabIndex={-1} className="article__title">
          {spoken?.paragraph === -1 ? (
            <SpokenText text={article.title} ranges={marks?.title} spoken={spoken} />
          ) : (
            <HighlightedText text={article.title} ranges={marks?.title} />
          )}
        </h1>
        {article.subtitle && <p className="article__subtitle">——{article.subtitle}</p>}
        {article.titleDerived && (
          <p className="article__note">原网页没有标题，上面的标题取自正文的第一句。</p>
        )}
        {/* One line on a phone, so that the text starts on the first screen. */}
        <p className="article__meta">
          {article.publishedAt && <FormattedDate date={article.publishedAt} />}
          <SourceLink url={article.url} host={article.host} />
          <StorySourcesLink article={article} />
          {minutes > 0 && (
            <span className="article__length">
              <span className="article__chars">{chars} 字，</span>约 {minutes} 分钟
            </span>
          )}
        </p>
        {/* A bar at the foot of the screen on phones, where the thumb is (reader.css). */}
        <div className="article__actions" role="group" aria-label="文章操作">
          <ListenButton itemId={article.id} />
          <BookmarkToggle target={target} variant="page" />
          <QueueToggle
            target={{ id: target.id, title: target.title, date: target.date }}
            variant="page"
          />
          <ShareButton title={article.title} url={url} />
          <ArticleShareCard article={article} url={url} />
        </div>
      </header>
      {marks && <SearchContext query={marks.query} />}
      <ArticleBody
        id={article.id}
        paragraphs={article.paragraphs}
        marks={marks?.paragraphs}
        onStartOver={() => headingRef.current?.focus({ preventScroll: true })}
        spoken={spoken}
      />
      <PrintSource sourceUrl={article.url} readerUrl={url} />
      <TagChips regions={article.regions} topics={article.topics} />
      <StoryCopies article={article} />
      <NeighbourLinks prev={article.prev} next={article.next} />
      {article.related.length > 0 && (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading" className="related__title">
            相关文章
          </h2>
          <ItemSummaryList items={article.related} emptyText="" />
        </section>
      )}
    </article>
  );
}
