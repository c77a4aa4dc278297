import { foldText } from '../../text/fold-text.ts';
import { foldItemText, type FoldedItemText } from '../fold-item.ts';
import type { Region } from '../../bundle/region-table.ts';
import type { HostRegions } from './host-regions.ts';
import type { RegionAlias } from './region-aliases.ts';
import type { RegionLexicon, RegionMention } from './region-lexicon.ts';
import { institutionAt, isLinkList, isQualifierGap, isSurname } from './name-context.ts';
import { rankRegions, type OwnScore } from './region-subject.ts';
import { TagChains } from './shared-chains.ts';

/** What the tagger reads of an article or teaser. */
export interface RegionTagInput {
  title: string;
  /** Paragraphs; absent or empty for a teaser. */
  paragraphs?: readonly string[];
  /** The source URL's host (`jw.cq.gov.cn`), a hint for ambiguous names. */
  host?: string | null;
  /**
   * The local paper a report comes from when it says so itself (`本报讯` under `来源:《某市日报》`):
   * its place is where the story happens, weighed like the title.
   */
  outlet?: string | null;
}

/** A place the item is about. */
export interface RegionTag {
  code: string;
  /** The region and its ancestors, province first: 重庆市 › 开州区. */
  chain: { code: string; name: string }[];
  /**
   * Mentions weighed (a title mention counts `TITLE_WEIGHT`, the lead's `LEAD_WEIGHT`, a body
   * mention 1, one near the end of a long body `TAIL_WEIGHT`), those of its ancestors and, for
   * the first tag, of the places inside it.
   */
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

/** Characters segmented on each side of a short form to see whether it is a word of its own. */
const WINDOW = 8;

/** A title names what the article is about; the body also names where a speaker came from. */
export const TITLE_WEIGHT = 3;
/** The lead, the first paragraph, says what the story is about nearly as surely as the title. */
export const LEAD_WEIGHT = 2;
/**
 * The last fifth of a body of five paragraphs or more: signatures, related links and footers that
 * name other places (a 地方频道 list) end pages more often than the story does.
 */
export const TAIL_WEIGHT = 0.5;

/** Body weight in one province that makes a title naming only other provinces a stray one. */
const SEO_BODY_WEIGHT = 3;

interface Found {
  mention: RegionMention;
  weight: number;
  inTitle: boolean;
  /** Region codes of the mention right before it, when that one qualifies it (山西 in 山西长治). */
  qualifiers: readonly string[];
  /** The name is followed by a school or an office (高州中学): a place, not a word. */
  institution: boolean;
}

interface Support {
  score: number;
  /** Support from inside the candidate's parent (its prefecture, or its province above a city). */
  near: boolean;
}

/**
 * Tags text with the places it is about, at the most specific level found, each with its chain,
 * the place the story is about first (`rankRegions`). The rules, each tested on its own: longest
 * name first (黑龙江 is not 龙江, 嘉义县 is not 义县); a short form must be a word of its own
 * (普通化学 holds no 通化, 党建平台 no 建平) and not a given name after a surname (刘建华); a name
 * that is also a word (朝阳) or one character and 县 (义县) needs its province or prefecture named
 * next to it or elsewhere in the text; a short form that is an everyday word (资源, 新兴) needs
 * some support; a short form with none is dropped when the text names another province's places
 * in full; a shared name with no support means the province if one candidate is a province
 * (吉林), else their common ancestor, else nothing. Title mentions weigh most, then the lead, the
 * last lines of a long body least.
 */
export class RegionTagger {
  private readonly segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  private readonly maxTags: number;
  private readonly chains = new Map<string, string[]>();
  /** One chain per region for every tag of it (`TagChains`). */
  private readonly tagChains: TagChains;
  private readonly words = new Map<string, boolean>();

  constructor(
    private readonly lexicon: RegionLexicon,
    private readonly options: RegionTaggerOptions = {},
  ) {
    this.maxTags = options.maxTags ?? 6;
    this.tagChains = new TagChains(lexicon.table);
  }

