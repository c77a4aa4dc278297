import { Link } from 'react-router';
import type { Article } from '../../../../domain/bundle/bundle';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { otherCopies } from '../lib/story-copies';

export const STORY_HEADING_ID = 'story-heading';

/** 同题报道: the other sites that carry the story, each with its host, date and what differs. */
export function StoryCopies({ article }: { article: Article }) {
  const copies = otherCopies(article);
  if (copies.length === 0) return null;
  return (
    <section className="story-copies" aria-labelledby={STORY_HEADING_ID}>
      <h2 id={STORY_HEADING_ID} className="related__title" tabIndex={-1}>
        同题报道
      </h2>
      <p className="story-copies__note">另有 {copies.length} 个网站刊登了这篇报道：</p>
      <ul className="story-copies__list">
        {copies.map((copy) => (
          <li key={copy.id} className="story-copies__entry">
            <Link className="story-copies__title" to={paths.article.getHref(copy.id)}>
              {copy.title}
            </Link>
            <span className="item-list__meta">
              <span className="item-list__source">{copy.host ?? '来源不明'}</span>
              {copy.date && <FormattedDate date={copy.date} />}
              {copy.differences.map((d) => (
                <span key={d} className="story-copies__difference">
                  {d}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `N 个来源` in the article's meta line: moves to the list of copies further down. */
export function StorySourcesLink({ article }: { article: Article }) {
  const count = article.story?.copies.length ?? 0;
  if (count < 2) return null;
  return (
    <button
      type="button"
      className="article__sources"
      onClick={() => {
        const heading = document.getElementById(STORY_HEADING_ID);
        heading?.scrollIntoView({ block: 'start' });
        heading?.focus({ preventScroll: true });
      }}
    >
      {count} 个来源
    </button>
  );
}
