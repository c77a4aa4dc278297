import { bundleLayout, type BundleFileBody, type BundleLayout } from './bundle-files.ts';
import { buildDay } from './build-day.ts';
import type { IsoDate } from '../domain/bundle/bundle.ts';
import { buildCatalog, type Catalog, type SeedInput } from './catalog/build-catalog.ts';
import { withStories } from './catalog/catalog-stories.ts';
import { compileTimer, type CompileTimings, type TimedStep } from './compile-timings.ts';
import type { Diagnostic } from './diagnostic.ts';
import {
  analysedItems,
  buildSearch,
  type BuiltSearch,
} from '../domain/search/build/search-pipeline.ts';
import { unpackedWords, type TaggedItem } from './item-tags.ts';
import { catalogSearchSources, shownInSearch } from './search-files.ts';
import { parseSource, type SeedRecord, type SeedSource } from './seed-record.ts';
import { cachedTeaserTags, keepTeaserTags, pruneSeedCache, type SeedCache } from './seed-cache.ts';
import { inThreadSeedWork, type SeedWork } from './seed-work.ts';
import type { BuiltIndex } from './seed-task.ts';
import type { SearchDoc } from '../domain/search/query/search-types.ts';
import type { Lines } from './spilled-lines.ts';
import type { FilesWrittenElsewhere } from './write-bundle-dir.ts';
import { SharedChains } from '../domain/tagging/regions/shared-chains.ts';

export { MAX_SEED_BYTES, parseSource, type SeedSource } from './seed-record.ts';
export type { CompileTimings } from './compile-timings.ts';

export interface CompileSummary {
  seeds: number;
  articles: number;
  teasers: number;
  warnings: number;
  errors: number;
}

/** A compile's outcome with its files laid out but not yet made (`layout.entries()`). */
export interface CompiledBundle {
  layout: BundleLayout;
  /** The files the compile wrote itself (`CompileOptions.searchBodiesTo`), for `writeBundleDir`. */
  written: Promise<FilesWrittenElsewhere | null>;
  diagnostics: Diagnostic[];
  summary: CompileSummary;
  timings: CompileTimings;
}

/** A compile's outcome with every file in memory. */
export interface CompileResult {
  files: Map<string, BundleFileBody>;
  diagnostics: Diagnostic[];
  summary: CompileSummary;
}

export interface CompileOptions {
  /**
   * The build day: a later date is no publication date. Defaults to `buildDay()`, worked out
   * anew each time seeds are read: READER_BUILD_DATE, else today in China.
   */
  today?: IsoDate;
  /**
   * The site's address (`--site-url`, READER_SITE_URL), ending in `/`: feeds are written with
   * links under it. Without it no feeds are written, since a feed's links must be absolute.
   */
  siteUrl?: string | null;
  /**
   * Keep each seed's parse once the seeds are linked, so that a later `result()` can link them
   * again (the dev server, which recompiles on every change; the default). A compile that runs
   * once lets them go: at 100,000 seeds the parses hold about 400 MB that the catalog no longer
   * needs (docs/scaling.md "Memory").
   */
  keepSeeds?: boolean;
  /**
   * A bundle folder, marked as one (`markBundleFolder`), that the search index's body shards are
   * written into as they are made rather than laid out with the other files: they are most of
   * the index, which a compile of a million seeds held whole on two threads (the compile command
   * passes its `--out`). `CompiledBundle.written` names them.
   */
  searchBodiesTo?: string | null;
}

/** What a compile with a seed cache took from it, parsed anew, and removed as no longer used. */
export interface CacheUse {
  hits: number;
  parsed: number;
  removed: number;
}

/** The seeds linked into one catalog, with what was found wrong on the way. */
interface Linked {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  seeds: number;
}

/**
 * A compile that remembers each seed's parse and tags, so that after one seed changes only that
 * seed is read, parsed and tagged again (the dev server's case), and teasers keep their tags by
 * title. Linking, ranking, the search index and the layout still cover all seeds: they depend on
 * all of them.
 */
export class IncrementalCompile {
  private readonly records = new Map<string, SeedRecord>();
  private teaserTags = new Map<string, TaggedItem>();
  /** Records and tags come from workers and the cache as copies: their chains are shared here. */
  private readonly chains = new SharedChains();
  /** Set once a compile that keeps no seeds has linked them: it cannot link again. */
  private seedsReleased = false;
  /** Where seeds and teasers' tags are kept between runs, once `setFiles` is given one. */
  private cache: SeedCache | null = null;

  constructor(private readonly options: CompileOptions = {}) {}

  /** Adds or replaces one seed, parsed and tagged on this thread. */
  set(source: SeedSource): void {
    this.records.set(source.file, parseSource(source, true, { today: this.today() }));
  }

