import type { RegionTable } from '../../bundle/region-table.ts';
import type { ItemAnalysis } from '../tag-item.ts';
import type { RegionTag } from './tag-regions.ts';

/**
 * One chain per region for analyses that crossed threads or came from the seed cache: a copy
 * made by a worker's message or by deserializing shares nothing with another, and a chain of
 * its own (names and codes copied too) costs a tag about 370 bytes: 10 MB at 10,000 seeds.
 */
export class SharedChains {
  private readonly byCode = new Map<string, RegionTag['chain']>();

  /** Gives each of the analysis's region tags the chain kept for its code, in place. */
  share<T extends { analysis: ItemAnalysis | null }>(item: T): T {
    for (const tag of item.analysis?.regions ?? []) {
      const kept = this.byCode.get(tag.code);
      if (kept) tag.chain = kept;
      else this.byCode.set(tag.code, tag.chain);
    }
    return item;
  }
}

/**
 * A tag's chain of codes and names as the tagger makes it: one array per region, shared by every
 * tag of it, since a compile holds the tags of a few hundred thousand items. Nothing changes a
 * tag's chain.
 */
export class TagChains {
  private readonly byCode = new Map<string, RegionTag['chain']>();

  constructor(private readonly table: RegionTable) {}

  of(code: string): RegionTag['chain'] {
    let chain = this.byCode.get(code);
    if (!chain) {
      chain = this.table.chain(code).map((r) => ({ code: r.code, name: r.name }));
      this.byCode.set(code, chain);
    }
    return chain;
  }
}
