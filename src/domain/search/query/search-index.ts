import { countBits } from './bitset.ts';
import type { DatedMatch } from './new-matches.ts';
import { DocFilters } from './doc-filters.ts';
import { DocSets } from './doc-sets.ts';
import { searchShardKeys, type SearchManifest } from '../format/index-format.ts';
import {
  RANK_TIERS,
  type SearchHit,
  type SearchOptions,
  type SearchQuery,
  type SearchResult,
} from './search-types.ts';
import { ShardStore } from './shard-store.ts';
import { TermMatches } from './term-matches.ts';
import { TierPlan } from './tier-plan.ts';
import { gramsOf } from './match-grams.ts';

/**
 * The newest documents whose titles come with a search's first round: four titles shards of 32,
 * about 8 KB gzip, where the hits of a common word's first page are.
 */
const NEWEST_TITLES = 128;

/** Knobs that change speed, never results (tests turn them to reach every code path). */
export interface SearchIndexTuning {
  /** Up to this many candidates in a chunk, the scattered tiers check documents one by one. */
  verifyLimit?: number;
  /** Body shards are fetched ahead until the chunks fetched hold this many candidates. */
  aheadDocs?: number;
  /**
   * A search that counts every result decodes shards for about this long (ms) a step, then lets
   * other work in: at a million documents a count decodes for seconds, and a keystroke that
   * supersedes it would wait for the end (`search` yields to the event loop between such steps,
   * where an abort is heard). 30 by default; Infinity for one step.
   */
  countStepMs?: number;
}

/**
 * Fetches one search file's bytes by name (`bundlePaths.searchFile(name)` in the bundle) for a
 * search that stops waiting for it once `signal` aborts: a loader may then cancel the fetch,
 * unless another search waits for it too.
 */
export type ShardLoader = (file: string, signal?: AbortSignal) => Uint8Array | Promise<Uint8Array>;

/**
 * One step of a search over the files at hand: the result, or the files to fetch before the
 * next step (`needed`), with those the step after will likely want (`ahead`).
 */
export type SearchStep =
  | { result: SearchResult }
  | { result?: undefined; needed: ReadonlySet<string>; ahead: ReadonlySet<string> };

/**
 * The query engine over a sharded index. A search runs in steps: each step computes what it can
 * from the files at hand and either gives the result or names the files it lacks; `search` fetches
 * them and steps again. Everything else is synchronous bit arithmetic, so it runs equally on the
 * main thread or in a Web Worker. Results are exactly the brute-force reference's, in the same
 * order (tests/support/reference/brute-force-search.ts).
 */
export class SearchIndex {
  private readonly store: ShardStore;
  private readonly sets: DocSets;
  private readonly filters: DocFilters;
  private readonly matches: TermMatches;
  private readonly countStepMs: number;
  private readonly verifyLimit: number;

  constructor(
    readonly manifest: SearchManifest,
    private readonly load: ShardLoader,
    tuning: SearchIndexTuning = {},
  ) {
    this.verifyLimit = tuning.verifyLimit ?? 256;
    this.countStepMs = tuning.countStepMs ?? 30;
    this.store = new ShardStore(manifest);
    this.sets = new DocSets(this.store.numbering, manifest.chunkSize);
    this.filters = new DocFilters(this.store, this.sets);
    this.matches = new TermMatches(
      this.store,
      this.sets,
      this.filters.regionSet,
      tuning.aheadDocs ?? 64,
    );
  }

  /** An engine with every file of a freshly built index at hand (build time, tests, a worker). */
  static fromFiles(
    files: { manifest: SearchManifest; shards: ReadonlyMap<string, Uint8Array> },
    tuning: SearchIndexTuning = {},
  ): SearchIndex {
    const index = new SearchIndex(
      files.manifest,
      (file) => {
        const bytes = files.shards.get(file);
        if (!bytes) throw new Error(`No search file ${file}.`);
        return bytes;
      },
      tuning,
    );
    for (const [file, bytes] of files.shards) index.addFile(file, bytes);
    return index;
  }

  /** Hands over a file fetched elsewhere (`shardFile`), e.g. all of them at once for a small corpus. */
  addFile(file: string, bytes: Uint8Array): void {
    this.store.addFile(file, bytes);
  }

  /** Decodes every file handed over so far, so that no later query pays for decoding. */
  decodeAll(): void {
    this.store.decodeAll();
  }

  /** Forgets computed matches (not loaded files): for benchmarks, and to bound memory. */
  clearCache(): void {
    this.matches.clear();
    this.filters.clear();
    this.sets.recycle();
  }

