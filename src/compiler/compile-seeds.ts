import type {
  ItemTags as SearchItemTags,
  SearchFiles,
} from '../domain/search/build/search-files.ts';
import { buildSearchIndex } from '../domain/search/build/build-search-index.ts';
import { bundleLayout, type BundleFileBody, type BundleLayout } from './bundle-files.ts';
import { buildCatalog, type Catalog, type SeedInput } from './catalog/build-catalog.ts';
import type { Diagnostic } from './diagnostic.ts';
import { keywordText, type KeywordInput } from '../domain/tagging/topics/extract-keywords.ts';
import {
  analyseItem,
  countItemWords,
  teaserText,
  type ItemAnalysis,
  type PackedWords,
} from './item-tags.ts';
import {
  catalogDocs,
  catalogTags,
  searchBundleFiles,
  searchFilesOf,
  type CatalogDocs,
} from './search-files.ts';
import { articleText, parseSource, type SeedRecord, type SeedSource } from './seed-record.ts';
import { inThreadSeedWork, type SeedWork } from './seed-work.ts';

export { MAX_SEED_BYTES, parseSource, type SeedSource } from './seed-record.ts';

export interface CompileSummary {
  seeds: number;
  articles: number;
  teasers: number;
  warnings: number;
  errors: number;
}

/** Milliseconds spent in each step after parsing, for the benchmark and the dev log. */
export interface CompileTimings {
  link: number;
  tagTeasers: number;
  /** Ranking keywords across the corpus. */
  keywords: number;
  /** Rankings, related items and the manifest; items are made as they are written. */
  layout: number;
  /** The search index, from the start of its build: it runs beside the layout and the writes. */
  index: number;
}

/** A compile's outcome with its files laid out but not yet made (`layout.entries()`). */
export interface CompiledBundle {
  layout: BundleLayout;
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

interface Linked {
  catalog: Catalog;
  diagnostics: Diagnostic[];
  seeds: number;
  /** Teaser titles with no analysis yet. */
  untagged: string[];
  /** When linking ended, and how long it took. */
  linkedAt: number;
  linkMs: number;
}

interface Items extends CatalogDocs {
  linked: Linked;
  tagTeasersMs: number;
  /** Each item's counted keywords, by search document: known once the counting is done. */
  wordsOf: (id: string) => PackedWords;
}

interface Tagged {
  linked: Linked;
  tags: Map<string, SearchItemTags>;
  timings: CompileTimings;
}

/** A teaser's tags, kept by title across compiles; `words` null until counted. */
interface TeaserTags {
  analysis: ItemAnalysis;
  words: PackedWords | null;
}

/**
 * A compile that remembers each seed's parse and tags, so that after one seed changes only that
 * seed is read, parsed and tagged again (the dev server's case), and teasers keep their tags by
 * title. Linking, ranking, the search index and the layout still cover all seeds: they depend on
 * all of them.
 */
export class IncrementalCompile {
  private readonly records = new Map<string, SeedRecord>();
  private teaserTags = new Map<string, TeaserTags>();

  /** Adds or replaces one seed, parsed and tagged on this thread. */
  set(source: SeedSource): void {
    this.records.set(source.file, parseSource(source));
  }

  /**
   * Adds or replaces seed files (absolute paths, named relative to `cwd`); `work` says where they
   * are read, parsed and tagged: this thread by default, or worker threads.
   */
  async setFiles(
    paths: readonly string[],
    cwd: string,
    work: SeedWork = inThreadSeedWork,
  ): Promise<void> {
    for (const record of await work.readSeeds(paths, cwd)) this.records.set(record.file, record);
  }

  /** Forgets a seed whose file was removed. */
  delete(file: string): void {
    this.records.delete(file);
  }

  /**
   * Links every seed and lays the bundle out. `work` tags the teasers not seen before, counts
   * the keywords not yet counted, and builds the search index. On worker threads these overlap
   * what they do not feed: keywords are counted while this thread links the seeds and while the
   * index is built, and the index is built while the items are laid out and written.
   */
  async result(work: SeedWork = inThreadSeedWork): Promise<CompiledBundle> {
    const articleWords = this.countArticleWords(work);
    const linked = this.link();
    const items = this.docs(linked, await work.tagTitles(linked.untagged));
    // The teasers' words before the index, so the layout can start while the index is built.
    const teaserWords = this.countTeaserWords(work);
    const started = performance.now();
    const index = work.buildIndex(items.docs);
    index.catch(() => {}); // awaited with the search files
    await Promise.all([articleWords, teaserWords]);
    const tagged = this.rank(items);
    const search = index.then((files) => {
      tagged.timings.index = performance.now() - started;
      return searchFilesOf(files, tagged.tags);
    });
    return this.lay(tagged, search);
  }

  /** `result` with everything on this thread, and the search files as well. */
  resultSync(): { bundle: CompiledBundle; search: SearchFiles } {
    for (const record of this.records.values()) {
      if (record.analysis) record.words ??= countItemWords(keywordInputOf(record));
    }
    const linked = this.link();
    const items = this.docs(
      linked,
      linked.untagged.map((title) => analyseItem(teaserText(title))),
    );
    for (const [title, tags] of this.teaserTags) tags.words ??= countItemWords({ title });
    const started = performance.now();
    const index = buildSearchIndex(items.docs);
    const indexMs = performance.now() - started;
    const tagged = this.rank(items);
    tagged.timings.index = indexMs;
    const search = searchFilesOf(index, tagged.tags);
    return { bundle: this.lay(tagged, Promise.resolve(search)), search };
  }

