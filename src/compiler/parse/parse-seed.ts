import type { IsoDate } from '../../domain/bundle/bundle.ts';
import { buildDay, latestPublicationDay } from '../build-day.ts';
import type { Problem } from '../diagnostic.ts';
import { chooseHeadline, type HeadlineCandidate } from './choose-headline.ts';
import { cleanLine } from './clean-line.ts';
import { cleanHeadline, headlineFromLead } from './headline-text.ts';
import { listPageReason } from './list-page.ts';
import { withFullWidthPunctuation } from './full-width-seed.ts';
import { datePrefix, furnitureOf, type Furniture } from './page-furniture.ts';
import { datelineDate, dateFromUrlPath } from './parse-date.ts';
import { unreadableReason } from './readable-text.ts';
import { markerOf, type SidebarKind } from './seed-markers.ts';
import { capParagraphs, ListItemBudget, splitLongLines } from './seed-limits.ts';
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

/** What became of one line of the page, for `npm run compile -- --explain`. */
export interface LineVerdict {
  line: number;
  text: string;
  verdict: string;
}

/** Everything one seed page says, before it meets the other seeds. */
export interface ParsedSeed {
  title: SeedLine | null;
  /** The page showed no headline: `title` was made from its lead sentence. */
  titleDerived: boolean;
  /** A subtitle printed under the headline (`——在某某会议上的讲话`). */
  subtitle: string | null;
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

/** A parse with the decisions behind it, for a person debugging a new site's pages. */
export interface ExplainedSeed {
  seed: ParsedSeed;
  lines: LineVerdict[];
  candidates: HeadlineCandidate[];
  dates: { line: number; date: IsoDate; from: string }[];
}

export interface ParseOptions {
  /**
   * The build day: a later date is no publication date (`latestPublicationDay` allows one day of
   * slack). Defaults to `buildDay()`: READER_BUILD_DATE, else today in China.
   */
  today?: IsoDate;
}

// Sites write this instead of a title when there is no neighbour.
const NO_NEIGHBOUR = /^(?:没有了|无|暂无)[。!！]?$/;
// A page may end with its tags, one short word a line: `心理健康`, `讲座`, `二中`.
const TAG_WORD = /^\p{Script=Han}{1,4}$/u;
const TAG_RUN = 3;

/** A line that could be one word of a tag list. */
export const isTagWord = (text: string) => TAG_WORD.test(text);

/**
 * Reads a `原文链接` value; only absolute http(s) URLs are accepted, anything else is a problem.
 * A user name or password (`https://user:pw@host/`) is removed, with a problem that says so: it
 * may be a credential the scraper should not publish, and a trusted-looking name there
 * (`http://a.gov.cn:pw@evil.example/`) disguises the real host.
 */
function parseSourceUrl(value: string): { url: URL | null; problem: string | null } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      url: null,
      problem: value
        ? `The source link "${value}" is not a valid URL; ignored.`
        : 'The source link is empty.',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      url: null,
      problem: `The source link uses ${url.protocol} but only http and https are allowed; ignored.`,
    };
  }
  if (url.username === '' && url.password === '') return { url, problem: null };
  url.username = '';
  url.password = '';
  return {
    url,
    problem: `The source link carried a user name or password before its host; they were removed and the link is kept as ${url.href} (host ${url.hostname}).`,
  };
}

interface PageLine {
  line: SeedLine;
  furniture: Furniture | null;
}

/**
 * Parses one seed page. Each line is cleaned of markup and ruby, then is a section marker
 * (`原文链接`, `[免责声明]`, `上一篇`/`下一篇`, a sidebar heading), page furniture (navigation,
 * metadata, share bars, spam, footers: dropped, their date and source kept) or text. The
 * headline is chosen among the text lines above the prose (`chooseHeadline`); a page without
 * one gets a headline made from its lead, marked as derived. Last, the ASCII punctuation of
 * Chinese text is made full-width (`withFullWidthPunctuation`). docs/extraction.md has the rules.
 */
export function parseSeed(text: string, options: ParseOptions = {}): ParsedSeed {
  return withFullWidthPunctuation(readSeed(text, options, false).seed);
}

/** `parseSeed`, with what became of every line and why. */
export function explainSeed(text: string, options: ParseOptions = {}): ExplainedSeed {
  const explained = readSeed(text, options, true);
  return { ...explained, seed: withFullWidthPunctuation(explained.seed) };
}

