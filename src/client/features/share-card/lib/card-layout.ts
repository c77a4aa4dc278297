import { breakLines } from '../../../../domain/text/break-lines';

/** What a share card says: plain strings from the bundle, drawn as text, never parsed. */
export interface ShareCardContent {
  title: string;
  /** The source site's name or host, if known. */
  source: string | null;
  /** The publication date as readers see it (2024年11月23日), if known. */
  date: string | null;
  /** The start of the text; only as much as fits is drawn. */
  excerpt: string;
  /** The article's address in this reader, encoded in the QR code. */
  url: string;
  /** The reader's name, printed small above the title. */
  siteName: string;
}

export type CardColor = 'text' | 'muted' | 'accent';

export interface CardText {
  text: string;
  x: number;
  /** The baseline's top: texts are drawn with `textBaseline = 'top'`. */
  y: number;
  font: string;
  color: CardColor;
}

export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: CardColor;
}

export interface CardLayout {
  width: number;
  height: number;
  texts: CardText[];
  rects: CardRect[];
  /** Where the QR code goes, quiet zone included. */
  qr: { x: number; y: number; size: number };
}

/** The width of `text` drawn in the CSS `font` (a canvas's `measureText`). */
export type MeasureFont = (text: string, font: string) => number;

// A 4:5 portrait at 1080 px wide: the shape chat apps show whole, sharp on a phone's screen.
const WIDTH = 1080;
const HEIGHT = 1350;
const PAD = 80;
const TITLE_SIZE = 60;
const TITLE_LINES = 4;
const META_SIZE = 32;
const BODY_SIZE = 40;
const BODY_LEADING = 1.8;
const QR_SIZE = 280;
const FOOTER_HEIGHT = QR_SIZE;

/**
 * Places everything on the card: site name, title (up to four lines), source and date, as many
 * lines of the text as fit, and a footer with the QR code and what it is for. Pure, so that the
 * layout is tested with a stand-in for the canvas's measure.
 */
export function layoutShareCard(
  content: ShareCardContent,
  fontFamily: string,
  measure: MeasureFont,
): CardLayout {
  const font = (size: number, weight = 400) => `${weight} ${size}px ${fontFamily}`;
  const lineWidth = WIDTH - 2 * PAD;
  const texts: CardText[] = [];
  const rects: CardRect[] = [{ x: 0, y: 0, width: WIDTH, height: 16, color: 'accent' }];
  let y = PAD;

  const siteFont = font(META_SIZE, 700);
  texts.push({ text: content.siteName, x: PAD, y, font: siteFont, color: 'accent' });
  y += META_SIZE * 2;

  const titleFont = font(TITLE_SIZE, 700);
  const titleLines = breakLines(content.title, lineWidth, (t) => measure(t, titleFont), {
    maxLines: TITLE_LINES,
  });
  for (const line of titleLines) {
    texts.push({ text: line, x: PAD, y, font: titleFont, color: 'text' });
    y += TITLE_SIZE * 1.4;
  }

  const meta = [content.source, content.date].filter(Boolean).join('  ·  ');
  if (meta) {
    y += META_SIZE * 0.5;
    const metaFont = font(META_SIZE);
    const [metaLine = ''] = breakLines(meta, lineWidth, (t) => measure(t, metaFont), {
      maxLines: 1,
    });
    texts.push({ text: metaLine, x: PAD, y, font: metaFont, color: 'muted' });
    y += META_SIZE * 1.6;
  }

  y += META_SIZE;
  rects.push({ x: PAD, y, width: lineWidth, height: 2, color: 'muted' });
  y += META_SIZE * 1.5;

  // The text takes whatever room is left above the footer, in whole lines.
  const footerTop = HEIGHT - PAD - FOOTER_HEIGHT;
  const bodyLine = BODY_SIZE * BODY_LEADING;
  const bodyLines = Math.max(0, Math.floor((footerTop - BODY_SIZE - y) / bodyLine));
  const bodyFont = font(BODY_SIZE);
  const excerpt = bodyLines > 0 ? content.excerpt : '';
  const lines = breakLines(excerpt, lineWidth, (t) => measure(t, bodyFont), {
    maxLines: bodyLines,
  });
  // Half the leading above each line, as the page sets its text.
  for (const line of lines) {
    texts.push({
      text: line,
      x: PAD,
      y: y + (bodyLine - BODY_SIZE) / 2,
      font: bodyFont,
      color: 'text',
    });
    y += bodyLine;
  }

  const qr = { x: WIDTH - PAD - QR_SIZE, y: footerTop, size: QR_SIZE };
  const captionWidth = qr.x - PAD - 40;
  const captionFont = font(40, 700);
  const noteFont = font(META_SIZE);
  const caption = breakLines('扫码阅读全文', captionWidth, (t) => measure(t, captionFont));
  const note = breakLines('长按识别二维码，或用手机相机扫一扫', captionWidth, (t) =>
    measure(t, noteFont),
  );
  let footerY = footerTop + QR_SIZE / 2 - (caption.length * 56 + note.length * 48) / 2;
  for (const line of caption) {
    texts.push({ text: line, x: PAD, y: footerY, font: captionFont, color: 'text' });
    footerY += 56;
  }
  for (const line of note) {
    texts.push({ text: line, x: PAD, y: footerY, font: noteFont, color: 'muted' });
    footerY += 48;
  }

  return { width: WIDTH, height: HEIGHT, texts, rects, qr };
}

/** The first `maxChars` characters of the text, paragraphs run together, enough to fill a card. */
export function excerptOf(paragraphs: readonly string[], maxChars = 400): string {
  let text = '';
  for (const paragraph of paragraphs) {
    const trimmed = paragraph.trim();
    if (!trimmed) continue;
    // Chinese runs on from one paragraph into the next; Latin words keep a space between them.
    const gap = text && /[\x21-\x7e]$/.test(text) ? ' ' : '';
    text += gap + trimmed;
    if (text.length >= maxChars) break;
  }
  return Array.from(text).slice(0, maxChars).join('');
}
