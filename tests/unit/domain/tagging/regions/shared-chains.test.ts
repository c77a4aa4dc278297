import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { SharedChains } from '../../../../../src/domain/tagging/regions/shared-chains.ts';
import { tagItem, type ItemAnalysis } from '../../../../../src/domain/tagging/tag-item.ts';

const analysed = (title: string) => ({
  analysis: tagItem({ title, paragraphs: [], host: null }),
});

/** What crossing threads or the seed cache does to an analysis: a copy sharing nothing. */
const copied = <T>(value: T): T => deserialize(serialize(value)) as T;

const chainNames = (analysis: ItemAnalysis | null) =>
  analysis?.regions.map((r) => r.chain.map((c) => c.name).join(' › '));

describe('SharedChains', () => {
  it('gives copies of tags of one region the same chain, and changes no tag', () => {
    const first = copied(analysed('开州区中小学党建工作推进会召开'));
    const second = copied(analysed('开州区举行教师培训'));
    const other = copied(analysed('巴中市平梁小学开学'));
    expect(first.analysis.regions[0]?.chain).not.toBe(second.analysis.regions[0]?.chain);
    const before = [first, second, other].map((item) => structuredClone(item));

    const chains = new SharedChains();
    const shared = [first, second, other].map((item) => chains.share(item));

    expect(shared).toEqual(before);
    expect(shared[0]).toBe(first);
    expect(first.analysis.regions[0]?.chain).toBe(second.analysis.regions[0]?.chain);
    expect(other.analysis.regions[0]?.chain).not.toBe(first.analysis.regions[0]?.chain);
    expect(chainNames(second.analysis)).toEqual(['重庆市 › 开州区']);
  });

  it('leaves an item without an analysis as it is', () => {
    const item = { analysis: null };
    expect(new SharedChains().share(item)).toEqual({ analysis: null });
  });

  it('is what the tagger already does within one thread', () => {
    const a = analysed('开州区中小学党建工作推进会召开').analysis;
    const b = analysed('开州区举行教师培训').analysis;
    expect(a.regions[0]?.chain).toBe(b.regions[0]?.chain);
  });
});
