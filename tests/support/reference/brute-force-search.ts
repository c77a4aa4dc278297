import type { ItemKind } from '../../../src/domain/bundle/bundle.ts';
import { foldText } from '../../../src/domain/text/fold-text.ts';
import { rankPhrase, rankTerms } from '../../../src/domain/search/query/query-ranking.ts';
import { inRecencyOrder } from '../../../src/domain/search/build/recency-order.ts';
import {
  RANK_TIERS,
  type RankTier,
  type SearchDoc,
  type SearchFacets,
  type SearchFilters,
  type SearchOptions,
  type SearchQuery,
  type SearchResult,
  type SearchTerm,
} from '../../../src/domain/search/query/search-types.ts';

/** A document folded once, for repeated brute-force queries. */
export interface BruteForceDoc {
  doc: SearchDoc;
  title: string;
  /** Folded paragraphs joined by `\n`, which folded queries never contain. */
  body: string;
  regions: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

/** Folds every document and puts them in recency order: the reference corpus. */
export function prepareBruteForceCorpus(docs: readonly SearchDoc[]): BruteForceDoc[] {
  // A story's copies are never shown: the reference does not hold them at all.
  return inRecencyOrder(docs.filter((doc) => !doc.copy)).map((doc) => ({
    doc,
    title: foldText(doc.title),
    body: doc.paragraphs.map(foldText).join('\n'),
    regions: new Set(doc.regions),
    topics: new Set(doc.topics),
  }));
}

const inTitle = (d: BruteForceDoc, t: SearchTerm) => t.literals.some((l) => d.title.includes(l));
const anywhere = (d: BruteForceDoc, t: SearchTerm) =>
  inTitle(d, t) ||
  t.literals.some((l) => d.body.includes(l)) ||
  t.regions.some((r) => d.regions.has(r));

/** The rank tier of a document for a query, or null when it does not match (filters aside). */
export function bruteForceTier(d: BruteForceDoc, query: SearchQuery): RankTier | null {
  if (!query.phrases.every((t) => anywhere(d, t))) return null;
  if (query.not.some((t) => anywhere(d, t))) return null;
  const terms = rankTerms(query);
  if (terms.length === 0) return 'body';
  if (!terms.every((t) => anywhere(d, t))) return null;
  const phrase = rankPhrase(query);
  if (phrase === null) {
    return inTitle(d, terms[0] as SearchTerm) ? 'title-phrase' : 'body-phrase';
  }
  if (d.title.includes(phrase)) return 'title-phrase';
  if (terms.every((t) => inTitle(d, t))) return 'title-all';
  if (d.body.includes(phrase)) return 'body-phrase';
  if (terms.some((t) => inTitle(d, t))) return 'title-some';
  return 'body';
}

type Dimension = 'regions' | 'topics' | 'hosts' | 'dates' | 'kind' | 'bookmarks';

function passes(
  d: BruteForceDoc,
  filters: SearchFilters,
  bookmarks: ReadonlySet<string>,
  skip: Dimension | null,
): boolean {
  const { regions, topics, hosts, from, to, kind, bookmarkedOnly } = filters;
  if (skip !== 'regions' && regions && !regions.some((r) => d.regions.has(r))) return false;
  if (skip !== 'topics' && topics && !topics.some((t) => d.topics.has(t))) return false;
  if (skip !== 'hosts' && hosts && !hosts.some((h) => h === d.doc.host)) return false;
  if (skip !== 'dates' && (from !== undefined || to !== undefined)) {
    const date = d.doc.date;
    if (date === null) return false;
    if (from !== undefined && date < from) return false;
    if (to !== undefined && date > to) return false;
  }
  if (skip !== 'kind' && kind !== undefined && d.doc.kind !== kind) return false;
  if (skip !== 'bookmarks' && bookmarkedOnly && !bookmarks.has(d.doc.id)) return false;
  return true;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * The definition of a search, evaluated the slow, obvious way: fold, `includes`, sort. The index
 * must give exactly this; tests and the benchmark compare against it.
 */
export function bruteForceSearch(
  corpus: readonly BruteForceDoc[],
  query: SearchQuery,
  options: SearchOptions = {},
): SearchResult {
  const filters = options.filters ?? {};
  const bookmarks = options.bookmarks ?? new Set<string>();
  const matched: { d: BruteForceDoc; doc: number; tier: RankTier }[] = [];
  corpus.forEach((d, doc) => {
    const tier = bruteForceTier(d, query);
    if (tier !== null) matched.push({ d, doc, tier });
  });
  const results = matched.filter((m) => passes(m.d, filters, bookmarks, null));
  results.sort((a, b) => RANK_TIERS.indexOf(a.tier) - RANK_TIERS.indexOf(b.tier) || a.doc - b.doc);
  const offset = options.offset ?? 0;
  const hits = results.slice(offset, offset + (options.limit ?? 20)).map(({ d, doc, tier }) => ({
    id: d.doc.id,
    doc,
    tier,
    title: d.doc.title,
    truncated: d.doc.truncated ?? false,
    kind: d.doc.kind,
    date: d.doc.date,
  }));
  if (!options.complete) return { hits, total: null, facets: null };

  const facets: SearchFacets = {
    regions: {},
    topics: {},
    hosts: {},
    kinds: { article: 0, teaser: 0 },
    years: {},
    months: {},
    bookmarked: 0,
  };
  const over = (skip: Dimension) => matched.filter((m) => passes(m.d, filters, bookmarks, skip));
  for (const { d } of over('regions')) for (const r of d.regions) bump(facets.regions, r);
  for (const { d } of over('topics')) for (const t of d.topics) bump(facets.topics, t);
  for (const { d } of over('hosts')) if (d.doc.host) bump(facets.hosts, d.doc.host);
  for (const { d } of over('kind')) facets.kinds[d.doc.kind satisfies ItemKind]++;
  for (const { d } of over('dates')) bump(facets.years, d.doc.date?.slice(0, 4) ?? 'undated');
  for (const { d } of over('dates')) if (d.doc.date) bump(facets.months, d.doc.date.slice(0, 7));
  facets.bookmarked = over('bookmarks').filter(({ d }) => bookmarks.has(d.doc.id)).length;
  return { hits, total: results.length, facets };
}
