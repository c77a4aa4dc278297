/**
 * The bundle: what the seed compiler writes and the client reads. One module so that both sides
 * agree on every field; docs/bundle-format.md explains the layout and the reasons for it.
 */

/** Bumped on any incompatible change; the client refuses files of another version. */
export const BUNDLE_VERSION = 3;

/** Latest-list items per page file. */
export const LATEST_PAGE_SIZE = 30;

/** Hot items kept in the manifest (the home page shows the first ten). */
export const HOT_LIMIT = 50;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** `article`: a seed page with full text. `teaser`: only a title seen in some list. */
export type ItemKind = 'article' | 'teaser';

/** Where a teaser was seen: a sidebar list or a neighbour link of an article. */
export type SightingList = 'latest' | 'hot' | 'prev' | 'next';

/** What a list shows of an item; kept small because lists may hold 100,000 of them. */
export interface ItemSummary {
  id: string;
  kind: ItemKind;
  title: string;
  /** The source site cut the title short (it ended in `...`); `title` holds the part it kept. */
  truncated: boolean;
  /** An article's own date, else its 最新加入 date; a teaser's 最新加入 date, else a hot date. */
  date: IsoDate | null;
  /** The page showed no headline: `title` was made from its lead sentence. */
  titleDerived?: true;
  /** The site it comes from: an article's source, the site that listed a teaser. */
  host?: string;
  /** The main place it is about (开州区), for the list row. */
  place?: string;
  /** A story told by several sites: how many copies (2 or more), this one listing them all. */
  sources?: number;
}

/** One copy of a story, as an article's 同题报道 lists it (docs/stories.md). */
export interface StoryCopy {
  id: string;
  title: string;
  host: string | null;
  date: IsoDate | null;
  /** Characters of its text: a reader sees which copy is longer. */
  chars: number;
}

/** The story an article is a copy of: its stable id and every copy, the representative first. */
export interface ArticleStory {
  id: string;
  copies: StoryCopy[];
}

/** A place an item is about, with its chain of names from the province down (重庆市 › 开州区). */
export interface RegionRef {
  code: string;
  name: string;
  chain: string[];
}

/** A topic from the vocabulary in `src/domain/tagging/topics/topic-vocabulary.ts`. */
export interface TopicRef {
  id: string;
  name: string;
}

/** What an item is about, found at build time; the search filters use the same codes and ids. */
export interface ItemTags {
  regions: RegionRef[];
  topics: TopicRef[];
  /** Free keywords from the text, most telling first. */
  keywords: string[];
}

export interface Article extends ItemTags {
  id: string;
  kind: 'article';
  title: string;
  /** The page showed no headline: `title` was made from its lead sentence. */
  titleDerived?: true;
  /** A subtitle the page printed under its headline. */
  subtitle?: string;
  publishedAt: IsoDate | null;
  /** The original page, always http(s); null when the seed had none. */
  url: string | null;
  host: string | null;
  paragraphs: string[];
  prev: ItemSummary | null;
  next: ItemSummary | null;
  /** Other articles about the same places or topics, most related first. */
  related: ItemSummary[];
  /** Present when other sites carry the same story. */
  story?: ArticleStory;
}

export interface Sighting {
  list: SightingList;
  /** The article on whose page the teaser was listed. */
  on: { id: string; title: string };
  /** The date shown beside the teaser in that list, if any. */
  date: IsoDate | null;
}

export interface Teaser extends ItemTags {
  id: string;
  kind: 'teaser';
  title: string;
  truncated: boolean;
  date: IsoDate | null;
  /** The site that listed it first, where a reader can look for the full text. */
  host: string | null;
  /** Where it was seen, at most `SIGHTINGS_LIMIT` of them. */
  sightings: Sighting[];
}

export const SIGHTINGS_LIMIT = 20;

export type Item = Article | Teaser;

/** How a latest list is cut into files (`latest-pages.ts`). */
export interface ListPaging {
  pageSize: number;
  /** Pages a reader can turn, the newest first, `pageSize` items each but the last. */
  pages: number;
  total: number;
  /** Dated items per month (`2025-07`), the newest month first; the undated come after them. */
  months: [month: string, count: number][];
}

/**
 * A file of a latest list: `head` holds its first page; `month` the items of one month, cut into
 * pages from the month's oldest item (`n` from 1), so that an item added, removed or moved in one
 * month rewrites files of that month alone; `undated` the items without a date, in list order.
 */
export type LatestFile = 'head' | { month: string; n: number } | { undated: number };

