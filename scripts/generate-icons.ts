import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ICONS, renderIcon } from './icons/render-icon.ts';
import { parseCliArgs } from '../src/compiler/cli-args.ts';

parseCliArgs(
  {
    name: 'npm run icons',
    usage: `Usage: npm run icons

Redraws the app icons the web app manifest names into public/icons/ (the same PNG bytes on
every run). Takes no options.`,
  },
  { options: {} },
);

// Writes the app icons the web app manifest names into public/icons/ (`npm run icons`). The
// output is deterministic, and a unit test checks that the committed files match it.
const outDir = path.resolve('public/icons');
await mkdir(outDir, { recursive: true });
for (const { file, size, shape } of APP_ICONS) {
  const png = renderIcon(size, shape);
  await writeFile(path.join(outDir, file), png);
  console.log(`${path.join('public/icons', file)}: ${size}×${size} ${shape}, ${png.length} bytes`);
}
