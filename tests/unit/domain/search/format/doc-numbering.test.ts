import { describe, expect, it } from 'vitest';
import { DocNumbering } from '../../../../../src/domain/search/format/doc-numbering.ts';

// 70 documents in chunks of 32: 3 chunks, 96 numbers, the engine's first 26 hold no document.
const numbering = new DocNumbering({ docCount: 70, chunks: 3, chunkSize: 32 });

describe('DocNumbering', () => {
  it('counts the files from the oldest and the engine from the newest, over whole chunks', () => {
    expect(numbering.slots).toBe(96);
    expect(numbering.holes).toBe(26);
    // The newest document: the last of the files, the first the engine has after the holes.
    expect(numbering.doc(69)).toBe(26);
    expect(numbering.rank(26)).toBe(0);
    expect(numbering.doc(0)).toBe(95);
    expect(numbering.doc(numbering.doc(41))).toBe(41);
    expect([0, 1, 2].map((c) => numbering.chunk(c))).toEqual([2, 1, 0]);
  });

  it('turns postings and their positions around, each document keeping its own', () => {
    const postings = {
      docs: Uint32Array.from([0, 5, 69]),
      starts: Uint32Array.from([0, 2, 2, 5]),
      positions: Uint32Array.from([1, 9, 3, 4, 8]),
    };
    expect(numbering.turnPostings(postings)).toEqual({
      docs: Uint32Array.from([26, 90, 95]),
      starts: Uint32Array.from([0, 3, 3, 5]),
      positions: Uint32Array.from([3, 4, 8, 1, 9]),
    });
    const single = { docs: Uint32Array.from([2, 3]), starts: null, positions: null };
    expect(numbering.turnPostings(single).docs).toEqual(Uint32Array.from([92, 93]));
  });

  it("turns a gram's counts by chunk, chunks the file leaves out counting none", () => {
    expect(numbering.turnCounts([4, 0])).toEqual([0, 0, 4]);
    expect(numbering.turnCounts([1, 2, 3])).toEqual([3, 2, 1]);
  });

  it('gives the holes of the meta shard no date, no kind, no tags and no host', () => {
    const small = new DocNumbering({ docCount: 2, chunks: 1, chunkSize: 32 });
    const meta = small.turnMeta({
      days: Int32Array.from([100, -1]),
      kinds: Uint8Array.from([1, 0]),
      regionStarts: Uint32Array.from([0, 2, 3]),
      regionList: Uint16Array.from([0, 1, 1]),
      topicStarts: Uint32Array.from([0, 0, 1]),
      topicList: Uint16Array.from([4]),
      hosts: ['a.example'],
      hostOf: Uint32Array.from([1, 0]),
    });
    expect(meta.days.length).toBe(32);
    expect([...meta.days.subarray(29)]).toEqual([-1, -1, 100]);
    expect([...meta.kinds.subarray(29)]).toEqual([255, 0, 1]);
    expect([...meta.hostOf.subarray(29)]).toEqual([0, 0, 1]);
    expect(meta.regionStarts.length).toBe(33);
    expect([...meta.regionStarts.subarray(29)]).toEqual([0, 0, 1, 3]);
    expect([...meta.regionList]).toEqual([1, 0, 1]);
    expect([...meta.topicStarts.subarray(29)]).toEqual([0, 0, 1, 1]);
    expect([...meta.topicList]).toEqual([4]);
  });
});
