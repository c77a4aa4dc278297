import { countBits, isSubset, orInto } from './bitset.ts';
import type { DocSets } from './doc-sets.ts';
import { rankPhrase, rankTerms } from './query-ranking.ts';
import { RANK_TIERS, type SearchQuery, type SearchTerm } from './search-types.ts';
import type { ShardStore } from './shard-store.ts';
import type { TermMatches } from './term-matches.ts';

/** Tier numbers, in `RANK_TIERS` order (best first): the plan's sets are indexed by them. */
export const TITLE_PHRASE = RANK_TIERS.indexOf('title-phrase');
export const TITLE_ALL = RANK_TIERS.indexOf('title-all');
export const BODY_PHRASE = RANK_TIERS.indexOf('body-phrase');
export const TITLE_SOME = RANK_TIERS.indexOf('title-some');
export const BODY = RANK_TIERS.indexOf('body');

/** What the plan reads: the index's sets, matches and shards, and its tuning. */
export interface PlanContext {
  sets: DocSets;
  matches: TermMatches;
  store: ShardStore;
  /** Up to this many candidates in a chunk, the scattered tiers check documents one by one. */
  verifyLimit: number;
}

/**
 * The five rank tiers of one query as lazily computed bit sets: a tier's words for a chunk are
 * computed when the page needs them, and body shards are touched only for chunks where a title
 * tier has candidates or a body tier is reached. That is the early stop of a first page. Methods
 * that compute return null (or false) while a shard is missing; the store says which.
 */
export class TierPlan {
  private readonly n: number;
  private readonly chunks: number;
  /** Each tier's set, taken when the page first reaches the tier. */
  private readonly tiers: (Uint32Array | null)[];
  private readonly done: Uint8Array[];
  private requirement: Uint32Array | null = null;
  private readonly requirementDone: Uint8Array;
  // Title matches, copied in chunk by chunk (`prepareTitles`): the plan's own sets, so that a
  // cache entry dropped during a long query cannot take words from under it.
  private readonly titlesDone: Uint8Array;
  /** Chunks whose title matches hold every term's, for title-some (`prepareSome`). */
  private readonly someDone: Uint8Array;
  /**
   * The first chunk whose `prepareSome` lacked shards in this plan's step: those of every later
   * chunk are among the ones it asked for, so asking again chunk by chunk (as `askAhead` walks
   * the chunks) only repeated its work: 35,000 shard lookups in a step at a million documents.
   */
  private someLackingFrom = Infinity;
  /**
   * Per rank term: read only where the other terms are in a title (`prepareTitles`). Terms of
   * common title words, when the query has a phrase and other terms to go by.
   */
  private readonly later: boolean[];
  private readonly titlePhrase: Uint32Array;
  private readonly titleAll: Uint32Array;
  private readonly titleSome: Uint32Array;
  private readonly rankTitles: Uint32Array[];
  private readonly phraseTitles: Uint32Array[];
  private readonly notTitles: Uint32Array[];
  private readonly rank: readonly SearchTerm[];
  private readonly phrase: string | null;

  constructor(
    private readonly context: PlanContext,
    private readonly query: SearchQuery,
    private readonly prefilter: Uint32Array | null,
  ) {
    const { sets } = context;
    this.chunks = context.store.manifest.chunks;
    this.rank = rankTerms(query);
    this.phrase = rankPhrase(query);
    this.n = this.rank.length;
    this.tiers = RANK_TIERS.map(() => null);
    this.done = RANK_TIERS.map(() => new Uint8Array(this.chunks));
    this.requirementDone = new Uint8Array(this.chunks);
    this.titlesDone = new Uint8Array(this.chunks);
    this.someDone = new Uint8Array(this.chunks);
    this.rankTitles = this.rank.map(() => sets.temp());
    this.phraseTitles = query.phrases.map(() => sets.temp());
    this.notTitles = query.not.map(() => sets.temp());
    this.titlePhrase =
      this.phrase === null && this.n > 0 ? (this.rankTitles[0] as Uint32Array) : sets.temp();
    this.titleAll = this.n === 1 ? (this.rankTitles[0] as Uint32Array) : sets.temp();
    this.titleSome = this.n === 1 ? this.titleAll : sets.temp();
    // The filters of what was typed come with the first round, a round before any body is read.
    for (const t of [...this.rank, ...query.phrases, ...query.not]) {
      if (t.literals.length === 1 && t.literals[0] !== undefined) {
        context.matches.wantTrigrams(t.literals[0]);
      }
    }
    if (this.phrase !== null) context.matches.wantTrigrams(this.phrase);
    const chunked = this.rank.map((t) => context.matches.titleChunked(t));
    // Some term must be read first, and the title-phrase set must be its own.
    const others = chunked.some((c) => !c) && this.phrase !== null && this.n > 1;
    this.later = chunked.map((c) => others && c);
  }

