import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Lines a compile worker wrote to a spill file instead of sending them to the main thread: the
 * file, and where in it their UTF-8 bytes are, joined by line breaks.
 */
export interface Spilled {
  spill: string;
  at: number;
  bytes: number;
}

/**
 * An article's paragraphs as the compile holds them once linked: in memory, or spilled. A spilled
 * part stands for several lines, so `[spilled, '另一标题']` is its paragraphs and one line more.
 * At 100,000 seeds the paragraphs were about 150 MB of the main thread's heap, which reads them
 * only to write each item's file, one at a time; the workers read them for the index's runs.
 */
export type Lines = readonly (string | Spilled)[];

const isSpillable = (lines: Lines): lines is readonly string[] =>
  lines.length > 0 &&
  lines.every((line) => typeof line === 'string' && line !== '' && !line.includes('\n'));

/**
 * A spill file that one thread appends to, a batch of lines at a time: each thread writes a file
 * of its own in `dir`, so no two threads append to the same file.
 */
export class LineSpill {
  private readonly file: string;
  private size = 0;
  private pending: Buffer[] = [];

  constructor(dir: string) {
    this.file = path.join(dir, `lines-${process.pid}-${threadId}`);
  }

  /**
   * Where `lines` will be once `flush` has written them; lines that would not read back the same
   * (none, an empty one, or one with a line break) stay as they are.
   */
  add(lines: Lines): Lines {
    if (!isSpillable(lines)) return lines;
    const bytes = Buffer.from(lines.join('\n'));
    const spilled: Spilled = { spill: this.file, at: this.size, bytes: bytes.length };
    this.pending.push(bytes);
    this.size += bytes.length;
    return [spilled];
  }

  /** Appends what was added since the last flush, in one write. */
  flush(): void {
    if (this.pending.length === 0) return;
    const fd = openSync(this.file, 'a');
    try {
      writeSync(fd, Buffer.concat(this.pending));
    } finally {
      closeSync(fd);
    }
    this.pending = [];
  }
}

const spills = new Map<string, LineSpill>();

/** This thread's spill file in `dir`. */
export function lineSpill(dir: string): LineSpill {
  let spill = spills.get(dir);
  if (!spill) {
    spill = new LineSpill(dir);
    spills.set(dir, spill);
  }
  return spill;
}

/** The files read from, kept open while a compile reads them line by line. */
const readers = new Map<string, number>();

function spilledText({ spill, at, bytes }: Spilled): string {
  let fd = readers.get(spill);
  if (fd === undefined) {
    fd = openSync(spill, 'r');
    readers.set(spill, fd);
  }
  const buffer = Buffer.allocUnsafe(bytes);
  let read = 0;
  while (read < bytes) {
    const n = readSync(fd, buffer, read, bytes - read, at + read);
    if (n === 0) throw new Error(`The spill file ${spill} ends before byte ${at + bytes}.`);
    read += n;
  }
  return buffer.toString('utf8');
}

/** The lines, spilled parts read back. */
export function linesOf(lines: Lines): string[] {
  return lines.flatMap((part) => (typeof part === 'string' ? part : spilledText(part).split('\n')));
}

/** The lines joined by line breaks, as `linesOf(lines).join('\n')`. */
export function joinedLines(lines: Lines): string {
  return lines.map((part) => (typeof part === 'string' ? part : spilledText(part))).join('\n');
}

/** Closes the spill files this thread read from, in `dir` or anywhere. */
export function closeSpillReads(dir?: string): void {
  for (const [file, fd] of readers) {
    if (dir !== undefined && path.dirname(file) !== dir) continue;
    closeSync(fd);
    readers.delete(file);
  }
}