  /**
   * The places an item is about, best first. `folded`, when the caller has it, is
   * `foldItemText(input)` and saves folding the text again.
   */
  tag(input: RegionTagInput, folded: FoldedItemText = foldItemText(input)): RegionTag[] {
    const body = folded.paragraphs;
    const tailFrom = body.length >= 5 ? body.length - Math.floor(body.length / 5) : body.length;
    const fields = [
      { text: folded.title, weight: TITLE_WEIGHT, inTitle: true },
      ...(input.outlet
        ? [{ text: foldText(input.outlet), weight: TITLE_WEIGHT, inTitle: false }]
        : []),
      ...body.map((text, i) => ({
        text,
        weight: isLinkList(text)
          ? TAIL_WEIGHT
          : i === 0
            ? LEAD_WEIGHT
            : i >= tailFrom
              ? TAIL_WEIGHT
              : 1,
        inTitle: false,
      })),
    ];
    const found: Found[] = [];
    for (const field of fields) {
      let previous: RegionMention | undefined;
      for (const mention of this.mentionsIn(field.text)) {
        const qualifies =
          previous &&
          (previous.end === mention.start ||
            (previous.end + 1 === mention.start && isQualifierGap(field.text[previous.end] ?? '')));
        found.push({
          mention,
          weight: field.weight,
          inTitle: field.inTitle,
          qualifiers: qualifies && previous ? previous.candidates.map((c) => c.code) : [],
          institution: institutionAt(field.text, mention.end),
        });
        previous = mention;
      }
    }
    const hostCodes = this.options.hosts?.regionsOf(input.host) ?? [];

    // Context: places named unambiguously, and the host. A name is judged by the others only.
    const confident = new Map<string, { text: string; code: string; full: boolean }>();
    for (const { mention } of found) {
      const only = mention.candidates.length === 1 ? mention.candidates[0] : undefined;
      if (only && !only.weak && !this.isEverydayWord(only)) {
        confident.set(`${mention.text}|${only.code}`, {
          text: mention.text,
          code: only.code,
          full: only.kind === 'full',
        });
      }
    }
    const support = (candidate: RegionAlias, item: Found): Support => {
      const chain = this.chainCodes(candidate.code);
      const parent = chain.at(-2);
      let score = 0;
      let near = false;
      const related = (code: string, weight: number) => {
        const other = this.chainCodes(code);
        if (other.includes(candidate.code) || (parent && other.includes(parent))) {
          score += weight + 1;
          near = true;
        } else if (other[0] === chain[0]) {
          score += weight;
        }
        if (chain.includes(code)) score += weight + 1;
      };
      for (const c of confident.values()) if (c.text !== item.mention.text) related(c.code, 2);
      for (const code of hostCodes) related(code, 3);
      if (item.qualifiers.some((code) => code !== candidate.code && chain.includes(code))) {
        score += 4;
        near = true;
      }
      return { score, near };
    };
    const conflicts = (candidate: RegionAlias) => {
      const province = this.chainCodes(candidate.code)[0];
      let elsewhere = false;
      for (const c of confident.values()) {
        if (!c.full) continue;
        if (this.chainCodes(c.code)[0] === province) return false;
        elsewhere = true;
      }
      return elsewhere;
    };

    const codes = found.map((item) => this.resolve(item, support, conflicts));
    const weights = this.weighTitle(found, codes);
    const own = new Map<string, OwnScore>();
    found.forEach((item, i) => {
      const code = codes[i];
      if (!code) return;
      const mine = own.get(code) ?? { score: 0, inTitle: false };
      mine.score += weights[i] ?? 0;
      mine.inTitle ||= item.inTitle;
      own.set(code, mine);
    });
    // A qualifier (山西 in 山西长治) is part of the name after it: its weight goes to that place.
    found.forEach((item, i) => {
      const code = codes[i];
      const before = codes[i - 1];
      if (!code || !before || item.qualifiers.length === 0 || before === code) return;
      if (!this.chainCodes(code).includes(before)) return;
      const from = own.get(before);
      const to = own.get(code);
      const moved = weights[i - 1] ?? 0;
      if (!from || !to) return;
      from.score -= moved;
      to.score += moved;
      to.inTitle ||= found[i - 1]?.inTitle ?? false;
      if (from.score <= 0) own.delete(before);
    });
    return this.tagsOf(own, hostCodes);
  }

  /**
   * The weight of each mention. A title whose provinces the body never names, while the body
   * names another province's places again and again, is a headline of another page (scraped
   * SEO titles): its mentions weigh as little as a footer's.
   */
  private weighTitle(found: readonly Found[], codes: readonly (string | null)[]): number[] {
    const weights = found.map((item) => item.weight);
    const inBody = new Map<string, number>();
    const titled = new Set<string>();
    found.forEach((item, i) => {
      const province = codes[i] ? this.chainCodes(codes[i] ?? '')[0] : undefined;
      if (!province) return;
      if (item.inTitle) titled.add(province);
      else inBody.set(province, (inBody.get(province) ?? 0) + item.weight);
    });
    const strays = [...titled].filter((p) => !inBody.has(p));
    if (strays.length === 0 || Math.max(0, ...inBody.values()) < SEO_BODY_WEIGHT) return weights;
    found.forEach((item, i) => {
      const province = codes[i] ? this.chainCodes(codes[i] ?? '')[0] : undefined;
      if (item.inTitle && province && strays.includes(province)) weights[i] = TAIL_WEIGHT;
    });
    return weights;
  }

