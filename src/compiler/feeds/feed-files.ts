import {
  BUNDLE_VERSION,
  bundlePaths,
  type FeedIndex,
  type IsoDate,
  type ItemSummary,
} from '../../domain/bundle/bundle.ts';
import type { RankedTags } from '../../domain/search/build/search-files.ts';
import type { CatalogArticle } from '../catalog/build-catalog.ts';
import { feedContents, type FeedArticle, type FeedPlace } from './feed-contents.ts';
import { feedListOpml } from './feed-list.ts';
import { renderFeed } from './render-feed.ts';

/** What a compile needs to write feeds: the site's address and the build day. */
export interface FeedSite {
  siteUrl: string;
  today: IsoDate;
}

/** The provinces and prefectures of an item's places, each once, in the order tagged. */
function placesOf(tags: RankedTags | undefined): FeedPlace[] {
  const places = new Map<string, FeedPlace>();
  for (const region of tags?.regions ?? []) {
    region.chain.forEach((c, i) => {
      // 2 digits: a province; 4: a prefecture. Counties get no feed of their own.
      if (c.code.length > 4 || places.has(c.code)) return;
      places.set(c.code, { code: c.code, chain: region.chain.slice(0, i + 1).map((r) => r.name) });
    });
  }
  return [...places.values()];
}

/** The feeds of a compile and their files, made as they are asked for. */
export interface FeedFiles {
  /** How many feeds (each in three files). */
  count: number;
  /** Every feed file, the index and the OPML list, by path in the bundle. */
  files(): Generator<[string, string]>;
}

/**
 * The feeds of a compile (docs/feeds.md): `latestArticles` in the order of 最新加入, each
 * article's text and tags looked up by id. Each feed's three files are made together, when the
 * iteration reaches them.
 */
export function feedFiles(
  latestArticles: readonly ItemSummary[],
  articleOf: (id: string) => CatalogArticle | undefined,
  tagsOf: (id: string) => RankedTags | undefined,
  site: FeedSite,
): FeedFiles {
  const articles: FeedArticle[] = [];
  for (const summary of latestArticles) {
    const article = articleOf(summary.id);
    if (!article || summary.date === null) continue;
    const tags = tagsOf(summary.id);
    articles.push({
      id: article.id,
      title: article.title,
      date: summary.date,
      url: article.url,
      host: article.host,
      paragraphs: article.paragraphs,
      topics: (tags?.topics ?? []).map(({ id, name }) => ({ id, name })),
      places: placesOf(tags),
    });
  }
  const feeds = feedContents(articles);
  const index: FeedIndex = { version: BUNDLE_VERSION, topic: {}, region: {}, host: {} };
  for (const { ref, name } of feeds) if (ref.kind !== 'all') index[ref.kind][ref.key] = name;
  return {
    count: feeds.length,
    *files() {
      for (const feed of feeds) {
        const rendered = renderFeed(feed, site.siteUrl, site.today);
        for (const format of ['rss', 'atom', 'json'] as const) {
          yield [bundlePaths.feed(feed.ref, format), rendered[format]];
        }
      }
      yield [bundlePaths.feedIndex(), JSON.stringify(index)];
      yield [bundlePaths.feedList(), feedListOpml(feeds, site.siteUrl)];
    },
  };
}