  /**
   * Searches, stepping until the result: after each step that lacks files, fetches them in one
   * round, and starts fetching those wanted ahead. Once `signal` aborts it starts no further
   * round and rejects with the signal's reason: a search nobody waits for must not keep the
   * connections busy.
   */
  async search(
    query: SearchQuery,
    options: SearchOptions = {},
    signal?: AbortSignal,
  ): Promise<SearchResult> {
    for (;;) {
      signal?.throwIfAborted();
      const step = this.step(query, options);
      if (step.result) return step.result;
      const load = async (file: string) => this.addFile(file, await this.load(file, signal));
      // Ahead of need: a failure there is only a file to ask for again when it is needed.
      for (const file of step.ahead) void load(file).catch(() => undefined);
      // A step out of time lacks no file: it waits for a task of its own, so that what came
      // meanwhile (a keystroke, an abort) is handled first.
      if (step.needed.size === 0) await nextTask();
      else await Promise.all([...step.needed].map(load));
    }
  }

  /** Starts a step of a query: nothing missing yet, its pinyin groups read where they help. */
  private beginStep(query: SearchQuery, budgetMs = Infinity): void {
    this.store.beginStep(budgetMs);
    for (const { group, literals, regions } of [...query.must, ...query.phrases, ...query.not]) {
      if (group === undefined) continue;
      this.matches.titleCopies.add(searchShardKeys.pinyinTitle(group), literals.flatMap(gramsOf));
      this.filters.regionCopies.add(searchShardKeys.pinyinRegions(group), regions);
    }
  }

  /** One step of a search with the files at hand (see `SearchStep`). */
  step(query: SearchQuery, options: SearchOptions = {}): SearchStep {
    this.beginStep(query, options.complete ? this.countStepMs : Infinity);
    try {
      return this.run(query, options) ?? this.store.filesToLoad();
    } finally {
      this.sets.recycle();
    }
  }

  /**
   * The first `limit` matches in recency order, whatever their rank tier, with their ids and
   * days, and how many match in all: what a followed search's "new" is counted from
   * (`new-matches.ts`). Fetches in rounds as `search` does.
   */
  async newest(
    query: SearchQuery,
    options: Pick<SearchOptions, 'filters' | 'bookmarks'>,
    limit: number,
    signal?: AbortSignal,
  ): Promise<NewestMatches> {
    for (;;) {
      signal?.throwIfAborted();
      this.beginStep(query);
      let found: NewestMatches | null;
      try {
        found = this.runNewest(query, options, limit);
      } finally {
        this.sets.recycle();
      }
      if (found) return found;
      const { needed } = this.store.filesToLoad();
      await Promise.all(
        [...needed].map(async (file) => this.addFile(file, await this.load(file, signal))),
      );
    }
  }

