import type { Article, ItemSummary, Teaser } from '../../../../domain/bundle/bundle';
import type { BookmarkTarget } from '../../bookmarks';
import { displayTitle } from './item-title';

/** What a bookmark keeps of an item, whichever form the page has it in. */
export function bookmarkTargetOf(item: ItemSummary | Article | Teaser): BookmarkTarget {
  if (item.kind === 'article' && 'paragraphs' in item) {
    return { id: item.id, kind: 'article', title: item.title, date: item.publishedAt };
  }
  return { id: item.id, kind: item.kind, title: displayTitle(item), date: item.date };
}
