import { generate } from 'lean-qr';

/** Modules of white around the code, as the QR standard asks. */
const QUIET_ZONE = 4;

export interface QrSvg {
  /** The side of the square, quiet zone included, in modules: the SVG's viewBox. */
  size: number;
  /** One path of every dark module, a rectangle per run along a row. */
  path: string;
}

/**
 * `text` as a QR code for an `<svg>`: one path in module units, crisp at any print size, with no
 * canvas or image file. Runs along a row merge into one rectangle, so a code of a long address is
 * a few hundred path commands, not a few thousand.
 */
export function qrSvgPath(text: string): QrSvg {
  const code = generate(text);
  const commands: string[] = [];
  for (let row = 0; row < code.size; row++) {
    let col = 0;
    while (col < code.size) {
      if (!code.get(col, row)) {
        col++;
        continue;
      }
      const start = col;
      while (col < code.size && code.get(col, row)) col++;
      commands.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: code.size + 2 * QUIET_ZONE, path: commands.join('') };
}
