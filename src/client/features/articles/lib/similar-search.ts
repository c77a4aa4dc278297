import type { Teaser } from '../../../../domain/bundle/bundle';
import type { SearchRequest } from '../../../../domain/search/query/search-types';

/** Characters of a teaser's title that make a query for articles that begin the same way. */
const TITLE_CHARS = 6;

/**
 * The search behind a teaser's 查找相似文章: its place and topic when the compiler found them,
 * else the start of its title (without punctuation), which finds the full article if the site
 * carries it under a longer title.
 */
export function similarSearchLink(
  teaser: Pick<Teaser, 'title' | 'regions' | 'topics'>,
): Partial<SearchRequest> {
  const region = teaser.regions[0]?.code;
  const topic = teaser.topics[0]?.id;
  if (region !== undefined || topic !== undefined) {
    return {
      filters: {
        regions: region === undefined ? [] : [region],
        topics: topic === undefined ? [] : [topic],
      },
    };
  }
  const start = Array.from(teaser.title.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim())
    .slice(0, TITLE_CHARS)
    .join('')
    .trim();
  return { text: start };
}
