import {
  BUNDLE_VERSION,
  FACET_LIMIT,
  HOT_LIMIT,
  LATEST_PAGE_SIZE,
  RELATED_LIMIT,
  bundlePaths,
  type Article,
  type ItemFile,
  type ItemSummary,
  type ArticleStory,
  type ItemTags,
  type LatestPage,
  type Manifest,
  type RegionRef,
  type StoryCopy,
  type TopicRef,
} from '../domain/bundle/bundle.ts';
import { cutLatest } from '../domain/bundle/latest-pages.ts';
import { rankHot, rankLatest } from '../domain/lists/rank-lists.ts';
import { relatedItems } from '../domain/lists/related-items.ts';
import { countArticles } from '../domain/stats/count-articles.ts';
import {
  bundleTags,
  placeName,
  type RankedTags,
  type SearchFiles,
} from '../domain/search/build/search-files.ts';
import type { Catalog, CatalogArticle, CatalogTeaser } from './catalog/build-catalog.ts';
import { feedFiles, type FeedFiles, type FeedSite } from './feeds/feed-files.ts';
import { searchBundleFiles } from './search-files.ts';
import { linesOf } from './spilled-lines.ts';

/** A bundle file's contents: JSON text, or bytes for the binary search shards. */
export type BundleFileBody = string | Uint8Array;

const NO_TAGS: ItemTags = { regions: [], topics: [], keywords: [] };

/**
 * The regions and topics most items are about, for the home page's quick filters. A region counts
 * the items about it or any place inside it (重庆市 counts 开州区 news), each item once.
 */
function topFacets(tags: ReadonlyMap<string, RankedTags>): Manifest['facets'] {
  const regions = new Map<string, RegionRef & { count: number }>();
  const topics = new Map<string, TopicRef & { count: number }>();
  for (const t of tags.values()) {
    const seen = new Set<string>();
    for (const tag of t.regions) {
      tag.chain.forEach((c, i) => {
        if (seen.has(c.code)) return;
        seen.add(c.code);
        const chain = tag.chain.slice(0, i + 1).map((x) => x.name);
        const entry = regions.get(c.code) ?? { code: c.code, name: c.name, chain, count: 0 };
        entry.count++;
        regions.set(c.code, entry);
      });
    }
    for (const { id, name } of t.topics) {
      const entry = topics.get(id) ?? { id, name, count: 0 };
      entry.count++;
      topics.set(id, entry);
    }
  }
  const top = <T extends { count: number }>(values: Map<string, T>) =>
    [...values]
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .slice(0, FACET_LIMIT)
      .map(([, v]) => v);
  return { regions: top(regions), topics: top(topics) };
}

/** A bundle laid out but not yet written: each file is made when asked for. */
export interface BundleLayout {
  /**
   * The manifest, the latest pages and every item, made one at a time as the iteration asks:
   * written straight to disk, a 100,000-article bundle never sits in memory as a whole.
   */
  files(): Iterable<[string, BundleFileBody]>;
  /** One of `files()` by its path, made on demand (the dev server's case); undefined if none. */
  file(name: string): BundleFileBody | undefined;
  /** The search files, once the index (built beside the rest, maybe on another thread) is done. */
  search: Promise<[string, BundleFileBody][]>;
  /** Every file: `files()`, then the search files. */
  entries(): AsyncIterable<[string, BundleFileBody]>;
  /** How many feeds `files()` holds (three files each); null when no site address was given. */
  feeds: number | null;
}

/**
 * Lays a catalog out as the bundle's files, given every item's tags and the search files to come.
 * Every list is fully ordered and objects are built field by field, so identical seeds give
 * identical bytes. Rankings, related items and the manifest are worked out here; each item's JSON
 * only when it is asked for.
 */
