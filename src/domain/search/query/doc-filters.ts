import { addBit, countBits, orInto, popcount, setBits } from './bitset.ts';
import type { DocSets } from './doc-sets.ts';
import type { SearchFacets, SearchFilters } from './search-types.ts';
import { GroupCopies } from './group-copies.ts';
import { idBucket, regionBucket, searchShardKeys } from '../format/index-format.ts';
import type { ShardStore } from './shard-store.ts';
import { countFacets, type Meta } from './facet-counts.ts';
import { dayNumber } from '../../bundle/dates.ts';

/** The facets a search can be narrowed by, each counted without its own filter. */
type Dimension = 'regions' | 'topics' | 'hosts' | 'dates' | 'kind' | 'bookmarks';
const DIMENSIONS: Dimension[] = ['regions', 'topics', 'hosts', 'dates', 'kind', 'bookmarks'];

/** Each facet's filter as a document set; null where the facet is not filtered. */
export type FilterMasks = Record<Dimension, Uint32Array | null>;

/**
 * Filters and facet counts over the per-document facts of the meta shard (regions, topics, day,
 * kind) and the reader's bookmarks. Every method returns null while a shard it needs is missing,
 * which the store records for the next round.
 */
export class DocFilters {
  private readonly regionBits = new Map<string, Uint32Array>();
  private readonly topicBits = new Map<string, Uint32Array>();
  private readonly hostBits = new Map<string, Uint32Array>();
  /** Documents of regions that pinyin groups hold copies of. */
  readonly regionCopies: GroupCopies;

  constructor(
    private readonly store: ShardStore,
    private readonly sets: DocSets,
  ) {
    this.regionCopies = new GroupCopies(store);
  }

  /** Forgets the region and topic sets made so far. */
  clear(): void {
    for (const cache of [this.regionBits, this.topicBits, this.hostBits]) {
      for (const set of cache.values()) this.sets.release(set);
      cache.clear();
    }
  }

  /**
   * Documents tagged with a region (codes carry their ancestors, so a province finds all): from
   * the region's bucket of documents, a few KB; null while it is missing. Not from the meta
   * shard when counting has brought it: a region's documents are a pass over every document's
   * regions there, and a Latin query names dozens of regions (ka: 20 passes, 0.2 s at a million
   * documents), while inverting every region's list at once held a count's step for 0.1 s.
   */
  regionSet = (code: string): Uint32Array | null => {
    const hit = this.regionBits.get(code);
    if (hit) return hit;
    const bucket = searchShardKeys.regions(regionBucket(code, this.store.manifest));
    const shard = this.store.postings(this.regionCopies.shardOf(bucket, code));
    if (!shard) return null;
    const bits = this.sets.take();
    setBits(bits, shard.get(code)?.docs ?? []);
    this.regionBits.set(code, bits);
    return bits;
  };

  private topicSet(id: string): Uint32Array | null {
    return this.facetSet(this.topicBits, this.store.manifest.topics, id, withTopic);
  }

  private hostSet(host: string): Uint32Array | null {
    const meta = this.store.meta();
    return meta && this.facetSet(this.hostBits, meta.hosts, host, hostedAt);
  }

  /**
   * The documents with one value of a facet, read off the meta shard's per-document facts when
   * first asked for. Inverting every value's list when the shard was decoded took about 0.15 s
   * of a count's last step at a million documents, in one piece that a keystroke waited for;
   * one value's pass is a few ms, and a filter names a few.
   */
  private facetSet(
    cache: Map<string, Uint32Array>,
    values: readonly string[],
    value: string,
    mark: (meta: Meta, index: number, bits: Uint32Array) => void,
  ): Uint32Array | null {
    const hit = cache.get(value);
    if (hit) return hit;
    const meta = this.store.meta();
    if (!meta) return null;
    const bits = this.sets.take();
    const index = values.indexOf(value);
    if (index >= 0) mark(meta, index, bits);
    cache.set(value, bits);
    return bits;
  }

  /**
   * The bookmarked documents a search can show: the id buckets of the bookmarks are needed
   * (`idBucket`), a few small files, not every document's id.
   */
  private bookmarkSet(bookmarks: ReadonlySet<string>): Uint32Array | null {
    const bits = this.sets.temp();
    let missing = false;
    for (const id of bookmarks) {
      const shown = this.store.idMapOf(idBucket(id, this.store.manifest));
      if (!shown) missing = true;
      const doc = shown?.get(id);
      if (doc !== undefined) addBit(bits, doc);
    }
    return missing ? null : bits;
  }