  private lacking(): boolean {
    return this.context.store.lacking();
  }

  /**
   * Copies (and combines) the title matches of a chunk into the plan's sets, as far as the tiers
   * title-phrase, title-all and body-phrase read them; false while shards are missing. The newest
   * chunk alone, since a first page often ends there; past it, every chunk left at once, since
   * one pass over the title postings costs less than a pass per chunk. A term whose title
   * postings come by chunk (a common word: `SearchManifest.chunkedTitles`) is read only in the
   * chunks where the other terms' titles hold something: elsewhere no title holds every term,
   * and title-some, the only tier that needs it there, reads it when reached (`prepareSome`).
   */
  private prepareTitles(chunk: number): boolean {
    if (this.titlesDone[chunk]) return true;
    const { matches } = this.context;
    const until = chunk === 0 ? 1 : this.chunks;
    const rank = this.rank.map((t, i) =>
      this.later[i] ? null : matches.termTitle(t, chunk, until),
    );
    const phrase = this.phrase === null ? null : matches.literalTitle(this.phrase, chunk, until);
    const phrases = this.query.phrases.map((t) => matches.termTitle(t, chunk, until));
    const nots = this.query.not.map((t) => matches.termTitle(t, chunk, until));
    // The newest chunk's shards of the later terms come in the same round: every page reads them.
    if (this.lacking() && chunk > 0) return false;
    rank.forEach((source, i) => this.copyTitle(i, source, chunk, until));
    const delayed = this.rank.map((t, i) => {
      if (!this.later[i]) return [];
      if (chunk === 0) matches.wantTitleChunks(t);
      const skipped: number[] = [];
      for (let c = chunk; c < until; c++) {
        if (chunk > 0 && !this.everyOtherIn(c)) skipped.push(c);
        else this.copyTitle(i, matches.termTitle(t, c, c + 1), c, c + 1);
      }
      return skipped;
    });
    if (this.lacking()) return false;
    const { sets } = this.context;
    const from = sets.chunkRange(chunk)[0];
    const to = sets.chunkRange(until - 1)[1];
    const copy = (into: Uint32Array[], from_: (Uint32Array | null)[]) =>
      from_.forEach((source, i) => {
        const target = into[i];
        if (source && target) for (let w = from; w < to; w++) target[w] = source[w] ?? 0;
      });
    copy(this.phraseTitles, phrases);
    copy(this.notTitles, nots);
    if (phrase) for (let w = from; w < to; w++) this.titlePhrase[w] = phrase[w] ?? 0;
    this.combineTitles(from, to);
    this.titlesDone.fill(1, chunk, until);
    this.someDone.fill(1, chunk, until);
    for (const c of delayed.flat()) this.someDone[c] = 0;
    return true;
  }

  /** Whether every term read first (`later` false) is in some title of the chunk. */
  private everyOtherIn(chunk: number): boolean {
    const [from, to] = this.context.sets.chunkRange(chunk);
    return this.rankTitles.every((t, i) => this.later[i] || countBits(t, from, to) > 0);
  }

  /** Copies a term's title matches of chunks [chunk, until) into its plan set. */
  private copyTitle(term: number, source: Uint32Array | null, chunk: number, until: number): void {
    const target = this.rankTitles[term];
    if (!source || !target) return;
    const { sets } = this.context;
    const to = sets.chunkRange(until - 1)[1];
    for (let w = sets.chunkRange(chunk)[0]; w < to; w++) target[w] = source[w] ?? 0;
  }

  /** Title-all and title-some of the words [from, to), from the terms' title matches. */
  private combineTitles(from: number, to: number): void {
    if (this.n <= 1) return;
    const { titleAll, titleSome, rankTitles } = this;
    for (let w = from; w < to; w++) {
      let all = ~0;
      let some = 0;
      for (const t of rankTitles) {
        const v = t[w] ?? 0;
        all &= v;
        some |= v;
      }
      titleAll[w] = all;
      titleSome[w] = some;
    }
  }

