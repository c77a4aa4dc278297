import { monthOfDay } from '../../bundle/dates.ts';
import type { DocMeta, SearchManifest } from '../format/index-format.ts';
import { addBit, popcount, wordCount } from './bitset.ts';
import type { SearchFacets } from './search-types.ts';

/** The meta shard with what filters and facets derive from it, computed once. */
export interface Meta extends DocMeta {
  years: Int16Array;
  /** Each document's month as `year * 12 + month - 1`, or -1 when undated (the timeline). */
  months: Int32Array;
  /** The teasers as a set, for counting kinds by popcount. */
  teasers: Uint32Array;
}

/** Every count of a search's facets but the reader's own (`bookmarked`). */
export type DocFacets = Omit<SearchFacets, 'bookmarked'>;

/** The documents each facet is counted over: the results without that facet's own filter. */
export type FacetSets = Record<'regions' | 'topics' | 'hosts' | 'dates' | 'kind', Uint32Array>;

/**
 * Counts each facet's values over its set. The search counts its results this way, and the
 * compiler the whole corpus's (`SearchManifest`'s summary), so that both agree by construction.
 */
export function countFacets(
  meta: Meta,
  manifest: Pick<SearchManifest, 'regions' | 'topics'>,
  over: FacetSets,
): DocFacets {
  let documents = 0;
  let teasers = 0;
  for (let w = 0; w < over.kind.length; w++) {
    const word = over.kind[w] ?? 0;
    if (word === 0) continue;
    documents += popcount(word);
    teasers += popcount(word & (meta.teasers[w] ?? 0));
  }
  return {
    regions: countValues(meta.regionStarts, meta.regionList, manifest.regions, over.regions),
    topics: countValues(meta.topicStarts, meta.topicList, manifest.topics, over.topics),
    hosts: countHosts(meta.hostOf, meta.hosts, over.hosts),
    kinds: { article: documents - teasers, teaser: teasers },
    years: countYears(meta.years, over.dates),
    months: countMonths(meta.months, over.dates),
  };
}

/**
 * Each document's month (`year * 12 + month - 1`) and year, -1 where undated. Plain loops: the
 * corpus's documents come in date order, so a day is mostly the one before.
 */
export function monthsOf(days: Int32Array): { months: Int32Array; years: Int16Array } {
  const months = new Int32Array(days.length);
  const years = new Int16Array(days.length);
  let lastDay = -1;
  let month = -1;
  for (let doc = 0; doc < days.length; doc++) {
    const day = days[doc] ?? -1;
    if (day !== lastDay) {
      lastDay = day;
      month = day < 0 ? -1 : monthOfDay(day);
    }
    months[doc] = month;
    years[doc] = month < 0 ? -1 : Math.floor(month / 12);
  }
  return { months, years };
}

/** The teasers (`kinds` 1) as a set of documents. */
export function teaserSet(kinds: Uint8Array): Uint32Array {
  const teasers = new Uint32Array(wordCount(kinds.length));
  kinds.forEach((kind, doc) => {
    if (kind === 1) addBit(teasers, doc);
  });
  return teasers;
}

/** How many documents of `set` have each value of a per-document list (`starts`, `list`). */
function countValues(
  starts: Uint32Array,
  list: Uint16Array,
  names: readonly string[],
  set: Uint32Array,
): Record<string, number> {
  const counts = new Uint32Array(names.length);
  for (let w = 0; w < set.length; w++) {
    let word = set[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      const doc = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
      for (let j = starts[doc] ?? 0, end = starts[doc + 1] ?? 0; j < end; j++) {
        const v = list[j] ?? 0;
        counts[v] = (counts[v] ?? 0) + 1;
      }
    }
  }
  const out: Record<string, number> = {};
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i] ?? 0;
    if (n > 0) out[names[i] ?? ''] = n;
  }
  return out;
}

/** How many documents of `set` come from each host. */
function countHosts(
  hostOf: Uint32Array,
  hosts: readonly string[],
  set: Uint32Array,
): Record<string, number> {
  const counts = new Uint32Array(hosts.length + 1);
  forEachDoc(set, (doc) => {
    const value = hostOf[doc] ?? 0;
    counts[value] = (counts[value] ?? 0) + 1;
  });
  const out: Record<string, number> = {};
  hosts.forEach((host, i) => {
    const n = counts[i + 1] ?? 0;
    if (n > 0) out[host] = n;
  });
  return out;
}

/** How many documents of `set` fall in each year, newest first; `undated` for those without. */
function countYears(years: Int16Array, set: Uint32Array): Record<string, number> {
  const counts = new Map<number, number>();
  for (let w = 0; w < set.length; w++) {
    let word = set[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      const year = years[(w << 5) + 31 - Math.clz32(low)] ?? -1;
      word ^= low;
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  const out: Record<string, number> = {};
  for (const [year, n] of [...counts].sort((a, b) => b[0] - a[0])) {
    out[year < 0 ? 'undated' : String(year)] = n;
  }
  return out;
}

/** How many documents of `set` fall in each month (`YYYY-MM`), oldest first; undated left out. */
function countMonths(months: Int32Array, set: Uint32Array): Record<string, number> {
  const counts = new Map<number, number>();
  forEachDoc(set, (doc) => {
    const month = months[doc] ?? -1;
    if (month >= 0) counts.set(month, (counts.get(month) ?? 0) + 1);
  });
  const out: Record<string, number> = {};
  for (const [month, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    out[`${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`] = n;
  }
  return out;
}

/** Calls `visit` with each document of a set, in order. */
function forEachDoc(set: Uint32Array, visit: (doc: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      word ^= low;
      visit((w << 5) + 31 - Math.clz32(low));
    }
  }
}