  /**
   * Adds or replaces seed files (absolute paths, named relative to `cwd`); `work` says where they
   * are read, parsed and tagged: this thread by default, or worker threads. With a `cache`,
   * a seed parsed by an earlier compile (same bytes, name, build day and code) is taken from it,
   * and since `paths` are then every seed, entries none of them used are removed; the teasers'
   * tags are taken from it too, and kept there once tagged.
   */
  async setFiles(
    paths: readonly string[],
    cwd: string,
    work: SeedWork = inThreadSeedWork,
    cache: SeedCache | null = null,
  ): Promise<CacheUse | null> {
    // A compile that keeps no seeds reads each article's paragraphs once more, to write it: till
    // then they wait on disk rather than in this thread's heap.
    const spill = this.options.keepSeeds === false;
    const read = await work.readSeeds(paths, { cwd, today: this.today(), cache, spill });
    for (const record of read.records) this.records.set(record.file, this.chains.share(record));
    if (!cache) return null;
    this.cache = cache;
    if (this.teaserTags.size === 0) {
      this.teaserTags = await cachedTeaserTags(cache);
      for (const tagged of this.teaserTags.values()) this.chains.share(tagged);
    }
    const used = new Set(read.keys.filter((key) => key !== null));
    return {
      hits: read.hits,
      parsed: paths.length - read.hits,
      removed: await pruneSeedCache(cache, used),
    };
  }

  /** The build day of the seeds read now (a dev session may run past midnight). */
  private today(): IsoDate {
    return buildDay(this.options.today);
  }

  /** Forgets a seed whose file was removed. */
  delete(file: string): void {
    this.records.delete(file);
  }

  /**
   * Links every seed and lays the bundle out. `work` counts the keywords not yet counted, tags
   * the teasers not seen before, and builds the search index. On worker threads these overlap
   * what they do not feed: keywords are counted while this thread links the seeds, and the index
   * is built while keywords are ranked and the items are laid out and written.
   */
  async result(work: SeedWork = inThreadSeedWork): Promise<CompiledBundle> {
    if (this.seedsReleased) {
      throw new Error('This compile let its seeds go once linked (keepSeeds: false).');
    }
    const { timings, timed } = compileTimer();
    const articleWords = this.countArticleWords(work);
    const { catalog, teasersTagged, diagnostics, summary } = this.linkAndGroup(work, timed);
    if (this.options.keepSeeds === false) this.releaseSeeds();
    await teasersTagged;
    const { tags, search, written } = await this.rankAndIndex(catalog, articleWords, work, timed);
    // Once ranked, a compile that runs once needs no record: the tags hold the analyses, and the
    // counted words (14 MB of heap at 10,000 seeds) would wait for the last file to be written.
    if (this.options.keepSeeds === false) {
      this.records.clear();
      this.teaserTags.clear();
    }
    const { siteUrl } = this.options;
    const feedSite = siteUrl ? { siteUrl, today: this.today() } : null;
    const layout = timed('layout', () => bundleLayout(catalog, tags, search, feedSite));
    return { layout, written, diagnostics, summary, timings };
  }

  /**
   * Links the seeds and groups the reposts into stories; on workers, the teasers are tagged
   * meanwhile, since grouping changes no teaser. The catalog before grouping is not kept.
   */
  private linkAndGroup(work: SeedWork, timed: TimedStep) {
    const linked = timed('link', () => this.link());
    const teasersTagged = timed('tagTeasers', () => this.tagTeasers(linked.catalog, work));
    const catalog = timed('stories', () =>
      withStories(linked.catalog, (id) => {
        const file = linked.catalog.articleFiles.get(id);
        return (file !== undefined && this.records.get(file)?.story) || null;
      }),
    );
    return { catalog, teasersTagged, diagnostics: linked.diagnostics, summary: summaryOf(linked) };
  }

  /**
   * Ranks every item's keywords and starts the search index. A method of its own so that what
   * only these two read (the items as search sources, their analyses and counted words) is let
   * go when they are done with it, not held by the compile until its last file is written.
   */
  private async rankAndIndex(
    catalog: Catalog,
    articleWords: Promise<void>,
    work: SeedWork,
    timed: TimedStep,
  ): Promise<BuiltSearch & { written: Promise<FilesWrittenElsewhere | null> }> {
    const sources = catalogSearchSources(catalog);
    const of = this.itemsOf(catalog);
    const analyses = sources.map(({ id }) => known(of(id).analysis, 'tags', id));
    // Articles read on workers have their words counted there while this thread links.
    const counted = articleWords.then(() =>
      unpackedWords(sources.map(({ id }) => known(of(id).words, 'keywords counted', id))),
    );
    const index = indexBuilder(work, this.cache, this.options.searchBodiesTo ?? null);
    const built = await buildSearch(analysedItems(sources, analyses), counted, {
      buildIndex: index.build,
      timed,
      shown: shownInSearch(catalog),
    });
    return { ...built, written: index.written() };
  }

