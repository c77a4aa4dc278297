import {
  SIGHTINGS_LIMIT,
  type Article,
  type IsoDate,
  type ItemSummary,
  type ItemTags,
  type Sighting,
  type SightingList,
  type Teaser,
} from '../../domain/bundle/bundle.ts';
import { laterDate } from '../../domain/bundle/dates.ts';
import type { RankFacts } from '../../domain/lists/rank-lists.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { Lines } from '../spilled-lines.ts';
import type { ParsedSeed } from '../parse/parse-seed.ts';
import { listedTitles, packListedTitles, type ListedTitles } from './listed-titles.ts';
import { canonicalUrl, stableId, titleKey } from './stable-id.ts';
import { TitleIndex } from './title-index.ts';

/**
 * An article as linked from the seeds, before tagging adds what it is about; its paragraphs maybe
 * spilled to disk by the worker that read them (`Lines`).
 */
export type CatalogArticle = Omit<Article, keyof ItemTags | 'related' | 'paragraphs'> & {
  paragraphs: Lines;
};
/** A teaser as linked from the seeds, before tagging. */
export type CatalogTeaser = Omit<Teaser, keyof ItemTags>;

/**
 * What linking reads of a seed's parse: all of it but its findings, with its lists packed and
 * its paragraphs as text (their line numbers only served the findings). Linking passes the
 * paragraphs on as they are, so they may be `Lines` there (spilled by a worker).
 */
export type LinkedSeed<Paragraphs extends Lines = string[]> = Omit<
  ParsedSeed,
  'lists' | 'problems' | 'paragraphs'
> & {
  paragraphs: Paragraphs;
  listed: ListedTitles;
};

export interface SeedInput {
  file: string;
  seed: LinkedSeed<Lines>;
}

/** What linking reads of a parse. */
export function linkedSeed(seed: ParsedSeed): LinkedSeed {
  return {
    title: seed.title,
    titleDerived: seed.titleDerived,
    subtitle: seed.subtitle,
    notArticle: seed.notArticle,
    paragraphs: seed.paragraphs.map((p) => p.text),
    source: seed.source,
    publishedAt: seed.publishedAt,
    sourceName: seed.sourceName,
    disclaimer: seed.disclaimer,
    prev: seed.prev,
    next: seed.next,
    listed: packListedTitles(seed.lists),
  };
}

/** All articles and teasers of a compile, linked and ready to rank and write. */
export interface Catalog {
  articles: CatalogArticle[];
  teasers: CatalogTeaser[];
  summaries: Map<string, ItemSummary>;
  /** The seed file each article comes from (the first by file name when several give it). */
  articleFiles: Map<string, string>;
  facts: RankFacts[];
  /** Each grouped article's story by its id (`withStories`); empty until stories are grouped. */
  stories: Map<string, CatalogStory>;
  disclaimer: string | null;
  diagnostics: Diagnostic[];
}

/** Copies of one story: `members` best first, the representative the lists show. */
export interface CatalogStory {
  id: string;
  members: string[];
}

interface Mention {
  id: string;
  title: string;
  truncated: boolean;
  latestDate: IsoDate | null;
  otherDate: IsoDate | null;
  latestPosition: number | null;
  hotPosition: number | null;
  /** How many seeds list it as hot, and the last of them (seeds are linked one at a time). */
  hotSeeds: number;
  lastHotSeed: Draft | null;
  /** The first listing site's host, where a reader can look for the full text. */
  host: string | null;
  sightings: Sighting[];
}

/** One way a title is listed (cut or not, under a date), and what it was found to name. */
interface Listing {
  truncated: boolean;
  date: IsoDate | null;
  mention: Mention;
}

interface Draft {
  id: string;
  file: string;
  seed: LinkedSeed<Lines> & { title: NonNullable<ParsedSeed['title']> };
}

const minPosition = (a: number | null, b: number) => (a === null ? b : Math.min(a, b));

/**
 * `text` copied out of the string it was cut from. V8 makes a slice of a long enough string a
 * view of it, so a teaser's title, cut from its seed's packed list (`ListedTitles`), kept every
 * title of that list alive for the whole compile: at 10,000 seeds, 3.4 MB of lists. The copy is
 * a slice of a string of its own length plus one.
 */
const ownCopy = (text: string) => ` ${text}`.slice(1);

/** Gives each titled seed its article id; a second seed with the same identity is reported. */
function draftArticles(inputs: readonly SeedInput[], diagnostics: Diagnostic[]): Draft[] {
  const byId = new Map<string, Draft>();
  for (const { file, seed } of inputs) {
    const title = seed.title;
    if (!title) continue;
    const identity = seed.source
      ? `url:${canonicalUrl(seed.source.url)}`
      : `title:${titleKey(title.text)}`;
    const id = stableId(identity);
    const first = byId.get(id);
    if (first) {
      diagnostics.push({
        file,
        line: seed.source?.line ?? title.line,
        severity: 'warning',
        message: `Same article as ${first.file} (same ${seed.source ? 'source URL' : 'title'}); this copy is skipped.`,
      });
      continue;
    }
    byId.set(id, { id, file, seed: { ...seed, title } });
  }
  return [...byId.values()];
}

/**
 * Links the seeds into one catalog: one article per distinct source URL, one teaser per list title
 * that names no full article, and the facts the latest and hot rankings need.
 */
