import type { PinyinKeys } from '../../text/pinyin-keys.ts';
import type { RegionTable } from '../../bundle/region-table.ts';
import { regionAliases } from './region-aliases.ts';

/**
 * Which regions a host name points at. Chinese government sites put the place in the host in
 * pinyin: `jw.cq.gov.cn` (重庆, by initials), `www.henan.gov.cn`, `www.kaizhou.gov.cn` (by
 * syllables). The labels are derived from the division names, so no host list is kept by hand.
 * Only government hosts (`.gov.cn`) are read: anyone can name a site `maqu` or `cq`, and a news
 * portal's host says where the portal is, not where its story happened.
 */
export class HostRegions {
  private readonly byLabel = new Map<string, Set<string>>();

  /** `keys` is `pinyinKeys`; passed in so that callers choose when pinyin-pro is loaded. */
  constructor(table: RegionTable, keys: (word: string) => PinyinKeys) {
    const add = (label: string, code: string) => {
      // One syllable (`xian`, `an`) is too often an unrelated word in a host name.
      if (label.length < 2) return;
      const codes = this.byLabel.get(label) ?? new Set<string>();
      codes.add(code);
      this.byLabel.set(label, codes);
    };
    for (const region of table.all()) {
      const short = regionAliases(region).find((a) => a.kind === 'short' && !a.weak);
      if (!short) continue;
      const { full, initials } = keys(short.text);
      if (full.length >= 4) add(full, region.code);
      // Initials only for provinces: at lower levels two letters are shared by dozens of places.
      if (region.level === 'province') add(initials, region.code);
    }
  }

  /**
   * Region codes the host names. A label shared by several regions (hn: 河南, 湖南, 海南) counts
   * for none of them, unless exactly one is a province, which is what a site of that name is.
   */
  regionsOf(host: string | null | undefined): string[] {
    const name = host?.toLowerCase().replace(/\.$/u, '') ?? '';
    if (!name.endsWith('.gov.cn')) return [];
    const out = new Set<string>();
    for (const label of name.split('.').slice(0, -2)) {
      const codes = [...(this.byLabel.get(label) ?? [])];
      const provinces = codes.filter((c) => c.length === 2);
      if (codes.length === 1) out.add(codes[0] ?? '');
      else if (provinces.length === 1) out.add(provinces[0] ?? '');
    }
    return [...out].sort();
  }
}
