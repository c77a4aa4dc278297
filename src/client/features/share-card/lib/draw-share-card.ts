import { generate } from 'lean-qr';
import type { CardColor, CardLayout } from './card-layout';

// A card leaves the page for chats and galleries, where the reader's dark theme means nothing:
// it is always dark text on paper, with the QR code black on white as scanners expect.
const COLORS: Record<CardColor | 'page', string> = {
  page: '#fbf9f5',
  text: '#1d1b19',
  muted: '#595550',
  accent: '#b3261e',
};
/** Modules of white around the code, as the QR standard asks. */
const QUIET_ZONE = 4;

/** Draws a laid-out card onto a canvas: text as canvas text, the QR code as squares. */
export function drawShareCard(canvas: HTMLCanvasElement, layout: CardLayout, url: string): void {
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('这个浏览器不能绘制图片。');
  context.fillStyle = COLORS.page;
  context.fillRect(0, 0, layout.width, layout.height);
  for (const rect of layout.rects) {
    context.fillStyle = COLORS[rect.color];
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  context.textBaseline = 'top';
  for (const text of layout.texts) {
    context.font = text.font;
    context.fillStyle = COLORS[text.color];
    context.fillText(text.text, text.x, text.y);
  }
  drawQr(context, layout.qr, url);
}

function drawQr(
  context: CanvasRenderingContext2D,
  { x, y, size }: CardLayout['qr'],
  url: string,
): void {
  const code = generate(url);
  const modules = code.size + 2 * QUIET_ZONE;
  // Whole pixels a module, centred: fractional modules blur and scanners read them worse.
  const unit = Math.floor(size / modules);
  const offset = Math.floor((size - unit * modules) / 2);
  context.fillStyle = '#ffffff';
  context.fillRect(x, y, size, size);
  context.fillStyle = '#000000';
  const left = x + offset + QUIET_ZONE * unit;
  const top = y + offset + QUIET_ZONE * unit;
  for (let row = 0; row < code.size; row++) {
    for (let col = 0; col < code.size; col++) {
      if (code.get(col, row)) context.fillRect(left + col * unit, top + row * unit, unit, unit);
    }
  }
}
