import { Link } from 'react-router';
import type { Teaser } from '../../../../domain/bundle/bundle';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { TeaserBadge } from '../../../components/ui/teaser-badge';
import { BookmarkToggle } from '../../bookmarks';
import type { ItemMarks } from '../lib/item-marks';
import { bookmarkTargetOf } from '../lib/item-target';
import { sightingPlace } from '../lib/sighting-label';
import { similarSearchLink } from '../lib/similar-search';
import { sourceSiteSearchUrl } from '../lib/source-search';
import { SearchContext } from './search-context';
import { TagChips } from './tag-chips';

export function TeaserView({ teaser, marks }: { teaser: Teaser; marks?: ItemMarks | undefined }) {
  const similar = similarSearchLink(teaser);
  return (
    <article className="article article--teaser" aria-labelledby="article-title">
      <header className="article__header">
        <p className="article__kicker">
          <TeaserBadge />
        </p>
        <h1 id="article-title" className="article__title">
          <HighlightedText text={teaser.title} ranges={marks?.title} />
          {teaser.truncated && '…'}
        </h1>
        {teaser.date && (
          <p className="article__meta">
            <span>
              日期 <FormattedDate date={teaser.date} />
            </span>
          </p>
        )}
        <TagChips regions={teaser.regions} topics={teaser.topics} />
        <div className="article__actions">
          <BookmarkToggle target={bookmarkTargetOf(teaser)} variant="page" />
        </div>
      </header>
      {marks && <SearchContext query={marks.query} />}
      <p className="notice">
        本站只在其他文章的页面上见过这个标题，没有收录它的正文。
        {teaser.truncated && '来源网站显示时截短了标题，末尾的“…”表示后面还有文字。'}
      </p>
      <section className="sightings" aria-labelledby="sightings-heading">
        <h2 id="sightings-heading" className="sightings__title">
          出现位置
        </h2>
        {teaser.sightings.length > 0 ? (
          <ul className="sightings__list">
            {teaser.sightings.map((sighting, index) => (
              // A teaser may be seen twice on one page (in two lists), so the index disambiguates.
              <li key={`${sighting.on.id}-${sighting.list}-${index}`}>
                在《<Link to={paths.article.getHref(sighting.on.id)}>{sighting.on.title}</Link>
                》页面的{sightingPlace(sighting.list)}中
                {sighting.date && (
                  <>
                    ，标注日期 <FormattedDate date={sighting.date} />
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-text">没有记录到出现位置。</p>
        )}
      </section>
      {/* A title without text must not be a dead end: say where the reader can go on. */}
      <section className="next-steps" aria-labelledby="next-steps-heading">
        <h2 id="next-steps-heading" className="sightings__title">
          接下来
        </h2>
        {teaser.host && (
          <p>
            <a href={sourceSiteSearchUrl(teaser.host, teaser.title)} rel="noopener noreferrer">
              到 {teaser.host} 查找原文
            </a>
            （百度站内搜索，会离开本站）
          </p>
        )}
        <p>
          <Link to={paths.search.getHref(similar)}>查找相似文章</Link>
          {similar.text === undefined ? '（同一地区、同一专题）' : '（标题开头相同）'}，
          <Link to={paths.latest.getHref(1)}>浏览全部最新加入</Link>，或
          <Link to={paths.home.getHref()}>回到首页</Link>看看热门资讯。
        </p>
      </section>
    </article>
  );
}