  private runNewest(
    query: SearchQuery,
    options: Pick<SearchOptions, 'filters' | 'bookmarks'>,
    limit: number,
  ): NewestMatches | null {
    const { store } = this;
    const bookmarks = options.bookmarks ?? new Set<string>();
    // Days come from the meta shard; ask for it in the first round with everything else.
    const meta = store.meta();
    for (const code of regionsOf(query)) this.filters.regionSet(code);
    const masks = this.filters.masks(options.filters ?? {}, bookmarks);
    if (!masks) return null;
    const filter = this.filters.combined(masks);
    const plan = new TierPlan(
      { sets: this.sets, matches: this.matches, store, verifyLimit: this.verifyLimit },
      query,
      null,
    );
    if (!plan.computeAll() || !meta) return null;
    const matched = plan.union();
    const results = filter ? this.sets.and(matched, filter) : matched;
    // Document numbers are the recency order, so the set's bits in order are newest first.
    const docs: number[] = [];
    for (let w = 0; w < results.length && docs.length < limit; w++) {
      let word = results[w] ?? 0;
      while (word !== 0 && docs.length < limit) {
        const low = word & -word;
        docs.push((w << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
    for (const doc of docs) store.idsFor(doc);
    if (store.lacking()) return null;
    return {
      matches: docs.map((doc) => ({ id: store.idOf(doc), day: meta.days[doc] ?? -1 })),
      total: countBits(results),
    };
  }

  /** The result, or null when a file is missing (the store knows which). */
  private run(query: SearchQuery, options: SearchOptions): { result: SearchResult } | null {
    const bookmarks = options.bookmarks ?? new Set<string>();
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 20);
    const complete = options.complete ?? false;
    const { store } = this;
    // Region terms match through the regions' documents: asked for with the title shards, in
    // the same round, rather than in a round of their own once the titles are known.
    for (const code of regionsOf(query)) this.filters.regionSet(code);
    // Nearly every first page shows some of the newest items: their ids and titles come with the
    // first round, so a result shows its title, kind and date without waiting for its item file,
    // and a page of a common word (教育, in a title in four) needs no round for its titles.
    if (limit > 0) this.wantNewestTitles();
    // The page is picked from the documents shown, which a story's copies are not: a query with
    // terms learns of them by decoding its postings, one with none (the box emptied) only here.
    store.numbered();
    const masks = this.filters.masks(options.filters ?? {}, bookmarks);
    if (!masks) return null;
    const filter = this.filters.combined(masks);
    // Everything, counted: the compiler's counts, asked for with the page's titles, not the meta
    // shard, which an emptied search box would otherwise fetch whole.
    const summary = complete && !filter && isEmpty(query) ? store.summary() : undefined;
    const plan = new TierPlan(
      { sets: this.sets, matches: this.matches, store, verifyLimit: this.verifyLimit },
      query,
      complete ? null : filter,
    );
    if (complete && summary === undefined && !plan.computeAll()) return null;
    const { picked, complete: pickedAll } = this.pick(plan, filter, offset + limit);
    const page = picked.slice(offset);
    if (!pickedAll) {
      // Hits picked before the page needed a missing shard stay on the page (tiers and chunks are
      // taken in order): their titles are fetched in the same round, not in one more at the end.
      for (const { doc } of page) store.wantAhead(store.titlesKey(doc));
      return null;
    }
    for (const { doc } of page) store.titlesFor(doc);
    if (store.lacking()) return null;
    const hits: SearchHit[] = page.map(({ doc, tier }) => ({
      doc: store.numbering.rank(doc),
      tier: RANK_TIERS[tier] ?? 'body',
      ...store.titleOf(doc),
    }));
    if (!complete) return { result: { hits, total: null, facets: null } };
    if (summary) {
      const bookmarked = this.filters.bookmarkedCount(bookmarks);
      if (bookmarked === null) return null;
      return { result: { hits, total: summary.total, facets: { ...summary.facets, bookmarked } } };
    }

    const matched = plan.union();
    const facets = this.filters.facets(matched, masks, bookmarks);
    if (!facets) return null;
    const results = filter ? this.sets.and(matched, filter) : matched;
    return { result: { hits, total: countBits(results), facets } };
  }

  /**
   * The first `wanted` hits, tier by tier and chunk by chunk in recency order; `complete` false
   * when a tier stopped on a missing shard (the hits so far are still the page's first).
   */
  private pick(
    plan: TierPlan,
    filter: Uint32Array | null,
    wanted: number,
  ): { picked: { doc: number; tier: number }[]; complete: boolean } {
    const picked: { doc: number; tier: number }[] = [];
    for (let tier = 0; tier < RANK_TIERS.length; tier++) {
      if (!plan.possible(tier)) continue;
      for (let chunk = 0; chunk < this.manifest.chunks; chunk++) {
        if (picked.length >= wanted) break;
        const bits = plan.tier(tier, chunk);
        if (!bits) {
          this.askAhead(plan, tier, chunk, wanted - picked.length);
          return { picked, complete: false };
        }
        const [from, to] = this.sets.chunkRange(chunk);
        for (let w = from; w < to && picked.length < wanted; w++) {
          let word = (bits[w] ?? 0) & (filter ? (filter[w] ?? 0) : ~0);
          while (word !== 0 && picked.length < wanted) {
            const low = word & -word;
            picked.push({ doc: (w << 5) + 31 - Math.clz32(low), tier });
            word ^= low;
          }
        }
      }
    }
    return { picked, complete: true };
  }

  /** Asks ahead of need for the titles shards of the newest `NEWEST_TITLES` documents. */
  private wantNewestTitles(): void {
    const { store } = this;
    const { holes, slots } = store.numbering;
    const last = Math.min(holes + NEWEST_TITLES, slots) - 1;
    // A shard a step: the engine's numbers run down the files' one by one.
    for (let doc = holes; doc < last; doc += this.manifest.titlesChunkSize) {
      store.wantAhead(store.titlesKey(doc));
    }
    store.wantAhead(store.titlesKey(last));
  }

  /**
   * A tier stopped at `chunk` for a missing shard: the chunks the page will walk through after it
   * before `room` more hits can be on it (by each chunk's bound, in the order `pick` takes them,
   * into the next tiers) are computed too, so that their missing shards come in this round. A
   * sparse tier (重庆 党: a few documents a chunk) took a round per chunk.
   */
  private askAhead(plan: TierPlan, tier: number, chunk: number, room: number): void {
    let left = room - plan.bound(tier, chunk);
    for (let t = tier; t < RANK_TIERS.length && left > 0; t++) {
      if (!plan.possible(t)) continue;
      for (let c = t === tier ? chunk + 1 : 0; c < this.manifest.chunks && left > 0; c++) {
        this.store.aside(() => plan.tier(t, c));
        left -= plan.bound(t, c);
      }
    }
  }
}

/** The newest matches of a search, newest first, and how many match in all. */
export interface NewestMatches {
  matches: DatedMatch[];
  total: number;
}

const isEmpty = (query: SearchQuery) =>
  query.must.length === 0 && query.phrases.length === 0 && query.not.length === 0;

const regionsOf = (query: SearchQuery) =>
  [query.must, query.phrases, query.not].flatMap((terms) => terms.flatMap((t) => t.regions));

/** Waits for a task of its own (a timer): messages and events that came meanwhile run first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