export function buildCatalog(inputs: readonly SeedInput[]): Catalog {
  const diagnostics: Diagnostic[] = [];
  const drafts = draftArticles(inputs, diagnostics);
  const index = new TitleIndex(
    drafts.map((d) => ({ id: d.id, title: d.seed.title.text, publishedAt: d.seed.publishedAt })),
  );
  const mentions = new Map<string, Mention>();
  // A title is listed by many seeds (each teaser about fifteen times in a large corpus), nearly
  // always the same way: each distinct listing is resolved once, and found again by its title
  // and a scan of that title's few listings rather than by a key made per entry.
  const listings = new Map<string, Listing[]>();
  const mentionOf = (entry: { title: string; truncated: boolean; date: IsoDate | null }) => {
    let ofTitle = listings.get(entry.title);
    if (!ofTitle) listings.set(entry.title, (ofTitle = []));
    for (const listing of ofTitle) {
      if (listing.truncated === entry.truncated && listing.date === entry.date) {
        return listing.mention;
      }
    }
    const id =
      index.resolve(entry.title, entry.truncated, entry.date) ??
      stableId(`teaser:${titleKey(entry.title)}${entry.truncated ? '…' : ''}`);
    let mention = mentions.get(id);
    if (!mention) {
      mention = {
        id,
        title: entry.title,
        truncated: entry.truncated,
        latestDate: null,
        otherDate: null,
        latestPosition: null,
        hotPosition: null,
        hotSeeds: 0,
        lastHotSeed: null,
        host: null,
        sightings: [],
      };
      mentions.set(id, mention);
    }
    ofTitle.push({ truncated: entry.truncated, date: entry.date, mention });
    return mention;
  };

  const neighbours = new Map<string, { prev: string | null; next: string | null }>();
  for (const draft of drafts) {
    const { seed } = draft;
    const host = seed.source?.host ?? null;
    // One object for all the sightings on this seed: they end up in JSON, where it is copied.
    const on = { id: draft.id, title: seed.title.text };
    const mention = (
      list: SightingList,
      entry: { title: string; truncated: boolean; date: IsoDate | null },
      position: number,
    ): string => {
      const m = mentionOf(entry);
      m.host ??= host;
      if (list === 'latest') {
        m.latestDate = laterDate(m.latestDate, entry.date);
        m.latestPosition = minPosition(m.latestPosition, position);
      } else {
        m.otherDate = laterDate(m.otherDate, entry.date);
      }
      if (list === 'hot') {
        if (m.lastHotSeed !== draft) m.hotSeeds++;
        m.lastHotSeed = draft;
        m.hotPosition = minPosition(m.hotPosition, position);
      }
      if (m.sightings.length < SIGHTINGS_LIMIT) m.sightings.push({ list, on, date: entry.date });
      return m.id;
    };
    for (const entry of listedTitles(seed.listed)) mention(entry.list, entry, entry.position);
    const neighbour = (list: 'prev' | 'next') => {
      const n = seed[list];
      return n ? mention(list, { ...n, date: null }, 0) : null;
    };
    neighbours.set(draft.id, { prev: neighbour('prev'), next: neighbour('next') });
  }

  const summaries = new Map<string, ItemSummary>();
  const facts: RankFacts[] = [];
  const articleIds = new Set(drafts.map((d) => d.id));
  for (const d of drafts) {
    // The article's own date wins: a list date is another page's word about it, and any seed
    // could list its title under a date of its choosing.
    const date = d.seed.publishedAt ?? mentions.get(d.id)?.latestDate ?? null;
    const host = d.seed.source?.host;
    summaries.set(d.id, {
      id: d.id,
      kind: 'article',
      title: d.seed.title.text,
      truncated: false,
      date,
      ...(d.seed.titleDerived && { titleDerived: true as const }),
      ...(host && { host }),
    });
  }
  const teasers: CatalogTeaser[] = [];
  for (const [id, m] of mentions) {
    if (articleIds.has(id)) continue;
    const date = m.latestDate ?? m.otherDate;
    const { truncated, host } = m;
    const title = ownCopy(m.title);
    // Of their own size: the pushes left room for 17, and a compile keeps every teaser's.
    const sightings = m.sightings.slice();
    summaries.set(id, { id, kind: 'teaser', title, truncated, date, ...(host && { host }) });
    teasers.push({ id, kind: 'teaser', title, truncated, date, host, sightings });
  }
  for (const [id, summary] of summaries) {
    const m = mentions.get(id);
    facts.push({
      id,
      date: summary.date,
      latestPosition: m?.latestPosition ?? null,
      hotSeeds: m?.hotSeeds ?? 0,
      hotPosition: m?.hotPosition ?? null,
    });
  }

  const summaryOf = (id: string | null | undefined) => (id ? (summaries.get(id) ?? null) : null);
  const articles: CatalogArticle[] = drafts.map(({ id, seed }) => ({
    id,
    kind: 'article',
    title: seed.title.text,
    ...(seed.titleDerived && { titleDerived: true as const }),
    ...(seed.subtitle && { subtitle: seed.subtitle }),
    publishedAt: seed.publishedAt,
    url: seed.source?.url ?? null,
    host: seed.source?.host ?? null,
    paragraphs: seed.paragraphs,
    prev: summaryOf(neighbours.get(id)?.prev),
    next: summaryOf(neighbours.get(id)?.next),
  }));

  const articleFiles = new Map(drafts.map((d) => [d.id, d.file]));
  const disclaimer = drafts.find((d) => d.seed.disclaimer)?.seed.disclaimer ?? null;
  const stories = new Map<string, CatalogStory>();
  return { articles, teasers, summaries, articleFiles, facts, stories, disclaimer, diagnostics };
}