  /**
   * Every term's title matches of a chunk, what tiers title-some and body read: those
   * `prepareTitles` left out are read now, for every chunk left at once as there.
   */
  private prepareSome(chunk: number): boolean {
    if (!this.prepareTitles(chunk)) return false;
    if (this.someDone[chunk]) return true;
    if (chunk >= this.someLackingFrom) return false;
    const { matches, sets } = this.context;
    const until = chunk === 0 ? 1 : this.chunks;
    const titles = this.rank.map((t, i) =>
      this.later[i] ? matches.termTitle(t, chunk, until) : null,
    );
    if (this.lacking()) {
      if (chunk > 0) this.someLackingFrom = chunk;
      return false;
    }
    titles.forEach((source, i) => this.copyTitle(i, source, chunk, until));
    this.combineTitles(sets.chunkRange(chunk)[0], sets.chunkRange(until - 1)[1]);
    this.someDone.fill(1, chunk, until);
    return true;
  }

  /**
   * At most how many documents of a chunk the tier holds: its count once computed, or the
   * candidates it had when it stopped for a missing body shard (narrowing only removes).
   * Infinite while the chunk's title shards are missing, since nothing bounds it then.
   */
  bound(tier: number, chunk: number): number {
    const bits = this.tiers[tier];
    if (!bits || !this.titlesDone[chunk]) return Infinity;
    const [from, to] = this.context.sets.chunkRange(chunk);
    return countBits(bits, from, to);
  }

  /** Whether a tier can hold anything for this query's shape. */
  possible(tier: number): boolean {
    if (this.n === 0) return tier === BODY;
    if (this.n === 1) return tier === TITLE_PHRASE || tier === BODY_PHRASE;
    return true;
  }

  /** Every tier for every chunk, what counting needs; false while shards are missing. */
  computeAll(): boolean {
    for (let tier = 0; tier < RANK_TIERS.length; tier++) {
      if (!this.possible(tier)) continue;
      for (let chunk = 0; chunk < this.chunks; chunk++) {
        if (!this.tier(tier, chunk)) return false;
      }
    }
    return true;
  }

  /** All matches (union of the tiers); call after `computeAll`. */
  union(): Uint32Array {
    const out = this.context.sets.temp();
    for (const t of this.tiers) if (t) orInto(out, t, 0, out.length);
    return out;
  }

  /** The tier's set with `chunk`'s words computed; null while shards are missing. */
  tier(tier: number, chunk: number): Uint32Array | null {
    const { sets, matches } = this.context;
    const bits = (this.tiers[tier] ??= sets.temp());
    if (this.done[tier]?.[chunk]) return bits;
    const titles = tier >= TITLE_SOME ? this.prepareSome(chunk) : this.prepareTitles(chunk);
    if (!titles) return null;
    const [from, to] = sets.chunkRange(chunk);
    const mask = this.prefilter ?? sets.all;
    const tP = this.titlePhrase;
    const tAll = this.titleAll;
    const tSome = this.titleSome;

    // Title-only candidates first (written straight into the tier's words): they decide whether
    // this chunk's body shards are needed at all.
    let any = 0;
    if (tier === TITLE_PHRASE) {
      for (let w = from; w < to; w++) any |= bits[w] = (mask[w] ?? 0) & (tP[w] ?? 0);
    } else if (tier === TITLE_ALL) {
      for (let w = from; w < to; w++)
        any |= bits[w] = (mask[w] ?? 0) & (tAll[w] ?? 0) & ~(tP[w] ?? 0);
    } else if (tier === BODY_PHRASE) {
      for (let w = from; w < to; w++) any |= bits[w] = (mask[w] ?? 0) & ~(tAll[w] ?? 0);
    } else if (tier === TITLE_SOME) {
      for (let w = from; w < to; w++)
        any |= bits[w] = (mask[w] ?? 0) & (tSome[w] ?? 0) & ~(tAll[w] ?? 0);
    } else if (this.n > 0) {
      for (let w = from; w < to; w++) any |= bits[w] = (mask[w] ?? 0) & ~(tSome[w] ?? 0);
    } else {
      for (let w = from; w < to; w++) any |= bits[w] = mask[w] ?? 0;
    }
    if (any !== 0) {
      const requirement = this.requirementFor(chunk);
      const phraseBody =
        tier === BODY_PHRASE
          ? this.phrase === null
            ? matches.termBody(this.rank[0] as SearchTerm, chunk)
            : matches.literalBody(this.phrase, chunk)
          : null;
      if (this.lacking()) return null;
      if (requirement) {
        for (let w = from; w < to; w++) bits[w] = (bits[w] ?? 0) & (requirement[w] ?? 0);
      }
      if (phraseBody) {
        for (let w = from; w < to; w++) bits[w] = (bits[w] ?? 0) & (phraseBody[w] ?? 0);
      }
      if (tier >= TITLE_SOME && this.n > 0 && !this.narrow(bits, from, to, chunk)) return null;
    }
    (this.done[tier] as Uint8Array)[chunk] = 1;
    return bits;
  }