  /** Names found in one field, short forms kept only where they are words of their own. */
  private mentionsIn(text: string): RegionMention[] {
    const out: RegionMention[] = [];
    let previousEnd = -1;
    for (const mention of this.lexicon.find(text)) {
      let { candidates } = mention;
      const afterPlace = previousEnd === mention.start;
      previousEnd = mention.end;
      const loose = (c: RegionAlias) => c.kind !== 'full' || c.text.length <= 2;
      if (candidates.some(loose) && !this.isWordAt(text, mention.start, mention.end)) {
        candidates = candidates.filter((c) => !loose(c));
      }
      if (!afterPlace && mention.text.length === 2 && isSurname(text[mention.start - 1] ?? '')) {
        candidates = candidates.filter((c) => c.kind === 'full');
      }
      if (candidates.length > 0) out.push({ ...mention, candidates });
    }
    return out;
  }

  /**
   * Whether `text.slice(at, end)` is a word of its own: a word starts at `at` and one ends at
   * `end`. Only a window around it is segmented: segmenting whole articles would make tagging
   * 100,000 of them take minutes.
   */
  private isWordAt(text: string, at: number, end: number): boolean {
    const from = Math.max(0, at - WINDOW);
    const window = text.slice(from, end + WINDOW);
    let starts = false;
    for (const segment of this.segmenter.segment(window)) {
      const index = from + segment.index;
      if (index === at) starts = true;
      if (index === end) return starts;
      if (index > end) return false;
      if (!starts && index > at) return false;
    }
    return starts && from + window.length === end;
  }

  /**
   * Whether a county's short form is a word of the dictionary the segmenter uses (资源, 公安,
   * 新兴): in running text it is that word far more often than the place.
   */
  private isEverydayWord(alias: RegionAlias): boolean {
    if (alias.kind !== 'short' || alias.code.length !== 6) return false;
    let word = this.words.get(alias.text);
    if (word === undefined) {
      const segments = [...this.segmenter.segment(alias.text)];
      word = segments.length === 1;
      this.words.set(alias.text, word);
    }
    return word;
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
    item: Found,
    support: (candidate: RegionAlias, item: Found) => Support,
    conflicts: (candidate: RegionAlias) => boolean,
  ): string | null {
    const table = this.lexicon.table;
    const { candidates } = item.mention;
    const scored = candidates
      .map((c) => ({ c, ...support(c, item) }))
      // A weak name needs support from close by, an everyday word some support or a school or
      // office after it.
      .filter((x) =>
        x.c.weak ? x.near : item.institution || x.score > 0 || !this.isEverydayWord(x.c),
      );
    if (scored.length === 0) return null;
    const [only, ...others] = scored;
    if (only && others.length === 0 && candidates.length === 1) {
      const unsupported = only.score === 0 && only.c.kind !== 'full';
      return unsupported && only.c.code.length === 6 && conflicts(only.c) ? null : only.c.code;
    }
    const best = Math.max(...scored.map((x) => x.score));
    const top = scored.filter((x) => x.score === best);
    if (best > 0 && top.length === 1) return top[0]?.c.code ?? null;
    if (best > 0) return commonAncestor(top.map((x) => table.chain(x.c.code)));
    const strong = scored.filter((x) => !x.c.weak);
    const provinces = strong.filter((x) => table.get(x.c.code)?.level === 'province');
    if (provinces.length === 1) return provinces[0]?.c.code ?? null;
    if (strong.length > 1) return commonAncestor(strong.map((x) => table.chain(x.c.code)));
    return null;
  }

  private tagsOf(own: ReadonlyMap<string, OwnScore>, hostCodes: readonly string[]): RegionTag[] {
    const table = this.lexicon.table;
    const ranked = rankRegions(own, table, (code) => this.chainCodes(code));
    if (ranked.length > 0) {
      return (
        ranked
          .slice(0, this.maxTags)
          // Not a spread: on Node 20's V8 it gives every tag a hidden class of its own.
          .map((r) =>
            Object.assign({}, r, { chain: this.tagChains.of(r.code), source: 'text' as const }),
          )
      );
    }
    return hostCodes
      .filter((code) => table.get(code))
      .sort()
      .slice(0, this.maxTags)
      .map((code) => ({
        code,
        chain: this.tagChains.of(code),
        score: 0,
        inTitle: false,
        source: 'host',
      }));
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
