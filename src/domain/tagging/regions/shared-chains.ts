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