function readSeed(text: string, options: ParseOptions, explain: boolean): ExplainedSeed {
  const today = buildDay(options.today);
  const latestDay = latestPublicationDay(today);
  const seed: ParsedSeed = {
    title: null,
    titleDerived: false,
    subtitle: null,
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
  const verdicts: LineVerdict[] = [];
  const dates: ExplainedSeed['dates'] = [];
  // Every seed of a large compile comes through here: the verdicts are kept only when asked for.
  const say = explain
    ? (line: SeedLine, verdict: string) =>
        verdicts.push({ line: line.line, text: line.text, verdict })
    : () => undefined;
  const problem = (line: number, message: string, severity: Problem['severity'] = 'warning') =>
    seed.problems.push({ line, severity, message });

  let list: { kind: SidebarKind; heading: string; line: number; lines: SeedLine[] } | null = null;
  const listItems = new ListItemBudget(today);
  const closeList = () => {
    if (!list) return;
    const glued = splitGluedDates(list.lines);
    seed.problems.push(...glued.problems);
    const entries = listItems.take(list.heading, glued.entries);
    if (entries.length === 0 && list.kind !== 'other') {
      problem(list.line, `The list "${list.heading}" has no items.`);
    }
    seed.lists.push({ kind: list.kind, heading: list.heading, line: list.line, entries });
    list = null;
  };
  const page: PageLine[] = [];
  const late: SeedLine[] = [];
  // Past the first section marker (原文链接…): what text comes is kept with a warning.
  let inSections = false;
  // Under the site's footer: text there is the site's, not the article's.
  let inChrome = false;
  let hasText = false;
  let sourceSeen = false;
  const seeDate = (line: { line: number }, date: IsoDate | null, from: string) => {
    if (!date) return;
    if (date > latestDay) {
      problem(
        line.line,
        `The date ${date} is later than the build day ${today}; not a publication date.`,
      );
    } else dates.push({ line: line.line, date, from });
  };

  const split = splitLines(text);
  const { bidiRemoved } = split;
  const { lines, problems: longLines } = splitLongLines(split.lines);
  seed.problems.push(...longLines);
  for (const raw of lines) {
    if (!raw.text) continue;
    let current = { text: cleanLine(raw.text), line: raw.line };
    if (!current.text) {
      say(raw, 'dropped: markup only');
      continue;
    }
    const prefixed = datePrefix(current.text);
    if (prefixed) {
      seeDate(current, prefixed.date, 'date prefix');
      say(current, `date prefix ${prefixed.date}`);
      if (!prefixed.rest) continue;
      current = { text: prefixed.rest, line: raw.line };
    }
    const marker = markerOf(current.text);
    if (!marker) {
      if (list) {
        list.lines.push(current);
        say(current, `list item of ${list.heading}`);
        continue;
      }
      const furniture = furnitureOf(current.text);
      if (furniture?.kind === 'meta') {
        seeDate(current, furniture.date, 'metadata line');
        seed.sourceName ??= furniture.sourceName;
      }
      if (inSections) {
        if (furniture) say(current, `dropped: ${furniture.kind}`);
        else late.push(current);
        continue;
      }
      if (furniture?.kind === 'footer' && hasText) inChrome = true;
      hasText ||= !furniture;
      if (furniture) say(current, `dropped: ${furniture.kind}`);
      else if (inChrome) say(current, 'dropped: below the site footer');
      if (!inChrome || furniture) page.push({ line: current, furniture });
      continue;
    }
    say(current, `section: ${marker.kind}`);
    closeList();
    inSections = true;
    switch (marker.kind) {
      case 'source': {
        sourceSeen = true;
        if (seed.source) {
          problem(current.line, 'A second source link; the first one is kept.');
          break;
        }
        const { url, problem: wrong } = parseSourceUrl(marker.value);
        if (wrong) problem(current.line, wrong);
        if (url) seed.source = { url: url.href, host: url.hostname, line: current.line };
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
  seed.problems.push(...listItems.problems());

  const choice = chooseHeadline(
    page.map((p) => ({ text: p.line.text, furniture: p.furniture?.kind ?? null })),
  );
  const headline = choice.index === null ? null : (page[choice.index]?.line ?? null);
  const below = page.filter((p, i) => !p.furniture && (choice.index === null || i > choice.index));
  for (const p of page.slice(0, choice.index ?? 0)) {
    if (!p.furniture) say(p.line, 'dropped: above the headline');
  }
  readArticle(
    seed,
    headline,
    below.map((p) => p.line),
    say,
  );
  for (const line of late) {
    problem(line.line, 'Text after the source link section is kept as a body paragraph.');
    seed.paragraphs.push(line);
  }
  const capped = capParagraphs(seed.paragraphs);
  seed.paragraphs = capped.paragraphs;
  seed.problems.push(...capped.problems);

  if (bidiRemoved > 0) {
    problem(
      1,
      `Removed ${bidiRemoved} bidirectional control characters that could disguise the text.`,
    );
  }
  const url = seed.source ? new URL(seed.source.url) : null;
  const dated = new Set(
    page.map((p) => (p.furniture?.kind === 'meta' ? p.furniture.date : null)).filter(Boolean),
  );
  const reason = listPageReason(
    url,
    page.filter((p) => !p.furniture).map((p) => p.line.text),
    dated.size,
  );
  if (reason) {
    seed.notArticle = reason;
    seed.title = null;
    problem(1, `The page is not an article: ${reason}; nothing is published from it.`);
    return { seed, lines: verdicts, candidates: choice.candidates, dates };
  }
  if (!seed.title) {
    problem(1, 'The seed has no title line, so it gives no article.', 'error');
    return { seed, lines: verdicts, candidates: choice.candidates, dates };
  }
  const unreadable = unreadableReason(
    seed.title.text,
    seed.paragraphs.map((p) => p.text),
  );
  if (unreadable) {
    const line = seed.title.line;
    seed.notArticle = unreadable;
    seed.title = null;
    problem(line, `The page is not an article: ${unreadable}; nothing is published from it.`);
    return { seed, lines: verdicts, candidates: choice.candidates, dates };
  }
  if (seed.paragraphs.length === 0) problem(seed.title.line, 'The article has no body text.');
  if (!sourceSeen) {
    problem(seed.title.line, 'The seed has no 原文链接 source link; its id comes from its title.');
  }
  if (url && seed.source) seeDate(seed.source, dateFromUrlPath(url), 'source URL');
  const lead = seed.paragraphs[0];
  if (lead) seeDate(lead, datelineDate(lead.text), 'dateline');
  // The page's own date line wins over the address, and both over a dateline.
  seed.publishedAt = dates[0]?.date ?? null;
  return { seed, lines: verdicts, candidates: choice.candidates, dates };
}

/**
 * Fills in the title, subtitle and paragraphs from the headline and the text lines below it:
 * repeats of the headline go, a `——` line under it is its subtitle, a trailing run of single
 * words is a tag list. Without a headline, one is made from the lead and marked as derived.
 */
function readArticle(
  seed: ParsedSeed,
  headline: SeedLine | null,
  lines: SeedLine[],
  say: (line: SeedLine, verdict: string) => void,
): void {
  const title = headline ? cleanHeadline(headline.text) : null;
  let body = lines;
  if (headline && title) {
    body = [];
    for (const line of lines) {
      if (line.text === headline.text || line.text === title) {
        say(line, 'dropped: repeats the headline');
        continue;
      }
      if (!seed.subtitle && body.length === 0 && line.text.startsWith('——')) {
        seed.subtitle = line.text.replace(/^——\s*/, '');
        say(line, 'subtitle');
        continue;
      }
      const bracketed = `【${title}】`;
      const text = line.text.replace(/^【[|｜]?/, '【').startsWith(bracketed)
        ? line.text
            .replace(/^【[|｜]?/, '【')
            .slice(bracketed.length)
            .trim()
        : line.text;
      if (text) body.push(text === line.text ? line : { ...line, text });
    }
  }
  let end = body.length;
  while (end > 0 && isTagWord(body[end - 1]?.text ?? '')) end--;
  if (body.length - end >= TAG_RUN) {
    for (const line of body.slice(end)) say(line, 'dropped: tag list at the end');
    body = body.slice(0, end);
  }
  seed.paragraphs = body;
  for (const line of body) say(line, 'body');
  if (headline && title) {
    seed.title = { text: title, line: headline.line };
    say(headline, 'headline');
  } else if (body[0]) {
    seed.title = { text: headlineFromLead(body[0].text), line: body[0].line };
    seed.titleDerived = true;
  }
}
