import { deflateSync } from 'node:zlib';

/**
 * The reader's app icon, drawn from a few shapes and written as PNG with nothing but zlib, so the
 * icons are reproducible byte for byte (`npm run icons`) and owe nothing to a font or an image
 * editor: an open book in white on the theme red, its lines of text in red.
 */

/** `any`: a rounded square with transparent corners; `maskable`: full bleed, glyph in the safe zone. */
export type IconShape = 'any' | 'maskable';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

const THEME_RED: Rgb = [0xb3, 0x26, 0x1e];
const PAGE_WHITE: Rgb = [0xff, 0xff, 0xff];

/** Samples per pixel along each axis: 4 × 4 gives smooth edges at every size. */
const SUPERSAMPLE = 4;

// The glyph on a 512 × 512 canvas; every shape is convex, so a point test is four cross products.
const LEFT_PAGE: Point[] = [
  [246, 178],
  [246, 376],
  [112, 348],
  [112, 150],
];
const RIGHT_PAGE: Point[] = LEFT_PAGE.map(([x, y]) => [512 - x, y]);
const LINE_OFFSETS = [48, 92, 136, 180];

/**
 * A thin band parallel to a page's top edge, `offset` below it: one line of text. Lines start at
 * the left, so a paragraph's shorter last line starts at the outer edge of the left page and at
 * the spine of the right one.
 */
function textLine(page: readonly Point[], offset: number, startsAtSpine: boolean): Point[] {
  const [spineTop, , , outerTop] = page as [Point, Point, Point, Point];
  const along = (t: number, dy: number): Point => [
    spineTop[0] + (outerTop[0] - spineTop[0]) * t,
    spineTop[1] + (outerTop[1] - spineTop[1]) * t + dy,
  ];
  const last = offset === LINE_OFFSETS.at(-1);
  const [from, to] = !last ? [0.16, 0.84] : startsAtSpine ? [0.16, 0.55] : [0.45, 0.84];
  return [along(from, offset), along(from, offset + 12), along(to, offset + 12), along(to, offset)];
}

/** A convex polygon with its bounding box, which rules most points out at once. */
interface Shape {
  points: readonly Point[];
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function shapeOf(points: readonly Point[]): Shape {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {
    points,
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minY: Math.min(...ys),
    maxY: Math.max(...ys),
  };
}

const PAGES = [LEFT_PAGE, RIGHT_PAGE].map(shapeOf);
const LINES = [
  ...LINE_OFFSETS.map((offset) => textLine(LEFT_PAGE, offset, false)),
  ...LINE_OFFSETS.map((offset) => textLine(RIGHT_PAGE, offset, true)),
].map(shapeOf);

function inside({ points: polygon, minX, maxX, minY, maxY }: Shape, x: number, y: number): boolean {
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [ax, ay] = polygon[i] as Point;
    const [bx, by] = polygon[(i + 1) % polygon.length] as Point;
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross === 0) continue;
    const side = Math.sign(cross);
    if (sign === 0) sign = side;
    else if (side !== sign) return false;
  }
  return true;
}

function insideRoundedSquare(x: number, y: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point of the 512 canvas, or null where the icon is transparent. */
function colourAt(shape: IconShape, x: number, y: number): Rgb | null {
  if (shape === 'any' && !insideRoundedSquare(x, y, 512, 112)) return null;
  // The glyph reaches 183 px from the centre, inside the circle of 80% of the width (205 px) that
  // a maskable icon may be cut to, so both shapes draw it at the same size; it is drawn 7 px
  // higher than its coordinates to look centred.
  const gy = y + 7;
  if (!PAGES.some((page) => inside(page, x, gy))) return THEME_RED;
  return LINES.some((line) => inside(line, x, gy)) ? THEME_RED : PAGE_WHITE;
}

/** RGBA pixels, row by row, of the icon at `size` × `size`. */
export function drawIcon(size: number, shape: IconShape): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const scale = 512 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      pixels.set(pixelColour(shape, px * scale, py * scale, scale), (py * size + px) * 4);
    }
  }
  return pixels;
}

/**
 * The colour of the pixel whose top left corner is (x, y), `span` wide, on the 512 canvas.
 * Where its corners and centre agree it lies inside one shape (every shape is wider than a pixel
 * at every size drawn); only pixels on an edge are supersampled.
 */
function pixelColour(shape: IconShape, x: number, y: number, span: number): number[] {
  const probes = [
    colourAt(shape, x, y),
    colourAt(shape, x + span, y),
    colourAt(shape, x, y + span),
    colourAt(shape, x + span, y + span),
    colourAt(shape, x + span / 2, y + span / 2),
  ];
  const first = probes[0] ?? null;
  if (probes.every((probe) => probe === first)) return first ? [...first, 255] : [0, 0, 0, 0];

  let r = 0;
  let g = 0;
  let b = 0;
  let covered = 0;
  const step = span / SUPERSAMPLE;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const colour = colourAt(shape, x + (sx + 0.5) * step, y + (sy + 0.5) * step);
      if (!colour) continue;
      r += colour[0];
      g += colour[1];
      b += colour[2];
      covered++;
    }
  }
  if (covered === 0) return [0, 0, 0, 0];
  const alpha = Math.round((covered / (SUPERSAMPLE * SUPERSAMPLE)) * 255);
  return [Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), alpha];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of `size` × `size` pixels. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  // Each row starts with its filter type; 0 (none) compresses well enough for flat colours.
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Every icon the site ships, by file name under `public/icons/`. */
export const APP_ICONS: readonly { file: string; size: number; shape: IconShape }[] = [
  { file: 'icon-192.png', size: 192, shape: 'any' },
  { file: 'icon-512.png', size: 512, shape: 'any' },
  { file: 'icon-maskable-512.png', size: 512, shape: 'maskable' },
  // iOS ignores the manifest's icons and rounds the corners itself.
  { file: 'apple-touch-icon.png', size: 180, shape: 'maskable' },
];

/** The PNG bytes of one of `APP_ICONS`. */
export function renderIcon(size: number, shape: IconShape): Buffer {
  return encodePng(size, drawIcon(size, shape));
}
