import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LineSpill,
  closeSpillReads,
  joinedLines,
  linesOf,
  type Lines,
} from '../../../src/compiler/spilled-lines.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'spilled-lines-'));
});
afterEach(async () => {
  closeSpillReads(dir);
  await rm(dir, { recursive: true, force: true });
});

describe('lines spilled to a file', () => {
  it('read back as they were, each batch after the last, astral characters and all', () => {
    const spill = new LineSpill(dir);
    const first = spill.add(['开州区教育局召开会议', '会议要求……𠀀字不乱']);
    const second = spill.add(['Second batch: 重庆', 'ascii only']);
    spill.flush();
    const third = spill.add(['近视防控']);
    spill.flush();
    expect(first).toHaveLength(1);
    expect(typeof first[0]).toBe('object');
    expect(linesOf(first)).toEqual(['开州区教育局召开会议', '会议要求……𠀀字不乱']);
    expect(linesOf(second)).toEqual(['Second batch: 重庆', 'ascii only']);
    expect(linesOf(third)).toEqual(['近视防控']);
  });

  it('mix with lines in memory: a spilled part stands for all its lines', () => {
    const spill = new LineSpill(dir);
    const body: Lines = [...spill.add(['第一段', '第二段']), '另一个标题'];
    spill.flush();
    expect(linesOf(body)).toEqual(['第一段', '第二段', '另一个标题']);
    expect(joinedLines(body)).toBe('第一段\n第二段\n另一个标题');
  });

  it('leave in memory what would not read back the same', async () => {
    const spill = new LineSpill(dir);
    for (const lines of [[], ['有', ''], ['一行\n两行']]) {
      expect(spill.add(lines)).toBe(lines);
    }
    spill.flush();
    expect(await readdir(dir)).toEqual([]);
  });

  it('say so when the file is shorter than a part', () => {
    const spill = new LineSpill(dir);
    const [part] = spill.add(['只写了这一行']);
    spill.flush();
    const longer = { ...(part as Exclude<Lines[number], string>), bytes: 1000 };
    expect(() => linesOf([longer])).toThrow('ends before byte 1000');
  });
});
