import type { Article, Teaser } from '../../../../domain/bundle/bundle';
import { displayTitle } from './item-title';

/** Long enough to say what the article is about in a search result or a link preview. */
const DESCRIPTION_CHARS = 110;

/** The page's meta description: the article's opening words, or what is known of a teaser. */
export function describeItem(item: Article | Teaser): string {
  if (item.kind === 'teaser') {
    return `《${displayTitle(item)}》：本站只收录了这篇文章的标题，可查看它出现在哪些页面。`;
  }
  const text = item.paragraphs.join('').replace(/\s+/gu, ' ').trim();
  if (text === '') return `《${item.title}》`;
  const chars = Array.from(text);
  return chars.length > DESCRIPTION_CHARS ? `${chars.slice(0, DESCRIPTION_CHARS).join('')}…` : text;
}
