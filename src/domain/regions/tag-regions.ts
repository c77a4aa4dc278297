import { foldItemText, type FoldedItemText } from '../fold-item.ts';
import type { Region } from './division-table.ts';
import type { HostRegions } from './host-regions.ts';
import type { RegionAlias } from './region-aliases.ts';
import type { RegionLexicon, RegionMention } from './region-lexicon.ts';

/** What the tagger reads of an article or teaser. */
export interface RegionTagInput {
  title: string;
  /** Paragraphs; absent or empty for a teaser. */
  body?: readonly string[];
  /** The source URL's host (`jw.cq.gov.cn`), a hint for ambiguous names. */
  host?: string | null;
}

/** A place the item is about. */
export interface RegionTag {
  code: string;
  /** The region and its ancestors, province first: 重庆市 › 开州区. */
  chain: { code: string; name: string }[];
  /** Mentions weighed: a title mention counts `TITLE_WEIGHT`, a body mention 1. */
  score: number;
  inTitle: boolean;
  /** `host`: the text names no place, and the source site's host does. */
  source: 'text' | 'host';
}

/** What the region tagger may use besides the text. */
export interface RegionTaggerOptions {
  /** Host hints; without them the host plays no part. */
  hosts?: HostRegions;
  /** Tags kept per item, best first. */
  maxTags?: number;
}

/** Characters segmented on each side of a short form to see whether it starts a word. */
const WINDOW = 8;

/** A title names what the article is about; the body also names where a speaker came from. */
export const TITLE_WEIGHT = 3;

interface Resolved {
  code: string;
  weight: number;
  inTitle: boolean;
}

/**
 * Tags text with the places it is about, at the most specific level found, each with its chain.
 * The rules, each tested on its own: longest name first (黑龙江 is not 龙江); a short form must
 * start a word (普通化学 holds no 通化); a name that is also a word (朝阳) or shared by several
 * places (鼓楼区) needs support from its province or prefecture named elsewhere in the text or in
 * the host; a shared name with no support means the province if one candidate is a province
 * (吉林), else their common ancestor, else nothing.
 */
export class RegionTagger {
  private readonly segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  private readonly maxTags: number;
  private readonly chains = new Map<string, string[]>();

  constructor(
    private readonly lexicon: RegionLexicon,
    private readonly options: RegionTaggerOptions = {},
  ) {
    this.maxTags = options.maxTags ?? 6;
  }

  /**
   * The places an item is about, best first. `folded`, when the caller has it, is
   * `foldItemText(input)` and saves folding the text again.
   */
  tag(input: RegionTagInput, folded: FoldedItemText = foldItemText(input)): RegionTag[] {
    const fields = [
      { text: folded.title, weight: TITLE_WEIGHT, inTitle: true },
      ...folded.body.map((text) => ({ text, weight: 1, inTitle: false })),
    ];
    const mentions = fields.flatMap((field) =>
      this.mentionsIn(field.text).map((mention) => ({ mention, field })),
    );
    const hostCodes = this.options.hosts?.regionsOf(input.host) ?? [];

    // Context: places named unambiguously, and the host. A name is judged by the others only.
    const confident = new Map<string, { text: string; code: string }>();
    for (const { mention } of mentions) {
      const only = mention.candidates.length === 1 ? mention.candidates[0] : undefined;
      if (only && !only.weak)
        confident.set(`${mention.text}|${only.code}`, { text: mention.text, code: only.code });
    }
    const support = (candidate: RegionAlias, text: string) => {
      const chain = this.chainCodes(candidate.code);
      const province = chain[0];
      const prefecture = chain.length > 2 ? chain[1] : undefined;
      let score = 0;
      const related = (code: string, weight: number) => {
        const other = this.chainCodes(code);
        if (other.includes(candidate.code) || (prefecture && other.includes(prefecture))) {
          score += weight + 1;
        } else if (province && other[0] === province) {
          score += weight;
        }
        if (chain.includes(code)) score += weight + 1;
      };
      for (const c of confident.values()) if (c.text !== text) related(c.code, 2);
      for (const code of hostCodes) related(code, 3);
      return score;
    };

    const resolved: Resolved[] = [];
    for (const { mention, field } of mentions) {
      const code = this.resolve(mention, support);
      if (code) resolved.push({ code, weight: field.weight, inTitle: field.inTitle });
    }
    return this.aggregate(resolved, hostCodes);
  }

