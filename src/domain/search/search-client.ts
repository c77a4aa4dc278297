import { RegionTable, type CompactRegionTable } from '../regions/division-table.ts';
import { RegionLexicon } from '../regions/region-lexicon.ts';
import type { SearchManifest } from './index-format.ts';
import { findMatchRanges, highlightLiterals, type TextRange } from './match-ranges.ts';
import { nearQueries } from './near-queries.ts';
import { PinyinLexicon, type CompactPinyinLexicon } from './pinyin-lexicon.ts';
import { prepareQuery } from './prepare-query.ts';
import { SearchIndex, type ShardLoader } from './search-index.ts';
import type { SearchOptions, SearchQuery, SearchResult } from './search-types.ts';

/** The JSON files a client loads before its first query (`searchFilePaths`). */
export interface SearchClientFiles {
  manifest: SearchManifest;
  regions: CompactRegionTable;
  pinyin: CompactPinyinLexicon;
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
  private readonly pinyin: PinyinLexicon;

  constructor(files: SearchClientFiles, load: ShardLoader) {
    this.index = new SearchIndex(files.manifest, load);
    this.regions = RegionTable.fromJSON(files.regions);
    this.lexicon = new RegionLexicon(this.regions);
    this.pinyin = PinyinLexicon.fromJSON(files.pinyin);
  }

  /** The typed text parsed and expanded (regions named, pinyin spelled). */
  prepare(text: string): SearchQuery {
    return prepareQuery(text, {
      regionsNamed: (term) => this.lexicon.regionsNamed(term),
      wordsForPinyin: (term) => this.pinyin.wordsFor(term),
    });
  }

  /** Searches for the typed text. */
  search(text: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.index.search(this.prepare(text), options);
  }

  /** Ranges to mark in a text (a title, a paragraph) for the typed query. */
  highlight(text: string, query: string): TextRange[] {
    const literals = highlightLiterals(this.prepare(query), (code) =>
      this.lexicon.namesWithin(code),
    );
    return findMatchRanges(text, literals);
  }

  /** Up to `limit` near queries that find something, most results first. */
  async suggest(text: string, options: SearchOptions = {}, limit = 3): Promise<Suggestion[]> {
    const vocabulary = [...this.lexicon.names(), ...this.pinyin.words()];
    const out: Suggestion[] = [];
    for (const query of nearQueries(text, vocabulary).slice(0, 12)) {
      const result = await this.search(query, { ...options, limit: 0, complete: true });
      if (result.total) out.push({ query, total: result.total });
    }
    return out.sort((a, b) => b.total - a.total).slice(0, limit);
  }
}
