import type { IsoDate, ItemKind } from '../../bundle/bundle.ts';

/**
 * What the index needs of one article or teaser. The compiler may hold the paragraphs otherwise
 * than as strings (on disk until read): the index builder reads them through a function.
 */
export interface SearchDoc<Paragraphs = readonly string[]> {
  id: string;
  kind: ItemKind;
  title: string;
  /** A teaser whose title the source cut short; shown with `…`. */
  truncated?: boolean;
  /** Paragraphs of an article; empty for a teaser. A match never spans two paragraphs. */
  paragraphs: Paragraphs;
  /** The date results are ordered by (newest first): `ItemSummary.date`. */
  date: IsoDate | null;
  /**
   * Region codes the item is about, each with all its ancestors (开州区 brings 重庆市), so that
   * filtering and counting by a province needs no hierarchy at query time.
   */
  regions: readonly string[];
  /** Topic ids from the topic vocabulary. */
  topics: readonly string[];
  /** The site an article comes from (`jw.cq.gov.cn`), for the 来源 facet; none for a teaser. */
  host?: string | null;
  /**
   * A copy of a story that its representative stands for (docs/stories.md): never shown, but
   * indexed all the same, so that when a newer, fuller copy takes over from an old one the
   * documents after the old one keep their numbers, and their files their bytes.
   */
  copy?: boolean;
}

/** One term ready to match: its literal forms and the regions it names. */
export interface SearchTerm {
  /** The folded term as typed. */
  text: string;
  /** Folded strings any of which satisfies the term (the text itself, then pinyin readings). */
  literals: readonly string[];
  /** Region codes the term names; items tagged with them match even if the text never says so. */
  regions: readonly string[];
  /**
   * The pinyin group (`SearchManifest.pinyinGroups`) holding the title entries of the literals
   * and the documents of the regions: its letters, when the term is two letters that spell words.
   */
  group?: string;
}

/** A query after parsing and expansion: what the engine and the brute-force reference take. */
export interface SearchQuery {
  /** Unquoted terms; all must match. */
  must: readonly SearchTerm[];
  /** Quoted phrases; all must match, literally. */
  phrases: readonly SearchTerm[];
  /** Excluded terms; none may match. */
  not: readonly SearchTerm[];
}

/** Narrowing by facet; every field is optional and they combine with AND. */
export interface SearchFilters {
  /** Items about any of these regions (codes at any level). */
  regions?: readonly string[];
  /** Items with any of these topic ids. */
  topics?: readonly string[];
  /** Articles from any of these source hosts. */
  hosts?: readonly string[];
  /** Inclusive bounds; an undated item is left out once either bound is set. */
  from?: IsoDate;
  to?: IsoDate;
  kind?: ItemKind;
  /** Only items in `SearchOptions.bookmarks`. */
  bookmarkedOnly?: boolean;
}

/**
 * One search as the reader asks for it, the same from the URL (`?q=&region=&page=`) through the
 * worker to the engine. `SearchClient` turns it into the engine's `SearchQuery` and
 * `SearchOptions`, in one place.
 */
export interface SearchRequest {
  /** The text as typed; blank means every item. */
  text: string;
  filters: SearchFilters;
  /** The page of results, from 1 (`RESULTS_PER_PAGE` hits each). */
  page: number;
}

/** How much to search for: a page, and whether to count everything. */
export interface SearchOptions {
  filters?: SearchFilters;
  /** The reader's bookmarked ids, for the `bookmarkedOnly` filter and its count. */
  bookmarks?: ReadonlySet<string>;
  /** Hits to skip and to return; the default page is the first 20. */
  offset?: number;
  limit?: number;
  /**
   * Also count every result and every facet value. Without it the engine stops as soon as the
   * page is full, which is what keeps typing fast; ask for counts once typing pauses.
   */
  complete?: boolean;
}

/**
 * Rank tiers, best first: the phrase (all terms in order, adjacent) in the title; every term in
 * the title; the phrase in the body; some term in the title; the terms scattered in the body.
 * A one-term query has only the first and third. Within a tier, newer first.
 */
export const RANK_TIERS = [
  'title-phrase',
  'title-all',
  'body-phrase',
  'title-some',
  'body',
] as const;

/** One of `RANK_TIERS`. */
export type RankTier = (typeof RANK_TIERS)[number];

/**
 * One result: the item's id, its place in recency order and the tier it ranked in, with what the
 * result list shows of it before the item file is loaded (title, kind, date).
 */
export interface SearchHit {
  id: string;
  /** Position in recency order; stable for one index. */
  doc: number;
  tier: RankTier;
  title: string;
  /** The title was cut short by the source (teasers). */
  truncated: boolean;
  kind: ItemKind;
  /** `SearchDoc.date`: the date results are ordered by. */
  date: IsoDate | null;
}

/** Counts of each facet value among the results, each computed without that facet's own filter. */
export interface SearchFacets {
  regions: Record<string, number>;
  topics: Record<string, number>;
  /** Articles by source host. */
  hosts: Record<string, number>;
  kinds: Record<ItemKind, number>;
  /** By year of `date`; `undated` for items without one. */
  years: Record<string, number>;
  /** By month of `date` (`YYYY-MM`), only months with results; undated items are left out. */
  months: Record<string, number>;
  /** Results that are among `SearchOptions.bookmarks`. */
  bookmarked: number;
}

/** A page of results, with the counts when they were asked for. */
export interface SearchResult {
  hits: SearchHit[];
  /** Every result, counted; null when the search stopped at the page (`complete: false`). */
  total: number | null;
  facets: SearchFacets | null;
}
