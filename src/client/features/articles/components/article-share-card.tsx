import type { Article } from '../../../../domain/bundle/bundle';
import { APP_NAME } from '../../../hooks/use-document-meta';
import { formatChineseDate } from '../../../lib/format-date';
import { safeHttpUrl } from '../../../lib/safe-http-url';
import { excerptOf, ShareCardButton } from '../../share-card';

/** 分享卡片 for an article: what the card says, taken from the article as the page shows it. */
export function ArticleShareCard({ article, url }: { article: Article; url: string }) {
  const source = article.host ?? hostOf(safeHttpUrl(article.url));
  return (
    <ShareCardButton
      content={{
        title: article.title,
        source,
        date: article.publishedAt ? formatChineseDate(article.publishedAt) : null,
        excerpt: excerptOf(article.paragraphs),
        url,
        siteName: APP_NAME,
      }}
    />
  );
}

function hostOf(href: string | null): string | null {
  return href ? new URL(href).host : null;
}
