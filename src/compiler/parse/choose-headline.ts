import type { FurnitureKind } from './page-furniture.ts';

/** A line of the page's head as the headline chooser sees it. */
export interface HeadLine {
  text: string;
  /** Furniture kind, or null for a line of text. */
  furniture: FurnitureKind | null;
}

/** One line that could be the headline, with its score and the reasons for it. */
export interface HeadlineCandidate {
  index: number;
  text: string;
  score: number;
  reasons: string[];
}

export interface HeadlineChoice {
  /** Index into the lines of the chosen headline; null when the page shows none. */
  index: number | null;
  candidates: HeadlineCandidate[];
}

/** Lines looked at as candidates, from the top; headlines sit above the article. */
const MAX_CANDIDATES = 12;
/** A line this long with a full stop in it is article prose, and the head ends there. */
const PROSE_LENGTH = 40;
const MAX_HEADLINE = 64;
// Below this, no candidate has anything going for it: the page shows no headline.
const MIN_SCORE = 0.5;
const FULL_STOP = /[。！？!?]/;
const SENTENCE_END = /[。；;]/;
const LEADING_BULLET = /^[◇◆■□●•▲►▶★☆※]/;
const TRAILING_CLAUSE = /[，,、：:；;]$/;
const COMMAS = /[，,]/g;
// Photo captions name a view, not an event: `新建教学楼一角`, `毕业典礼现场`.
const CAPTION = /(?:一角|现场|全景|掠影|剪影|合影|留影|远眺|近景|航拍)$/;
const HAN_PAIR = /\p{Script=Han}{2}/u;
// A report's lead opens with its day (`2月27日，`); a document's sections with their number.
const LEAD_OPENING = /^\d{1,2}月\d{1,2}日[，,]/;
const SECTION_NUMBER =
  /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\s))/;
// A breadcrumb's separator with its blanks; no match starts inside a run of blanks, so a run is
// read once (see TITLE_SEPARATOR in html-seed/page-metadata.ts).
const BREADCRUMB_STEP = /(?!(?<=\s)\s)\s*(?:>|＞|›|»|→)\s*/;

/** Headlines are short, carry no full stop and do not open or close like a clause of prose. */
export function headlineShaped(text: string): boolean {
  if (text.length < 2 || text.length > MAX_HEADLINE) return false;
  if (
    SENTENCE_END.test(text) ||
    LEADING_BULLET.test(text) ||
    TRAILING_CLAUSE.test(text) ||
    LEAD_OPENING.test(text) ||
    SECTION_NUMBER.test(text)
  ) {
    return false;
  }
  if (!HAN_PAIR.test(text)) return false;
  const commas = text.match(COMMAS)?.length ?? 0;
  if (commas >= 3 || (commas === 2 && text.length > 36)) return false;
  return !CAPTION.test(text);
}

const isProse = (text: string) => text.length >= PROSE_LENGTH && FULL_STOP.test(text);

/**
 * Text broken into short lines, as WeChat posts are copied: no line as long as a paragraph, most
 * shorter than a headline. Its first lines are the start of the text, not a headline.
 */
export function isLineBroken(texts: readonly string[]): boolean {
  const short = texts.filter((t) => t.length < LINE_BROKEN).length;
  return (
    texts.length >= 8 && texts.every((t) => t.length < PROSE_LENGTH) && short >= 0.6 * texts.length
  );
}

/** The share of a candidate's two-character pairs that the lead paragraphs also use. */
function overlap(candidate: string, lead: string): number {
  const pairs = new Set<string>();
  const chars = Array.from(candidate.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, ''));
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  if (pairs.size === 0) return 0;
  let found = 0;
  for (const pair of pairs) if (lead.includes(pair)) found++;
  return found / pairs.size;
}

const LINE_BROKEN = 20;
const LEAD_CHARS = 600;
const isMeta = (line: HeadLine | undefined) => line?.furniture === 'meta';