  /** Counts, through `work`, the keywords of articles read without them. */
  private async countArticleWords(work: SeedWork): Promise<void> {
    const records = [...this.records.values()].filter((r) => r.analysis && !r.words);
    const texts = records.map((r) => keywordText(keywordInputOf(r)));
    (await work.countWords(texts)).forEach((words, i) => {
      const record = records[i];
      if (record) record.words = words;
    });
  }

  /** Counts, through `work`, the keywords of teasers new to this compile. */
  private async countTeaserWords(work: SeedWork): Promise<void> {
    const uncounted = [...this.teaserTags].filter(([, tags]) => !tags.words);
    const words = await work.countWords(
      uncounted.map(([title]) => ({ title })),
      true,
    );
    uncounted.forEach(([, tags], i) => (tags.words = words[i] ?? null));
  }

  /** Links parsed seeds, in file-name order so the output does not depend on reading order. */
  private link(): Linked {
    const started = performance.now();
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
    const untagged = [
      ...new Set(catalog.teasers.map((t) => t.title).filter((t) => !this.teaserTags.has(t))),
    ];
    const linkedAt = performance.now();
    return {
      catalog,
      diagnostics,
      seeds: files.length,
      untagged,
      linkedAt,
      linkMs: linkedAt - started,
    };
  }

  /** Search documents of every item; teasers' tags from `untaggedTags` or from before. */
  private docs(linked: Linked, untaggedTags: readonly ItemAnalysis[]): Items {
    const { catalog } = linked;
    const started = performance.now();
    // Keep only the titles still in use, so a long dev session does not collect every title
    // it has ever seen.
    const teaserTags = new Map<string, TeaserTags>();
    linked.untagged.forEach((title, i) => {
      const analysis = untaggedTags[i];
      if (analysis) teaserTags.set(title, { analysis, words: null });
    });
    for (const { title } of catalog.teasers) {
      const tags = this.teaserTags.get(title);
      if (tags) teaserTags.set(title, tags);
    }
    this.teaserTags = teaserTags;

    const teaserTitles = new Map(catalog.teasers.map((t) => [t.id, t.title]));
    const of = (id: string) => {
      const file = catalog.articleFiles.get(id);
      const tags =
        file === undefined ? teaserTags.get(teaserTitles.get(id) ?? '') : this.records.get(file);
      if (!tags?.analysis) throw new Error(`No tags for item ${id}`);
      return tags;
    };
    const wordsOf = (id: string) => {
      const { words } = of(id);
      if (!words) throw new Error(`No keywords counted for item ${id}`);
      return words;
    };
    return {
      linked,
      tagTeasersMs: started - linked.linkedAt,
      wordsOf,
      ...catalogDocs(catalog, (id) => of(id).analysis as ItemAnalysis),
    };
  }

  /** Every item's tags, keywords ranked across the corpus. */
  private rank(items: Items): Tagged {
    const started = performance.now();
    const tags = catalogTags(
      items,
      items.docs.map((d) => items.wordsOf(d.id)),
    );
    return {
      linked: items.linked,
      tags,
      timings: {
        link: items.linked.linkMs,
        tagTeasers: items.tagTeasersMs,
        keywords: performance.now() - started,
        layout: 0,
        index: 0,
      },
    };
  }

  /** Lays the bundle out around the search files to come. */
  private lay(tagged: Tagged, search: Promise<SearchFiles>): CompiledBundle {
    const { catalog, diagnostics, seeds } = tagged.linked;
    const started = performance.now();
    const layout = bundleLayout(catalog, tagged.tags, search);
    tagged.timings.layout = performance.now() - started;
    return {
      layout,
      diagnostics,
      summary: {
        seeds,
        articles: catalog.articles.length,
        teasers: catalog.teasers.length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
        errors: diagnostics.filter((d) => d.severity === 'error').length,
      },
      timings: tagged.timings,
    };
  }
}

/** What the keyword counter reads of a seed's article. */
function keywordInputOf(record: SeedRecord): KeywordInput {
  const text = record.input ? articleText(record.input.seed) : null;
  return { title: text?.title ?? '', body: text?.paragraphs ?? [] };
}

/** The whole compile, without I/O: seed bytes in, bundle files and diagnostics out. */
export function compileSeeds(sources: readonly SeedSource[]): CompileResult {
  const compile = new IncrementalCompile();
  for (const source of sources) compile.set(source);
  const { bundle, search } = compile.resultSync();
  const { layout, diagnostics, summary } = bundle;
  return {
    files: new Map([...layout.files(), ...searchBundleFiles(search)]),
    diagnostics,
    summary,
  };
}

/** The closing line of every compile. */
export function formatSummary(s: CompileSummary): string {
  return `${s.seeds} seeds read, ${s.articles} articles, ${s.teasers} teasers, ${s.warnings} warnings, ${s.errors} errors`;
}
