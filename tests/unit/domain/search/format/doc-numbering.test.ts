import { describe, expect, it } from 'vitest';
import { DocNumbering } from '../../../../../src/domain/search/format/doc-numbering.ts';
import type { Postings } from '../../../../../src/domain/search/format/index-format.ts';
import {
  decodePostingsShard,
  encodePostingsShard,
} from '../../../../../src/domain/search/format/postings-shard.ts';

/** Postings as the engine reads them: written to a shard, read back by its numbers. */
function turnPostings(numbering: DocNumbering, postings: Postings): Postings | null {
  const shard = decodePostingsShard(encodePostingsShard([['教育', postings]]), numbering);
  return postings.starts ? shard.get('教育') : shard.docs('教育');
}

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
    expect(turnPostings(numbering, postings)).toEqual({
      docs: Uint32Array.from([26, 90, 95]),
      starts: Uint32Array.from([0, 3, 3, 5]),
      positions: Uint32Array.from([3, 4, 8, 1, 9]),
    });
    const single = { docs: Uint32Array.from([2, 3]), starts: null, positions: null };
    expect(turnPostings(numbering, single)?.docs).toEqual(Uint32Array.from([92, 93]));
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

  describe('with copies', () => {
    // 40 documents in chunks of 32; the files' documents 3 and 39 (the newest) are copies.
    const withCopies = new DocNumbering({ docCount: 40, chunks: 2, chunkSize: 32 }, [3, 36]);

    it('shows neither the holes nor the copies, and ranks the rest without them', () => {
      expect(withCopies.holes).toBe(24);
      expect([withCopies.doc(39), withCopies.doc(3)]).toEqual([24, 60]);
      const shown = Array.from({ length: 64 }, (_, doc) => doc).filter((d) =>
        withCopies.isShown(d),
      );
      expect(shown).toEqual(
        Array.from({ length: 40 }, (_, i) => 24 + i).filter((d) => d !== 24 && d !== 60),
      );
      // The newest shown document is the files' 38, engine 25; the one after the copy at 60 is
      // the files' 2, engine 61, whose place is 40 numbers less two copies.
      expect(withCopies.rank(25)).toBe(0);
      expect(withCopies.rank(59)).toBe(34);
      expect(withCopies.rank(61)).toBe(35);
    });

    it('drops the copies from postings, with their positions', () => {
      const postings = {
        docs: Uint32Array.from([2, 3, 38, 39]),
        starts: Uint32Array.from([0, 1, 3, 4, 6]),
        positions: Uint32Array.from([7, 1, 2, 5, 8, 9]),
      };
      expect(turnPostings(withCopies, postings)).toEqual({
        docs: Uint32Array.from([25, 61]),
        starts: Uint32Array.from([0, 1, 2]),
        positions: Uint32Array.from([5, 7]),
      });
      const single = { docs: Uint32Array.from([3, 4]), starts: null, positions: null };
      expect(turnPostings(withCopies, single)?.docs).toEqual(Uint32Array.from([59]));
    });

    it('keeps postings without copies whole, and drops a copy that comes first', () => {
      const none = {
        docs: Uint32Array.from([0, 1]),
        starts: Uint32Array.from([0, 2, 3]),
        positions: Uint32Array.from([4, 6, 1]),
      };
      expect(turnPostings(withCopies, none)).toEqual({
        docs: Uint32Array.from([62, 63]),
        starts: Uint32Array.from([0, 1, 3]),
        positions: Uint32Array.from([1, 4, 6]),
      });
      // The files' 39 is the newest document and a copy: the engine's first.
      const first = {
        docs: Uint32Array.from([1, 39]),
        starts: Uint32Array.from([0, 1, 3]),
        positions: Uint32Array.from([5, 2, 3]),
      };
      expect(turnPostings(withCopies, first)).toEqual({
        docs: Uint32Array.from([62]),
        starts: Uint32Array.from([0, 1]),
        positions: Uint32Array.from([5]),
      });
    });

    it('gives the copies of the meta shard no date, no kind, no tags and no host', () => {
      const days = Int32Array.from({ length: 40 }, (_, s) => 100 + s);
      const meta = withCopies.turnMeta({
        days,
        kinds: new Uint8Array(40),
        regionStarts: Uint32Array.from({ length: 41 }, (_, s) => s),
        regionList: new Uint16Array(40).fill(2),
        topicStarts: new Uint32Array(41),
        topicList: new Uint16Array(0),
        hosts: ['a.example'],
        hostOf: new Uint32Array(40).fill(1),
      });
      expect([meta.days[24], meta.kinds[24], meta.hostOf[24]]).toEqual([-1, 255, 0]);
      expect([meta.days[60], meta.kinds[60], meta.hostOf[60]]).toEqual([-1, 255, 0]);
      expect([meta.days[61], meta.kinds[61], meta.hostOf[61]]).toEqual([102, 0, 1]);
      expect(meta.regionList.length).toBe(38);
      expect(meta.regionStarts[61]).toBe(meta.regionStarts[60]);
    });
  });
});
