import { bundleFiles, type BundleFileBody } from './bundle-files.ts';
import { buildCatalog, type SeedInput } from './catalog/build-catalog.ts';
import { decodeSeed } from './decode-seed.ts';
import type { Diagnostic } from './diagnostic.ts';
import { parseSeed } from './parse/parse-seed.ts';
import { buildCatalogSearch } from './search-files.ts';

/** Seeds above this size are reported and not read: no article page is that long. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/**
 * One seed file as found on disk: its path as reported in diagnostics, and its bytes, or why it
 * could not be read (too large, no permission…).
 */
export type SeedSource = { file: string; bytes: Uint8Array } | { file: string; unreadable: string };

export interface CompileSummary {
  seeds: number;
  articles: number;
  teasers: number;
  warnings: number;
  errors: number;
}

export interface CompileResult {
  files: Map<string, BundleFileBody>;
  diagnostics: Diagnostic[];
  summary: CompileSummary;
}

/** Parses one seed; a seed that cannot be read becomes a diagnostic, never an exception. */
export function parseSource(source: SeedSource): {
  input: SeedInput | null;
  diagnostics: Diagnostic[];
} {
  const decoded = 'bytes' in source ? decodeSeed(source.bytes) : { error: source.unreadable };
  if ('error' in decoded) {
    return {
      input: null,
      diagnostics: [{ file: source.file, line: 1, severity: 'error', message: decoded.error }],
    };
  }
  const seed = parseSeed(decoded.text);
  return {
    input: { file: source.file, seed },
    diagnostics: seed.problems.map((p) => ({ file: source.file, ...p })),
  };
}

type ParsedSource = ReturnType<typeof parseSource>;

/** Links parsed seeds, in file-name order so the output does not depend on reading order. */
function link(parsed: ReadonlyMap<string, ParsedSource>): CompileResult {
  const files = [...parsed.keys()].sort();
  const inputs: SeedInput[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const one = parsed.get(file);
    if (one?.input) inputs.push(one.input);
    diagnostics.push(...(one?.diagnostics ?? []));
  }
  const catalog = buildCatalog(inputs);
  diagnostics.push(...catalog.diagnostics);
  return {
    files: bundleFiles(catalog, buildCatalogSearch(catalog)),
    diagnostics,
    summary: {
      seeds: files.length,
      articles: catalog.articles.length,
      teasers: catalog.teasers.length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
    },
  };
}

/**
 * A compile that remembers each seed's parse, so that after one seed changes only that seed is
 * parsed again (the dev server's case); linking, ranking and laying out still cover all seeds.
 */
export class IncrementalCompile {
  private readonly parsed = new Map<string, ParsedSource>();

  /** Adds or replaces one seed. */
  set(source: SeedSource): void {
    this.parsed.set(source.file, parseSource(source));
  }

  /** Forgets a seed whose file was removed. */
  delete(file: string): void {
    this.parsed.delete(file);
  }

  result(): CompileResult {
    return link(this.parsed);
  }
}

/** The whole compile, without I/O: seed bytes in, bundle files and diagnostics out. */
export function compileSeeds(sources: readonly SeedSource[]): CompileResult {
  const compile = new IncrementalCompile();
  for (const source of sources) compile.set(source);
  return compile.result();
}

/** The closing line of every compile. */
export function formatSummary(s: CompileSummary): string {
  return `${s.seeds} seeds read, ${s.articles} articles, ${s.teasers} teasers, ${s.warnings} warnings, ${s.errors} errors`;
}
