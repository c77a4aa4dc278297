import { RegionTable, type CompactRegionTable } from '../../bundle/region-table.ts';
import { RegionLexicon } from '../../tagging/regions/region-lexicon.ts';
import type { SearchManifest } from '../format/index-format.ts';
import { findMatchRanges, highlightLiterals, type TextRange } from './match-ranges.ts';
import { nearQueries } from './near-queries.ts';
import {
  countNewSince,
  NEWEST_SCAN,
  SEEN_LIMIT,
  seenMarkOf,
  type SeenMark,
} from './new-matches.ts';
import { PinyinLexicon, type CompactPinyinLexicon } from '../../text/pinyin-lexicon.ts';
import { prepareQuery } from './prepare-query.ts';
import { SearchIndex, type ShardLoader } from './search-index.ts';
import type { SearchOptions, SearchQuery, SearchRequest, SearchResult } from './search-types.ts';

/** The JSON files a client loads before its first query (`bundlePaths`). */
export interface SearchClientFiles {
  manifest: SearchManifest;
  regions: CompactRegionTable;
  /**
   * Read only by Latin terms and suggestions (`readsPinyin`), so a client may start without it
   * and get it later (`addPinyin`): a query in characters then never waits for the largest of
   * the three files.
   */
  pinyin?: CompactPinyinLexicon;
}

const PREPARED_LIMIT = 64;

/** Hits per page: what a request's `page` counts in. */
export const RESULTS_PER_PAGE = 20;

/** What a request runs with besides itself; neither is in the URL, so neither is part of it. */
export interface SearchContext {
  /** The reader's bookmarked ids, for the `bookmarkedOnly` filter and its count. */
  bookmarks?: readonly string[];
  /** Also count every result and facet (`SearchOptions.complete`). */
  complete?: boolean;
}

/** A query that finds something, offered when the typed one finds nothing. */
export interface Suggestion {
  query: string;
  total: number;
}

/**
 * Everything the search page needs, from typed text to results and marks: one object to keep in
 * a Web Worker (post it `search` calls) or on the main thread for a small bundle.
 */
export class SearchClient {
  readonly index: SearchIndex;
  readonly regions: RegionTable;
  private readonly lexicon: RegionLexicon;
  private pinyin: PinyinLexicon | null;
  /** Recent queries prepared, and what they mark: 20 results ask for the same query per text. */
  private readonly prepared = new Map<string, SearchQuery>();
  private readonly marked = new Map<string, readonly string[]>();

  constructor(files: SearchClientFiles, load: ShardLoader) {
    this.index = new SearchIndex(files.manifest, load);
    this.regions = RegionTable.fromJSON(files.regions);
    this.lexicon = new RegionLexicon(this.regions);
    this.pinyin = files.pinyin ? PinyinLexicon.fromJSON(files.pinyin) : null;
  }

  /** Whether the pinyin readings are at hand (`SearchClientFiles.pinyin`). */
  get hasPinyin(): boolean {
    return this.pinyin !== null;
  }

  /** Hands over the pinyin readings of a client made without them. */
  addPinyin(pinyin: CompactPinyinLexicon): void {
    this.pinyin ??= PinyinLexicon.fromJSON(pinyin);
  }

  /** The pinyin readings; asking without them is a caller's mistake, not an empty answer. */
  private readings(): PinyinLexicon {
    if (!this.pinyin) throw new Error('Pinyin readings asked for before addPinyin.');
    return this.pinyin;
  }

  /** The typed text parsed and expanded (regions named, pinyin spelled). */
  prepare(text: string): SearchQuery {
    const known = this.prepared.get(text);
    if (known) return known;
    const query = prepareQuery(text, {
      regionsNamed: (term) => this.lexicon.regionsNamed(term),
      wordsForPinyin: (term, reading) => this.readings().wordsFor(term, reading),
      pinyinGroups: this.index.manifest.pinyinGroups,
    });
    if (this.prepared.size >= PREPARED_LIMIT) this.prepared.clear();
    this.prepared.set(text, query);
    return query;
  }

  /** The strings to mark for the typed text, including the places inside a region it names. */
  private literalsToMark(query: string): readonly string[] {
    let literals = this.marked.get(query);
    if (!literals) {
      literals = highlightLiterals(this.prepare(query), (code) => this.lexicon.namesWithin(code));
      if (this.marked.size >= PREPARED_LIMIT) this.marked.clear();
      this.marked.set(query, literals);
    }
    return literals;
  }

  /** Searches for a page of the request; `signal` stops a search nobody waits for any more. */
  search(
    request: SearchRequest,
    context: SearchContext = {},
    signal?: AbortSignal,
  ): Promise<SearchResult> {
    return this.index.search(this.prepare(request.text), optionsOf(request, context), signal);
  }

  /** Ranges to mark in a text (a title, a paragraph) for the typed query. */
  highlight(text: string, query: string): TextRange[] {
    return findMatchRanges(text, this.literalsToMark(query));
  }

  /** What the reader sees of a request's matches now: the mark a later count is made against. */
  async seenMark(
    request: SearchRequest,
    context: SearchContext = {},
    signal?: AbortSignal,
  ): Promise<SeenMark> {
    const options = optionsOf(request, context);
    const { matches, total } = await this.index.newest(
      this.prepare(request.text),
      options,
      SEEN_LIMIT,
      signal,
    );
    return seenMarkOf(matches, total);
  }

  /** How many of a request's matches are new against `mark` (`countNewSince`). */
  async countNew(
    request: SearchRequest,
    mark: SeenMark,
    context: SearchContext = {},
    signal?: AbortSignal,
  ): Promise<number> {
    const options = optionsOf(request, context);
    const { matches } = await this.index.newest(
      this.prepare(request.text),
      options,
      NEWEST_SCAN,
      signal,
    );
    return countNewSince(mark, matches);
  }

  /** Up to `limit` near queries that find something with the request's filters, most first. */
  async suggest(
    request: SearchRequest,
    context: SearchContext = {},
    limit = 3,
    signal?: AbortSignal,
  ): Promise<Suggestion[]> {
    const vocabulary = [...this.lexicon.names(), ...this.readings().words()];
    const options = { ...optionsOf(request, context), offset: 0, limit: 0, complete: true };
    const out: Suggestion[] = [];
    for (const query of nearQueries(request.text, vocabulary).slice(0, 12)) {
      const result = await this.index.search(this.prepare(query), options, signal);
      if (result.total) out.push({ query, total: result.total });
    }
    return out.sort((a, b) => b.total - a.total).slice(0, limit);
  }
}

/** The engine's options for a request: the one place a page becomes an offset. */
function optionsOf(request: SearchRequest, context: SearchContext): SearchOptions {
  return {
    filters: request.filters,
    bookmarks: new Set(context.bookmarks),
    offset: (request.page - 1) * RESULTS_PER_PAGE,
    limit: RESULTS_PER_PAGE,
    complete: context.complete ?? false,
  };
}