/**
 * Chooses the headline among the lines above the article's prose. Each candidate scores for its
 * place (the first is the usual one), for standing right above the date or source line, for being
 * repeated on the page, and for how much of it the lead paragraphs say again; it loses for being
 * a section label (the last step of a breadcrumb, a short label among short lines) and for
 * telling another story than the lead (an SEO headline). With no candidate good enough, the page
 * has no headline and the caller derives one from the lead.
 */
export function chooseHeadline(lines: readonly HeadLine[]): HeadlineChoice {
  const text = lines.map((l) => (l.furniture === null ? l.text : ''));
  const firstProse = lines.findIndex((l, i) => text[i] && isProse(l.text));
  const headEnd = firstProse === -1 ? lines.length : firstProse;
  const texts = text.filter(Boolean);
  if (isLineBroken(texts)) return { index: null, candidates: [] };
  // What a headline sums up: the prose from its first paragraph on (none on a page without prose).
  let lead = '';
  for (let i = headEnd; i < text.length && lead.length < LEAD_CHARS; i++) lead += text[i] ?? '';
  lead = lead.slice(0, LEAD_CHARS);
  // A breadcrumb's last step names the section, which pages print again as a label.
  const crumbLabels = new Set(
    lines
      .filter((l) => l.furniture === 'breadcrumb')
      .map((l) => l.text.split(BREADCRUMB_STEP).at(-1)?.trim() ?? ''),
  );

  const candidates: (HeadlineCandidate & { share: number | null })[] = [];
  for (let i = 0; i < headEnd && candidates.length < MAX_CANDIDATES; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.furniture !== null || !headlineShaped(line.text)) continue;
    const reasons: string[] = [];
    let score = 0;
    const add = (points: number, why: string) => {
      score += points;
      reasons.push(`${points > 0 ? '+' : ''}${points} ${why}`);
    };
    const order = candidates.length;
    if (order < 2) add(2 - order, order === 0 ? 'first line of text' : 'second line of text');
    let next = i + 1;
    while (lines[next]?.furniture === 'placeholder' || lines[next]?.furniture === 'residue') next++;
    if (isMeta(lines[next]) || (lines[next]?.text.startsWith('——') && isMeta(lines[next + 1]))) {
      add(3, 'stands above the date or source line');
    }
    // Pages print their headline again: in the body, in a breadcrumb above it, as 【headline】.
    const above = text.slice(0, i).some((t) => t.includes(line.text));
    if (above || texts.indexOf(line.text) !== texts.lastIndexOf(line.text)) {
      add(2, 'repeated on the page');
    }
    const share = lead ? overlap(line.text, lead) : null;
    if (share !== null) {
      add(Math.round(10 * share) / 10, `${Math.round(share * 100)} % of it is in the lead`);
    }
    if (crumbLabels.has(line.text)) add(-4, 'names the section in the breadcrumb');
    if (order > 0 && line.text.length <= 4 && !isMeta(lines[next])) {
      add(-2, 'as short as a section label');
    }
    candidates.push({ index: i, text: line.text, score, reasons, share });
  }
  // An SEO headline tells another story than the lead, which a later line does tell; a column
  // label (`快讯`) above the headline says nothing of it.
  const bestShare = Math.max(0, ...candidates.map((c) => c.share ?? 0));
  for (const [k, c] of candidates.entries()) {
    const laterShare = Math.max(0, ...candidates.slice(k + 1).map((d) => d.share ?? 0));
    if (c.text.length <= 4 && !c.share && laterShare >= 0.3) {
      c.score -= 2;
      c.reasons.push('-2 a label above a headline');
    }
    if (c.share !== null && c.share < 0.3 && bestShare >= 0.5 && c.text.length >= 8) {
      c.score -= 4;
      c.reasons.push('-4 tells another story than the lead');
    }
  }

  let best: HeadlineCandidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  return {
    index: best && best.score >= MIN_SCORE ? best.index : null,
    candidates: candidates.map(({ index, text, score, reasons }) => ({
      index,
      text,
      score,
      reasons,
    })),
  };
}
