import { useRef } from 'react';
import type { Article } from '../../../../domain/bundle';
import { paths, shareableUrl } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { BookmarkToggle } from '../../bookmarks/components/bookmark-toggle';
import { bookmarkTargetOf } from '../lib/item-target';
import { countReadingChars, estimateReadingMinutes } from '../lib/reading-time';
import { ArticleBody } from './article-body';
import { NeighbourLinks } from './neighbour-links';
import { ShareButton } from './share-button';
import { SourceLink } from './source-link';

export function ArticleView({ article }: { article: Article }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chars = countReadingChars(article.paragraphs);
  const minutes = estimateReadingMinutes(chars);

  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article__header">
        <h1 id="article-title" ref={headingRef} tabIndex={-1} className="article__title">
          {article.title}
        </h1>
        <p className="article__meta">
          {article.publishedAt && (
            <span>
              发布于 <FormattedDate date={article.publishedAt} />
            </span>
          )}
          <SourceLink url={article.url} host={article.host} />
          {minutes > 0 && (
            <span>
              全文 {chars} 字，约 {minutes} 分钟读完
            </span>
          )}
        </p>
        <div className="article__actions">
          <BookmarkToggle target={bookmarkTargetOf(article)} variant="page" />
          <ShareButton
            title={article.title}
            url={shareableUrl(paths.article.getHref(article.id))}
          />
        </div>
      </header>
      <ArticleBody
        id={article.id}
        paragraphs={article.paragraphs}
        onStartOver={() => headingRef.current?.focus({ preventScroll: true })}
      />
      <NeighbourLinks prev={article.prev} next={article.next} />
    </article>
  );
}
