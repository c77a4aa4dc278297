import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, drawIcon, renderIcon } from '../../../scripts/icons/render-icon.ts';

const THEME_RED = [0xb3, 0x26, 0x1e, 0xff];

/** Width, height, colour type and the unfiltered RGBA rows of a PNG the renderer wrote. */
function readPng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colourType = png.readUInt8(25);
  const idatLength = png.readUInt32BE(33);
  expect(png.toString('latin1', 37, 41)).toBe('IDAT');
  const rows = inflateSync(png.subarray(41, 41 + idatLength));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    pixels.set(rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, colourType, pixels };
}

const pixelAt = (pixels: Uint8Array, size: number, x: number, y: number) => [
  ...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
];

describe('the app icons', () => {
  it.each(APP_ICONS)('$file in public/icons is what the renderer draws', async (icon) => {
    const committed = await readFile(path.resolve('public/icons', icon.file));
    expect(committed.equals(renderIcon(icon.size, icon.shape))).toBe(true);
  });

  it.each(APP_ICONS)('$file is a $size × $size RGBA PNG', ({ size, shape }) => {
    const png = readPng(renderIcon(size, shape));
    expect(png).toMatchObject({ width: size, height: size, colourType: 6 });
    // Compared as bytes: a deep equality over a megabyte of pixels takes seconds.
    expect(Buffer.from(png.pixels).equals(drawIcon(size, shape))).toBe(true);
  });

  it('has transparent corners when any shape goes, and opaque ones when maskable', () => {
    expect(pixelAt(drawIcon(192, 'any'), 192, 0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixelAt(drawIcon(192, 'maskable'), 192, 0, 0)).toEqual(THEME_RED);
  });

  it('keeps the whole glyph inside the safe zone of a maskable icon', () => {
    const size = 512;
    const pixels = drawIcon(size, 'maskable');
    const cut: string[] = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        // Platforms may cut a maskable icon down to a circle of 80% of its width.
        const outside = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) > size * 0.4;
        if (outside && pixelAt(pixels, size, x, y).join() !== THEME_RED.join())
          cut.push(`${x},${y}`);
      }
    }
    expect(cut).toEqual([]);
  });

  it('draws white pages in the middle', () => {
    const pixels = drawIcon(512, 'any');
    expect(pixelAt(pixels, 512, 200, 330)).toEqual([0xff, 0xff, 0xff, 0xff]);
  });
});