  /**
   * Tiers title-some and body of one chunk: keeps the candidates in which every term occurs and
   * the phrase does not; false while shards are missing. Terms are applied rarest first, as
   * whole-chunk bit sets while many candidates remain and document by document once few do, so a
   * rare term (巨野) spares computing common ones (培训) over the whole chunk. This is what keeps
   * a first page fast when the better tiers are nearly empty.
   */
  private narrow(bits: Uint32Array, from: number, to: number, chunk: number): boolean {
    const { matches, verifyLimit } = this.context;
    const costs = this.rank.map((term) => matches.termBodyEstimate(term, chunk));
    if (this.lacking()) return false;
    const order = this.rank
      .map((term, i) => ({ term, title: this.rankTitles[i] as Uint32Array, cost: costs[i] ?? 0 }))
      .sort((a, b) => a.cost - b.cost);
    const phrase = this.phrase;
    let next = 0;
    while (next < order.length && countBits(bits, from, to) > verifyLimit) {
      const { term, title } = order[next++] as (typeof order)[number];
      // Every candidate has the term in its title: its body shard would remove none (教育 重's
      // candidates all have 教育 there; at a million documents its body is 40 KB a chunk).
      if (isSubset(bits, title, from, to)) continue;
      const body = matches.termBody(term, chunk);
      if (this.lacking()) {
        // The other terms' bodies and the phrase's come next, as whole-chunk sets or to check
        // the few candidates left one by one: fetched in this round rather than a round each.
        for (const rest of order.slice(next)) {
          if (!isSubset(bits, rest.title, from, to)) matches.wantBody(rest.term, chunk);
        }
        if (phrase !== null) matches.wantBody(phrase, chunk);
        return false;
      }
      if (!body) return true;
      for (let w = from; w < to; w++) {
        bits[w] = (bits[w] ?? 0) & ((title[w] ?? 0) | (body[w] ?? 0));
      }
    }
    if (countBits(bits, from, to) > verifyLimit && phrase !== null) {
      const body = matches.literalBody(phrase, chunk);
      if (this.lacking()) return false;
      if (!body) return true;
      for (let w = from; w < to; w++) bits[w] = (bits[w] ?? 0) & ~(body[w] ?? 0);
      return true;
    }
    // Few candidates left: check the remaining terms (rarest first, the likeliest to fail) and
    // the phrase in each document, in order, so that each probe's cursors only move forward.
    if (next === order.length && phrase === null) return true;
    if (countBits(bits, from, to) === 0) return true;
    const checks = order
      .slice(next)
      .filter(({ title }) => !isSubset(bits, title, from, to))
      .map(({ term, title }) => ({ title, has: matches.termBodyProbe(term, chunk) }));
    const phraseHas = phrase === null ? null : matches.literalBodyProbe(phrase, chunk);
    if (this.lacking()) return false;
    for (let w = from; w < to; w++) {
      let word = bits[w] ?? 0;
      let kept = word;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const doc = (w << 5) + 31 - Math.clz32(low);
        let ok = true;
        for (const { title, has } of checks) {
          if (((title[w] ?? 0) & low) === 0 && !has?.(doc)) {
            ok = false;
            break;
          }
        }
        if (!ok || phraseHas?.(doc)) kept ^= low;
      }
      bits[w] = kept;
    }
    return true;
  }

  /** Quoted phrases present and excluded terms absent, for one chunk; null when none apply. */
  private requirementFor(chunk: number): Uint32Array | null {
    if (this.query.phrases.length === 0 && this.query.not.length === 0) return null;
    const { sets, matches } = this.context;
    const out = (this.requirement ??= sets.temp());
    if (this.requirementDone[chunk]) return out;
    const [from, to] = sets.chunkRange(chunk);
    const every = sets.all;
    const phraseBodies = this.query.phrases.map((t) => matches.termBody(t, chunk));
    const notBodies = this.query.not.map((t) => matches.termBody(t, chunk));
    if (phraseBodies.includes(null) || notBodies.includes(null)) return out;
    for (let w = from; w < to; w++) {
      let v = every[w] ?? 0;
      for (let i = 0; i < phraseBodies.length; i++) {
        v &= (this.phraseTitles[i]?.[w] ?? 0) | (phraseBodies[i]?.[w] ?? 0);
      }
      for (let i = 0; i < notBodies.length; i++) {
        v &= ~((this.notTitles[i]?.[w] ?? 0) | (notBodies[i]?.[w] ?? 0));
      }
      out[w] = v;
    }
    this.requirementDone[chunk] = 1;
    return out;
  }
}