  /** Names found in one field, short forms kept only where they start a word. */
  private mentionsIn(text: string): RegionMention[] {
    const out: RegionMention[] = [];
    for (const mention of this.lexicon.find(text)) {
      let { candidates } = mention;
      if (candidates.some((c) => c.kind !== 'full') && !this.startsWord(text, mention.start)) {
        candidates = candidates.filter((c) => c.kind === 'full');
      }
      if (candidates.length > 0) out.push({ ...mention, candidates });
    }
    return out;
  }

  /**
   * Whether a word starts at `at`. Only a window around the point is segmented: segmenting whole
   * articles would make tagging 100,000 of them take minutes.
   */
  private startsWord(text: string, at: number): boolean {
    const from = Math.max(0, at - WINDOW);
    const window = text.slice(from, at + WINDOW);
    for (const segment of this.segmenter.segment(window)) {
      if (from + segment.index === at) return true;
      if (from + segment.index > at) return false;
    }
    return false;
  }

  /** Codes of a region's chain, province first; cached, since every mention asks. */
  private chainCodes(code: string): string[] {
    let chain = this.chains.get(code);
    if (!chain) {
      chain = this.lexicon.table.chain(code).map((r) => r.code);
      this.chains.set(code, chain);
    }
    return chain;
  }

  private resolve(
    mention: RegionMention,
    support: (candidate: RegionAlias, text: string) => number,
  ): string | null {
    const table = this.lexicon.table;
    const [only, ...others] = mention.candidates;
    if (only && others.length === 0 && !only.weak) return only.code;
    const scored = mention.candidates.map((c) => ({ c, s: support(c, mention.text) }));
    const best = Math.max(...scored.map((x) => x.s));
    const top = scored.filter((x) => x.s === best);
    if (best > 0 && top.length === 1) return top[0]?.c.code ?? null;
    if (best > 0) return commonAncestor(top.map((x) => table.chain(x.c.code)));
    const strong = scored.filter((x) => !x.c.weak);
    if (strong.length === 1 && mention.candidates.length === 1) return strong[0]?.c.code ?? null;
    const provinces = strong.filter((x) => table.get(x.c.code)?.level === 'province');
    if (provinces.length === 1) return provinces[0]?.c.code ?? null;
    if (strong.length > 1) return commonAncestor(strong.map((x) => table.chain(x.c.code)));
    return null;
  }

  private aggregate(resolved: readonly Resolved[], hostCodes: readonly string[]): RegionTag[] {
    const table = this.lexicon.table;
    const byCode = new Map<string, { score: number; inTitle: boolean }>();
    for (const r of resolved) {
      const tag = byCode.get(r.code) ?? { score: 0, inTitle: false };
      tag.score += r.weight;
      tag.inTitle ||= r.inTitle;
      byCode.set(r.code, tag);
    }
    // A province named beside one of its counties is already in that county's chain: fold it in.
    for (const [code, tag] of [...byCode]) {
      const inner = [...byCode.keys()].filter(
        (c) => c !== code && this.chainCodes(c).includes(code),
      );
      if (inner.length === 0) continue;
      for (const c of inner) {
        const t = byCode.get(c);
        if (t) {
          t.score += tag.score;
          t.inTitle ||= tag.inTitle;
        }
      }
      byCode.delete(code);
    }
    const chainOf = (code: string) =>
      table.chain(code).map((r) => ({ code: r.code, name: r.name }));
    let tags: RegionTag[] = [...byCode].map(([code, t]) => ({
      code,
      chain: chainOf(code),
      score: t.score,
      inTitle: t.inTitle,
      source: 'text',
    }));
    if (tags.length === 0) {
      tags = hostCodes
        .filter((code) => table.get(code))
        .map((code) => ({ code, chain: chainOf(code), score: 0, inTitle: false, source: 'host' }));
    }
    return tags
      .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .slice(0, this.maxTags);
  }
}

/** The deepest region containing all the chains, or null when they share no province. */
function commonAncestor(chains: readonly Region[][]): string | null {
  const [first, ...rest] = chains;
  if (!first) return null;
  let common: string | null = null;
  for (let depth = 0; depth < first.length; depth++) {
    const code = first[depth]?.code;
    if (!code || !rest.every((chain) => chain[depth]?.code === code)) break;
    common = code;
  }
  return common;
}

/** Every code a document is about, ancestors included: what `SearchDoc.regions` takes. */
export function regionCodesOf(tags: readonly RegionTag[]): string[] {
  return [...new Set(tags.flatMap((t) => t.chain.map((r) => r.code)))].sort();
}