const latestFileName = (file: LatestFile) =>
  file === 'head'
    ? 'head'
    : 'month' in file
      ? `${file.month}/${file.n}`
      : `undated/${file.undated}`;

/** `data/manifest.json`: everything the home page needs besides the latest pages. */
export interface Manifest {
  version: typeof BUNDLE_VERSION;
  counts: { articles: number; teasers: number };
  /** The site's 免责声明, shown once in the footer. */
  disclaimer: string | null;
  latest: ListPaging;
  /** The latest list without teasers: what can be read, the list readers see first. */
  latestArticles: ListPaging;
  hot: ItemSummary[];
  /** The regions and topics with the most items, for the home page's quick filters. */
  facets: {
    regions: (RegionRef & { count: number })[];
    topics: (TopicRef & { count: number })[];
  };
  /**
   * Present when the compile wrote feeds (it was given the site's address): the address the
   * feeds and their links start with, ending in `/` (docs/feeds.md).
   */
  feeds?: { siteUrl: string };
}

/**
 * `data/latest/<file>.json` and `data/latest/articles/<file>.json` (`LatestFile`): one page of
 * the latest list or of its articles, newest first.
 */
export interface LatestPage {
  version: typeof BUNDLE_VERSION;
  items: ItemSummary[];
}

/** `data/items/<id>.json`: one article or teaser, loaded when its page opens. */
export interface ItemFile {
  version: typeof BUNDLE_VERSION;
  item: Item;
}

/** Items per feed: the latest articles of everything, a topic, a region or a source host. */
export const FEED_LIMIT = 50;

/** RSS 2.0, Atom 1.0 or JSON Feed 1.1: every feed is written in all three. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** A feed of everything, or of one topic (its id), region (its code) or source host. */
export type FeedRef = { kind: 'all' } | { kind: 'topic' | 'region' | 'host'; key: string };

/** `data/feeds/index.json`: the feeds written, by key, with their names (the 订阅 button's). */
export interface FeedIndex {
  version: typeof BUNDLE_VERSION;
  topic: Record<string, string>;
  region: Record<string, string>;
  host: Record<string, string>;
}

const FEED_FILE_ENDINGS: Record<FeedFormat, string> = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  json: 'json',
};

/** Where the bundle lives inside the built site: the client fetches `${BASE_URL}data/…`. */
export const SITE_DATA_DIR = 'data/';

/** Related articles kept per article, and quick-filter values per facet in the manifest. */
export const RELATED_LIMIT = 5;
export const FACET_LIMIT = 12;

/**
 * Paths of every file of the bundle, relative to its root (`data/` in the site): the one table
 * the compiler writes by and the client fetches by.
 */
export const bundlePaths = {
  manifest: () => 'manifest.json',
  latestPage: (file: LatestFile) => `latest/${latestFileName(file)}.json`,
  latestArticlesPage: (file: LatestFile) => `latest/articles/${latestFileName(file)}.json`,
  item: (id: string) => `items/${id}.json`,
  searchManifest: () => 'search/manifest.json',
  /** The regions items are tagged with, and their ancestors: the filter tree. */
  searchRegions: () => 'search/regions.json',
  /** Pinyin of the names a reader may type. */
  searchPinyin: () => 'search/pinyin.json',
  /** A binary file of the search index, by the name `shardFile` gives it. */
  searchFile: (file: string) => `search/${file}.bin`,
  /** Articles per province and the places below (the map; `stats-files.ts`). */
  statsPlaces: () => 'stats/places.json',
  /** Articles per month (the home timeline). */
  statsMonths: () => 'stats/months.json',
  /** Each topic's articles per month of the last 24 (its sparkline). */
  statsTopics: () => 'stats/topics.json',
  /**
   * A feed in one format: `feeds/all.rss.xml`, `feeds/topic/myopia.atom.xml`,
   * `feeds/region/5001.json`, `feeds/host/jw.cq.gov.cn.rss.xml`. Keys are ids, codes and ASCII
   * host names already; anything else a host might hold becomes `_`, so a name is URL-safe.
   */
  feed: (feed: FeedRef, format: FeedFormat) =>
    `feeds/${feed.kind === 'all' ? 'all' : `${feed.kind}/${feed.key.toLowerCase().replace(/[^a-z0-9.-]/g, '_')}`}.${FEED_FILE_ENDINGS[format]}`,
  feedIndex: () => 'feeds/index.json',
  /** Every feed in one OPML file, for a feed reader's import. */
  feedList: () => 'feeds/feeds.opml',
} as const;
