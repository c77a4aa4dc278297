import type { IsoDate } from '../../domain/bundle.ts';
import type { Problem } from '../diagnostic.ts';
import { dateFromUrlPath, firstDateIn } from './parse-date.ts';
import { furnitureOf } from './page-furniture.ts';
import { markerOf, type SidebarKind } from './seed-markers.ts';
import { parseListTitle, splitGluedDates, type ListEntry } from './split-glued-dates.ts';
import { splitLines, type SeedLine } from './split-lines.ts';

/** A neighbour link (`上一篇` / `下一篇`): a title, possibly truncated. */
export interface NeighbourTitle {
  title: string;
  truncated: boolean;
  line: number;
}

export interface SeedList {
  kind: SidebarKind;
  heading: string;
  line: number;
  entries: ListEntry[];
}

/** Everything one seed page says, before it meets the other seeds. */
export interface ParsedSeed {
  title: SeedLine | null;
  /** The page showed no headline: `title` was made from its lead sentence. */
  titleDerived: boolean;
  /** Why the page is not an article (a tag page, a list of headlines); null for an article. */
  notArticle: string | null;
  paragraphs: SeedLine[];
  source: { url: string; host: string; line: number } | null;
  publishedAt: IsoDate | null;
  /** The publishing organisation from a `来源:` line. */
  sourceName: string | null;
  disclaimer: string | null;
  prev: NeighbourTitle | null;
  next: NeighbourTitle | null;
  lists: SeedList[];
  problems: Problem[];
}

// Sites write this instead of a title when there is no neighbour.
const NO_NEIGHBOUR = /^(?:没有了|无|暂无)[。!！]?$/;

/** Reads a `原文链接` value; only absolute http(s) URLs are accepted, anything else is a problem. */
function parseSourceUrl(value: string): URL | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value
      ? `The source link "${value}" is not a valid URL; ignored.`
      : 'The source link is empty.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `The source link uses ${url.protocol} but only http and https are allowed; ignored.`;
  }
  return url;
}

/**
 * Parses one seed page: the first line of text is the title, then body paragraphs up to the
 * first section marker (`原文链接`, `[免责声明]`, `上一篇`/`下一篇` or a sidebar heading), then the
 * sections in any order. Page furniture (navigation, breadcrumbs, metadata, share buttons) is
 * left out, its date and source kept. docs/seed-format.md describes the layout.
 */
export function parseSeed(text: string): ParsedSeed {
  const seed: ParsedSeed = {
    title: null,
    titleDerived: false,
    notArticle: null,
    paragraphs: [],
    source: null,
    publishedAt: null,
    sourceName: null,
    disclaimer: null,
    prev: null,
    next: null,
    lists: [],
    problems: [],
  };
  const problem = (line: number, message: string, severity: Problem['severity'] = 'warning') =>
    seed.problems.push({ line, severity, message });

  let list: { kind: SidebarKind; heading: string; line: number; lines: SeedLine[] } | null = null;
  const closeList = () => {
    if (!list) return;
    const { entries, problems } = splitGluedDates(list.lines);
    seed.problems.push(...problems);
    if (entries.length === 0) problem(list.line, `The list "${list.heading}" has no items.`);
    seed.lists.push({ kind: list.kind, heading: list.heading, line: list.line, entries });
    list = null;
  };
  let inFooter = false;
  let sourceSeen = false;
  let metaDate: IsoDate | null = null;

  const { lines, bidiRemoved } = splitLines(text);
  for (const current of lines) {
    if (!current.text) continue;
    const marker = markerOf(current.text);
    if (!marker) {
      if (list) {
        list.lines.push(current);
        continue;
      }
      const furniture = furnitureOf(current.text);
      if (furniture) {
        if (furniture.kind === 'meta') {
          metaDate ??= furniture.date;
          seed.sourceName ??= furniture.sourceName;
        }
        continue;
      }
      if (!seed.title) seed.title = current;
      // Many pages repeat the title as the first line of the article.
      else if (seed.paragraphs.length === 0 && current.text === seed.title.text) continue;
      else {
        if (inFooter) {
          problem(current.line, 'Text after the source link section is kept as a body paragraph.');
        }
        seed.paragraphs.push(current);
      }
      continue;
    }
    closeList();
    inFooter = true;
    switch (marker.kind) {
      case 'source': {
        sourceSeen = true;
        if (seed.source) {
          problem(current.line, 'A second source link; the first one is kept.');
          break;
        }
        const url = parseSourceUrl(marker.value);
        if (typeof url === 'string') problem(current.line, url);
        else seed.source = { url: url.href, host: url.hostname, line: current.line };
        break;
      }
      case 'disclaimer':
        seed.disclaimer ??= marker.value;
        break;
      case 'prev':
      case 'next': {
        const name = marker.kind === 'prev' ? '上一篇' : '下一篇';
        if (seed[marker.kind]) problem(current.line, `A second ${name} line; the first is kept.`);
        else if (marker.value && !NO_NEIGHBOUR.test(marker.value)) {
          seed[marker.kind] = { ...parseListTitle(marker.value), line: current.line };
        }
        break;
      }
      case 'sidebar':
        list = { kind: marker.list, heading: marker.heading, line: current.line, lines: [] };
        break;
    }
  }
  closeList();

  if (bidiRemoved > 0) {
    problem(
      1,
      `Removed ${bidiRemoved} bidirectional control characters that could disguise the text.`,
    );
  }
  if (!seed.title) {
    problem(1, 'The seed has no title line, so it gives no article.', 'error');
    return seed;
  }
  if (seed.paragraphs.length === 0) problem(seed.title.line, 'The article has no body text.');
  if (!sourceSeen) {
    problem(seed.title.line, 'The seed has no 原文链接 source link; its id comes from its title.');
  }
  seed.publishedAt =
    (seed.source && dateFromUrlPath(new URL(seed.source.url))) ??
    metaDate ??
    firstDateIn(seed.paragraphs.map((p) => p.text).join('\n'));
  return seed;
}
