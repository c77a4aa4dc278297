import type { IsoDate } from '../../domain/bundle/bundle.ts';
import { latestPublicationDay } from '../build-day.ts';
import type { Problem } from '../diagnostic.ts';
import type { ListEntry } from './split-glued-dates.ts';
import type { SeedLine } from './split-lines.ts';

// How much one seed may give, so that one hostile page cannot flood the bundle or the reader.
// Each is far above what real pages hold: among the 60 page shapes (../shared/page-shapes) and
// the real seed, the longest line has 515 characters, the longest article 35 paragraphs and the
// most sidebar items of one page are 19.

/**
 * Characters of one line. A longer line is read as several lines of at most this many, each
 * broken after a sentence end or a blank in its last tenth where there is one. 20,000 characters
 * is forty times the longest line seen and longer than nearly any whole report, so only text
 * run together without line breaks is touched, and no paragraph is too long to show or search.
 */
export const MAX_LINE_CHARS = 20_000;

/**
 * Paragraphs of one article; later ones are dropped. Long policy documents (a plan of many
 * numbered points, one a line) run to a few hundred lines; 2,000 keeps any of them whole and an
 * article that opens in a moment.
 */
export const MAX_PARAGRAPHS = 2_000;

/**
 * Sidebar items of one seed, all its lists together; later ones are dropped. A site's sidebars
 * show 10 to 20 items each, a page three or four lists. Every item is a teaser or a link to an
 * article, so with the two neighbour links this also caps the teasers one seed makes at 102.
 */
export const MAX_LIST_ITEMS = 100;

// Where a long line may break: after a sentence end or a blank, looked for in its last tenth.
const BREAK_AFTER = new Set(['。', '！', '？', '；', '!', '?', ';', ' ', '\u3000']);
const BREAK_WINDOW = MAX_LINE_CHARS / 10;

/** Where the piece of `text` that starts at `start` ends: at most MAX_LINE_CHARS on. */
function pieceEnd(text: string, start: number): number {
  const limit = start + MAX_LINE_CHARS;
  if (limit >= text.length) return text.length;
  for (let i = limit; i > limit - BREAK_WINDOW; i--) {
    if (BREAK_AFTER.has(text[i - 1] ?? '')) return i;
  }
  // Never between the two halves of a character outside the BMP.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/**
 * Lines longer than MAX_LINE_CHARS, each read as several lines of at most that many characters
 * that keep its line number; one warning per long line says so.
 */
export function splitLongLines(lines: readonly SeedLine[]): {
  lines: SeedLine[];
  problems: Problem[];
} {
  if (lines.every((l) => l.text.length <= MAX_LINE_CHARS))
    return { lines: [...lines], problems: [] };
  const out: SeedLine[] = [];
  const problems: Problem[] = [];
  for (const l of lines) {
    if (l.text.length <= MAX_LINE_CHARS) {
      out.push(l);
      continue;
    }
    let pieces = 0;
    for (let start = 0; start < l.text.length; pieces++) {
      const end = pieceEnd(l.text, start);
      out.push({ text: l.text.slice(start, end).trim(), line: l.line });
      start = end;
    }
    problems.push({
      line: l.line,
      severity: 'warning',
      message: `The line has ${l.text.length} characters, more than the ${MAX_LINE_CHARS} a line may have; it is read as ${pieces} lines, each broken after a sentence end or a blank where one is near.`,
    });
  }
  return { lines: out, problems };
}

/** The first MAX_PARAGRAPHS paragraphs; a warning at the first one dropped, if any are. */
export function capParagraphs(paragraphs: SeedLine[]): {
  paragraphs: SeedLine[];
  problems: Problem[];
} {
  const first = paragraphs[MAX_PARAGRAPHS];
  if (!first) return { paragraphs, problems: [] };
  const dropped = paragraphs.length - MAX_PARAGRAPHS;
  return {
    paragraphs: paragraphs.slice(0, MAX_PARAGRAPHS),
    problems: [
      {
        line: first.line,
        severity: 'warning',
        message: `The article has ${paragraphs.length} paragraphs, more than the ${MAX_PARAGRAPHS} kept; the ${dropped} from this line on are dropped.`,
      },
    ],
  };
}

/**
 * A seed's sidebar items as they are kept: at most MAX_LIST_ITEMS, and none dated later than the
 * build day allows (`latestPublicationDay`), since a date to come is no publication date.
 */
export class ListItemBudget {
  private readonly latest: IsoDate;
  private kept = 0;
  private dropped = 0;
  private firstDropped: number | null = null;
  private future = 0;
  private firstFuture: { line: number; date: IsoDate; heading: string } | null = null;

  constructor(private readonly today: IsoDate) {
    this.latest = latestPublicationDay(today);
  }

  /** The entries of one list that are kept, a date later than `latest` taken off. */
  take(heading: string, entries: ListEntry[]): ListEntry[] {
    const room = Math.max(0, MAX_LIST_ITEMS - this.kept);
    const taken = entries.length > room ? entries.slice(0, room) : entries;
    if (taken.length < entries.length) {
      this.dropped += entries.length - taken.length;
      this.firstDropped ??= entries[room]?.line ?? null;
    }
    this.kept += taken.length;
    for (const entry of taken) {
      if (entry.date === null || entry.date <= this.latest) continue;
      this.future++;
      this.firstFuture ??= { line: entry.line, date: entry.date, heading };
      entry.date = null;
    }
    return taken;
  }

  /** One warning for the items dropped and one for the dates taken off, naming the first of each. */
  problems(): Problem[] {
    const problems: Problem[] = [];
    if (this.firstDropped !== null) {
      problems.push({
        line: this.firstDropped,
        severity: 'warning',
        message: `The seed lists ${this.kept + this.dropped} sidebar items, more than the ${MAX_LIST_ITEMS} kept; the ${this.dropped} from this line on are dropped.`,
      });
    }
    if (this.firstFuture) {
      const { line, date, heading } = this.firstFuture;
      const more = this.future - 1;
      const rest =
        more > 0
          ? `, and so are ${more} more sidebar items; not publication dates, so they are kept undated.`
          : '; not a publication date, so the item is kept undated.';
      problems.push({
        line,
        severity: 'warning',
        message: `The item of "${heading}" on this line is dated ${date}, later than the build day ${this.today}${rest}`,
      });
    }
    return problems;
  }
}