export function bundleLayout(
  catalog: Catalog,
  searchTags: ReadonlyMap<string, RankedTags>,
  search: Promise<SearchFiles>,
  /** The site's address and build day, to write feeds with (docs/feeds.md); null: no feeds. */
  feedSite: FeedSite | null = null,
): BundleLayout {
  // What the files read later, apart: a closure that read `catalog` would keep all of it (its
  // summaries, rank facts and seed files) until the last file is written.
  const { articles, teasers, stories } = catalog;
  // Made as each item's file is: kept for every item, they were a second copy of the tags.
  const tagsOf = (id: string) => {
    const t = searchTags.get(id);
    return t ? bundleTags(t) : NO_TAGS;
  };
  // A list row names the item's main place; the catalog is linked before tagging knows it. Made
  // once per item, since the lists and every article's related items share them.
  const summaries = new Map<string, ItemSummary>();
  for (const [id, s] of catalog.summaries) {
    const main = searchTags.get(id)?.regions[0];
    const place = main && placeName(main);
    // Not `{ ...s, place }`: on Node 20's V8 a literal that spreads an object and adds to it
    // gets a hidden class of its own, about 270 bytes more for each of these summaries and
    // for each item object below (docs/scaling.md, "Memory").
    summaries.set(id, place ? Object.assign({}, s, { place }) : s);
  }
  const summary = (id: string): ItemSummary => {
    const s = summaries.get(id);
    if (!s) throw new Error(`No summary for ranked item ${id}`);
    return s;
  };
  // Related items are other stories: a copy shows its representative's.
  const leadOf = (id: string) => stories.get(id)?.members[0] ?? id;
  const related = relatedItems(
    articles
      .filter((a) => leadOf(a.id) === a.id)
      .map((a) => ({
        id: a.id,
        date: summary(a.id).date,
        regions: searchTags.get(a.id)?.regions.map((r) => r.code) ?? [],
        topics: searchTags.get(a.id)?.topics.map((t) => t.id) ?? [],
      })),
    RELATED_LIMIT,
  );
  const articleById = new Map(articles.map((a) => [a.id, a]));
  // Each copy's length is read once, not again for every copy's file (its text may be on disk).
  const storyChars = new Map<string, number>();
  const charsOf = (id: string) => {
    let chars = storyChars.get(id);
    if (chars === undefined) {
      const copy = articleById.get(id);
      chars = copy ? linesOf(copy.paragraphs).reduce((n, p) => n + p.length, 0) : 0;
      storyChars.set(id, chars);
    }
    return chars;
  };
  const storyOf = (id: string): ArticleStory | undefined => {
    const story = stories.get(id);
    if (!story) return undefined;
    const copies = story.members.map((member): StoryCopy => {
      const copy = articleById.get(member);
      return {
        id: member,
        title: copy?.title ?? '',
        host: copy?.host ?? null,
        date: summary(member).date,
        chars: charsOf(member),
      };
    });
    return { id: story.id, copies };
  };

  const latest = rankLatest(catalog.facts).map((f) => summary(f.id));
  const hot = rankHot(catalog.facts)
    .slice(0, HOT_LIMIT)
    .map((f) => summary(f.id));
  const latestArticles = latest.filter((item) => item.kind === 'article');
  const all = { ...cutLatest(latest, LATEST_PAGE_SIZE), path: bundlePaths.latestPage };
  const articleList = {
    ...cutLatest(latestArticles, LATEST_PAGE_SIZE),
    path: bundlePaths.latestArticlesPage,
  };
  const lists = [all, articleList];
  const manifest: Manifest = {
    version: BUNDLE_VERSION,
    counts: { articles: articles.length, teasers: teasers.length },
    disclaimer: catalog.disclaimer,
    latest: all.paging,
    latestArticles: articleList.paging,
    hot,
    facets: topFacets(searchTags),
    ...(feedSite && { feeds: { siteUrl: feedSite.siteUrl } }),
  };
  let feeds: FeedFiles | null = null;
  if (feedSite) {
    const articleById = new Map(articles.map((a) => [a.id, a]));
    feeds = feedFiles(
      latestArticles,
      (id) => articleById.get(id),
      (id) => searchTags.get(id),
      feedSite,
    );
  }

  // The map's and the timelines' numbers: articles only, by the date their list row shows.
  const stats = countArticles(
    articles.map((a) => ({
      date: summary(a.id).date,
      regions: searchTags.get(a.id)?.regions ?? [],
      topics: searchTags.get(a.id)?.topics ?? [],
    })),
  );
  const statsFiles: [string, () => string][] = [
    [bundlePaths.statsPlaces(), () => JSON.stringify(stats.places)],
    [bundlePaths.statsMonths(), () => JSON.stringify(stats.months)],
    [bundlePaths.statsTopics(), () => JSON.stringify(stats.topics)],
  ];

  function* listPages(): Generator<[string, () => string]> {
    for (const { files, path } of lists) {
      for (const [file, items] of files) {
        yield [
          path(file),
          () => JSON.stringify({ version: BUNDLE_VERSION, items } satisfies LatestPage),
        ];
      }
    }
  }
  const articleFile = (article: CatalogArticle) => {
    // The paragraphs read back in their place among the keys, so the JSON's order stays.
    const item: Article = Object.assign({}, article, tagsOf(article.id), {
      paragraphs: linesOf(article.paragraphs),
      related: (related.get(leadOf(article.id)) ?? []).map(summary),
    });
    if (stories.has(article.id)) item.story = storyOf(article.id);
    return JSON.stringify({ version: BUNDLE_VERSION, item } satisfies ItemFile);
  };
  const teaserFile = (teaser: CatalogTeaser) => {
    const item: ItemFile['item'] = Object.assign({}, teaser, tagsOf(teaser.id));
    return JSON.stringify({ version: BUNDLE_VERSION, item } satisfies ItemFile);
  };

  function* files(): Generator<[string, BundleFileBody]> {
    yield [bundlePaths.manifest(), JSON.stringify(manifest)];
    for (const [name, make] of listPages()) yield [name, make()];
    for (const [name, make] of statsFiles) yield [name, make()];
    for (const article of articles) {
      yield [bundlePaths.item(article.id), articleFile(article)];
    }
    for (const teaser of teasers) yield [bundlePaths.item(teaser.id), teaserFile(teaser)];
    if (feeds) yield* feeds.files();
  }

  let byPath: Map<string, () => string> | null = null;
  const file = (name: string) => {
    if (!byPath) {
      byPath = new Map([
        [bundlePaths.manifest(), () => JSON.stringify(manifest)],
        ...listPages(),
        ...statsFiles,
      ]);
      for (const a of articles) byPath.set(bundlePaths.item(a.id), () => articleFile(a));
      for (const t of teasers) byPath.set(bundlePaths.item(t.id), () => teaserFile(t));
      // Feeds are few beside the items: the dev server makes them all on the first request.
      for (const [path, body] of feeds?.files() ?? []) byPath.set(path, () => body);
    }
    return byPath.get(name)?.();
  };

  const searchFiles = search.then(searchBundleFiles);
  searchFiles.catch(() => {}); // reported by whoever awaits it
  return {
    files,
    file,
    search: searchFiles,
    feeds: feeds?.count ?? null,
    async *entries() {
      yield* files();
      yield* await searchFiles;
    },
  };
}
