import type { Article } from '../../../../domain/bundle';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { NeighbourLinks } from './neighbour-links';
import { SourceLink } from './source-link';

export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article">
      <header className="article__header">
        <h1 className="article__title">{article.title}</h1>
        <p className="article__meta">
          {article.publishedAt && (
            <span>
              发布于 <FormattedDate date={article.publishedAt} />
            </span>
          )}
          <SourceLink url={article.url} host={article.host} />
        </p>
      </header>
      <div className="article__body">
        {article.paragraphs.length > 0 ? (
          // Paragraphs have no ids and never reorder, so their index is a stable key.
          article.paragraphs.map((text, index) => <p key={index}>{text}</p>)
        ) : (
          <p className="empty-text">这篇文章没有正文。</p>
        )}
      </div>
      <NeighbourLinks prev={article.prev} next={article.next} />
    </article>
  );
}
