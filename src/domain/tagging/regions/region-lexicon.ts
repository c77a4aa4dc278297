import { foldText } from '../../text/fold-text.ts';
import { PhraseMatcher } from '../../text/phrase-matcher.ts';
import type { RegionTable } from '../../bundle/region-table.ts';
import { regionAliases, type RegionAlias } from './region-aliases.ts';

/** A place name found in text: where, and every region it may mean. */
export interface RegionMention {
  start: number;
  end: number;
  text: string;
  candidates: readonly RegionAlias[];
}

/**
 * Every name of every region, folded, for finding places in text and in queries. Building it
 * from the whole table takes a few milliseconds, so the client can build it from the shipped
 * table rather than download it.
 */
export class RegionLexicon {
  private readonly byText = new Map<string, RegionAlias[]>();
  private readonly matcher: PhraseMatcher<RegionAlias[]>;
  private within: Map<string, string[]> | null = null;

  constructor(readonly table: RegionTable) {
    for (const region of table.all()) {
      for (const alias of regionAliases(region)) {
        const text = foldText(alias.text);
        const list = this.byText.get(text) ?? [];
        list.push({ ...alias, text });
        this.byText.set(text, list);
      }
    }
    // A former name that is some place's current name (朝阳县, once a name of 朝阳区 too) means
    // the current place.
    for (const [text, list] of this.byText) {
      if (list.some((a) => a.kind !== 'former') && list.some((a) => a.kind === 'former')) {
        this.byText.set(
          text,
          list.filter((a) => a.kind !== 'former'),
        );
      }
    }
    this.matcher = new PhraseMatcher(this.byText);
  }

  /** The aliases spelled exactly `text` (folded), across all regions. */
  lookup(text: string): readonly RegionAlias[] {
    return this.byText.get(text) ?? [];
  }

  /**
   * Every distinct name in use today, folded: the words a pinyin lexicon should know and near
   * queries are drawn from. Former names (开县) are left out: still found when typed, but not
   * offered.
   */
  names(): string[] {
    const out: string[] = [];
    for (const [text, aliases] of this.byText) {
      if (aliases.some((a) => a.kind !== 'former')) out.push(text);
    }
    return out;
  }

  /**
   * Region codes a query term names, for query expansion: every region one of whose names the
   * term is (开州 → 开州区; 朝阳 → every 朝阳). Takes folded text.
   */
  regionsNamed(term: string): string[] {
    return [...new Set(this.lookup(term).map((a) => a.code))].sort();
  }

  /**
   * Names of a region and of every place inside it (weak ones left out): what to mark in an
   * article found through a region tag.
   */
  namesWithin(code: string): string[] {
    return [...(this.withinIndex().get(code) ?? [])];
  }

  /**
   * Names by every region that holds them (their own and their ancestors'), built on first use:
   * a pinyin prefix such as `ka` names dozens of regions, and walking every name for each of them
   * took tens of milliseconds a query.
   */
  private withinIndex(): Map<string, string[]> {
    if (this.within) return this.within;
    const index = new Map<string, string[]>();
    for (const [text, aliases] of this.byText) {
      const holders = new Set<string>();
      for (const alias of aliases) {
        // Former names hold today's short form (江宁县, 江宁), which is marked anyway.
        if (alias.weak || alias.kind === 'former') continue;
        for (const region of this.table.chain(alias.code)) holders.add(region.code);
      }
      for (const holder of holders) {
        const names = index.get(holder);
        if (names) names.push(text);
        else index.set(holder, [text]);
      }
    }
    this.within = index;
    return index;
  }

  /**
   * Place names in folded text, scanning left to right and taking the longest name at each point,
   * so 黑龙江 is not read as 龙江 and 开州区 not as 开州.
   */
  find(text: string): RegionMention[] {
    return this.matcher.find(text).map(({ start, end, value }) => ({
      start,
      end,
      text: text.slice(start, end),
      candidates: value,
    }));
  }
}