  /** How many of the bookmarks are documents a search can show; null while ids are missing. */
  bookmarkedCount(bookmarks: ReadonlySet<string>): number | null {
    const marked = this.bookmarkSet(bookmarks);
    return marked && countBits(marked);
  }

  /** Each filtered facet's documents, for the current search. */
  masks(filters: SearchFilters, bookmarks: ReadonlySet<string>): FilterMasks | null {
    const masks: FilterMasks = {
      regions: null,
      topics: null,
      hosts: null,
      dates: null,
      kind: null,
      bookmarks: null,
    };
    // Missing shards are this method's own, not the step's: what the step asked for before
    // (a region term's documents) must not keep it from going on to ask for the rest in the
    // same round (the title shards).
    let missing = false;
    const anyOf = (values: readonly string[], set: (v: string) => Uint32Array | null) => {
      const bits = this.sets.temp();
      for (const value of values) {
        const s = set(value);
        if (s) orInto(bits, s, 0, this.sets.words);
        else missing = true;
      }
      return bits;
    };
    if (filters.regions) masks.regions = anyOf(filters.regions, this.regionSet);
    if (filters.topics) masks.topics = anyOf(filters.topics, (t) => this.topicSet(t));
    if (filters.hosts) masks.hosts = anyOf(filters.hosts, (h) => this.hostSet(h));
    const { from, to, kind } = filters;
    if (from !== undefined || to !== undefined || kind !== undefined) {
      const meta = this.store.meta();
      if (!meta) missing = true;
      else {
        const low = from === undefined ? -Infinity : dayNumber(from);
        const high = to === undefined ? Infinity : dayNumber(to);
        if (from !== undefined || to !== undefined) {
          const dates = (masks.dates = this.sets.temp());
          for (let doc = 0; doc < meta.days.length; doc++) {
            const day = meta.days[doc] ?? -1;
            if (day >= 0 && day >= low && day <= high) addBit(dates, doc);
          }
        }
        if (kind !== undefined) {
          const want = kind === 'teaser' ? 1 : 0;
          const kinds = (masks.kind = this.sets.temp());
          for (let doc = 0; doc < meta.kinds.length; doc++) {
            if (meta.kinds[doc] === want) addBit(kinds, doc);
          }
        }
      }
    }
    if (missing) return null;
    if (filters.bookmarkedOnly) {
      masks.bookmarks = this.bookmarkSet(bookmarks);
      if (!masks.bookmarks) return null;
    }
    return masks;
  }

  /** The documents every filter lets through; null when nothing is filtered. */
  combined(masks: FilterMasks): Uint32Array | null {
    return this.sets.combine(DIMENSIONS.map((d) => masks[d]));
  }

  /** Counts of every facet value among `matched`, each without that facet's own filter. */
  facets(
    matched: Uint32Array,
    masks: FilterMasks,
    bookmarks: ReadonlySet<string>,
  ): SearchFacets | null {
    const meta = this.store.meta();
    // Counting every facet is a step's worth of work at a million documents: not after another.
    if (!meta || this.store.lacking() || this.store.outOfTime()) return null;
    const over = (skip: Dimension) =>
      this.sets.combine([matched, ...DIMENSIONS.filter((d) => d !== skip).map((d) => masks[d])]) ??
      matched;
    let bookmarked = 0;
    if (bookmarks.size > 0) {
      const marked = this.bookmarkSet(bookmarks);
      if (!marked) return null;
      const set = over('bookmarks');
      for (let w = 0; w < set.length; w++) bookmarked += popcount((set[w] ?? 0) & (marked[w] ?? 0));
    }
    const sets = {
      regions: over('regions'),
      topics: over('topics'),
      hosts: over('hosts'),
      dates: over('dates'),
      kind: over('kind'),
    };
    return { ...countFacets(meta, this.store.manifest, sets), bookmarked };
  }
}

/** Marks the documents whose list of topics holds value `index`. */
function withTopic(meta: Meta, index: number, bits: Uint32Array): void {
  const { topicStarts: starts, topicList: list } = meta;
  for (let doc = 0; doc + 1 < starts.length; doc++) {
    for (let j = starts[doc] ?? 0, end = starts[doc + 1] ?? 0; j < end; j++) {
      if (list[j] === index) {
        addBit(bits, doc);
        break;
      }
    }
  }
}

/** Marks the documents from host `index` (`hostOf` counts hosts from 1). */
function hostedAt(meta: Meta, index: number, bits: Uint32Array): void {
  const { hostOf } = meta;
  for (let doc = 0; doc < hostOf.length; doc++) if (hostOf[doc] === index + 1) addBit(bits, doc);
}