  /** Counts, through `work`, the keywords of articles read without them. */
  private async countArticleWords(work: SeedWork): Promise<void> {
    const records = [...this.records.values()].filter((r) => r.analysis && !r.words);
    // A compile that runs once is done with the leads once sent: not kept through linking (about
    // 40 MB at 100,000 seeds). One that links again keeps them till counted, to count again if
    // this fails.
    const once = this.options.keepSeeds === false;
    const leads = records.map((r) => {
      const lead = known(r.lead ?? undefined, 'lead', r.file);
      if (once) r.lead = null;
      return lead;
    });
    (await work.countWords(leads)).forEach((words, i) => {
      const record = records[i];
      if (!record) return;
      record.words = words;
      record.lead = null;
    });
  }

  /** Lets go of what only linking and stories read; the tags and counted words stay. */
  private releaseSeeds(): void {
    for (const record of this.records.values()) {
      record.input = null;
      record.story = null;
    }
    this.seedsReleased = true;
  }

  /** Links parsed seeds, in file-name order so the output does not depend on reading order. */
  private link(): Linked {
    const files = [...this.records.keys()].sort();
    const inputs: SeedInput[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const file of files) {
      const record = this.records.get(file);
      if (record?.input) inputs.push(record.input);
      diagnostics.push(...(record?.diagnostics ?? []));
    }
    const catalog = buildCatalog(inputs);
    diagnostics.push(...catalog.diagnostics);
    return { catalog, diagnostics, seeds: files.length };
  }

  /**
   * Tags, through `work`, the teasers whose titles are new to this compile, and keeps only the
   * titles still in use, so that a long dev session does not collect every title it has seen.
   */
  private async tagTeasers(catalog: Catalog, work: SeedWork): Promise<void> {
    const titles = [...new Set(catalog.teasers.map((t) => t.title))];
    const untagged = titles.filter((title) => !this.teaserTags.has(title));
    const fresh = await work.tagTitles(untagged);
    const kept = new Map(
      untagged.map((title, i) => [title, this.chains.share(fresh[i] as TaggedItem)]),
    );
    for (const title of titles) {
      const known = this.teaserTags.get(title);
      if (known) kept.set(title, known);
    }
    const changed = untagged.length > 0 || kept.size !== this.teaserTags.size;
    this.teaserTags = kept;
    if (this.cache && changed) await keepTeaserTags(this.cache, kept);
  }

  /** What the compile knows of each item by id: its seed's record, or its teaser's by title. */
  private itemsOf(catalog: Catalog): (id: string) => Partial<TaggedItem> {
    const teaserTitles = new Map(catalog.teasers.map((t) => [t.id, t.title]));
    return (id) => {
      const file = catalog.articleFiles.get(id);
      const known =
        file === undefined
          ? this.teaserTags.get(teaserTitles.get(id) ?? '')
          : this.records.get(file);
      return { analysis: known?.analysis ?? undefined, words: known?.words ?? undefined };
    };
  }
}

/**
 * `work.buildIndex` as `buildSearch` calls it, and what it will have written itself. At module
 * level, so that the callbacks hold only these arguments, not the scope of the compile's step
 * (docs/scaling.md, "What the main thread held too long").
 */
function indexBuilder(work: SeedWork, cache: SeedCache | null, bodiesTo: string | null) {
  let written: Promise<FilesWrittenElsewhere | null> = Promise.resolve(null);
  return {
    build: (docs: readonly SearchDoc<Lines>[]) => {
      const index = work.buildIndex(docs, cache, bodiesTo);
      written = index.then(bodiesWrittenOf);
      return index;
    },
    written: () => written,
  };
}

const bodiesWrittenOf = (index: BuiltIndex) => index.bodiesWritten;

/** `value`, which the compile's order of steps has made known by now. */
function known<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new Error(`No ${what} for item ${id}`);
  return value;
}

/** The counts of a compile's closing line. */
function summaryOf({ catalog, diagnostics, seeds }: Linked): CompileSummary {
  return {
    seeds,
    articles: catalog.articles.length,
    teasers: catalog.teasers.length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

/** The whole compile, without I/O: seed bytes in, bundle files and diagnostics out. */
export async function compileSeeds(
  sources: readonly SeedSource[],
  options: CompileOptions = {},
): Promise<CompileResult> {
  const compile = new IncrementalCompile({ ...options, keepSeeds: false });
  for (const source of sources) compile.set(source);
  const { layout, diagnostics, summary } = await compile.result();
  return { files: new Map([...layout.files(), ...(await layout.search)]), diagnostics, summary };
}

/** The line of a compile with a seed cache. */
export function formatCacheUse(use: CacheUse): string {
  return `${use.hits} seeds taken from the cache, ${use.parsed} parsed, ${use.removed} cache entries no seed uses any more removed`;
}

/** The closing line of every compile. */
export function formatSummary(s: CompileSummary): string {
  return `${s.seeds} seeds read, ${s.articles} articles, ${s.teasers} teasers, ${s.warnings} warnings, ${s.errors} errors`;
}
