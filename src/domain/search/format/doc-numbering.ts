import type { DocMeta, Postings, SearchManifest } from './index-format.ts';

/** A kind no document has: the engine's numbers that hold no document match no kind filter. */
const NO_KIND = 255;

/**
 * The files and the engine number documents from opposite ends.
 *
 * The files count from the oldest (`inFileOrder`): a day's scrape adds mostly the newest
 * documents, which then take new numbers, and the old body chunks, ids and titles shards keep
 * their bytes. Counted from the newest, as they were until format 7, every new document moved
 * every number, and a deploy uploaded nearly every search file again.
 *
 * The engine counts from the newest, so that "newer" is "smaller" and its bit sets read in order
 * are the ranking. Its numbers cover whole chunks: there are `slots` = chunks × chunkSize of them,
 * document s of the files is `slots − 1 − s` here, chunk k of the files is `chunks − 1 − k`, and
 * the first `holes` numbers (what the newest chunk lacks to be full) hold no document. Chunk
 * boundaries fall on the same numbers both ways, so the bit sets' words never straddle two.
 */
export class DocNumbering {
  readonly slots: number;
  readonly holes: number;
  readonly chunks: number;

  constructor(manifest: Pick<SearchManifest, 'docCount' | 'chunks' | 'chunkSize'>) {
    this.chunks = manifest.chunks;
    this.slots = manifest.chunks * manifest.chunkSize;
    this.holes = this.slots - manifest.docCount;
  }

  /** A document's number in the files given the engine's, and the other way round. */
  doc(n: number): number {
    return this.slots - 1 - n;
  }

  /** A chunk's number in the files given the engine's, and the other way round. */
  chunk(n: number): number {
    return this.chunks - 1 - n;
  }

  /** A document's place in recency order (0: the newest), given the engine's number. */
  rank(doc: number): number {
    return doc - this.holes;
  }

  /**
   * Postings decoded from a file, turned in place to the engine's numbers (the documents, and each
   * one's positions, in reverse order). Reversing the positions as a whole reverses the order of
   * the documents' runs and each run; turning each run back leaves the runs reversed.
   */
  turnPostings(postings: Postings): Postings {
    const { docs, starts, positions } = postings;
    docs.reverse();
    for (let i = 0; i < docs.length; i++) docs[i] = this.slots - 1 - (docs[i] ?? 0);
    if (!starts || !positions) return postings;
    const length = positions.length;
    positions.reverse();
    starts.reverse();
    for (let i = 0; i < starts.length; i++) starts[i] = length - (starts[i] ?? 0);
    for (let i = 0; i + 1 < starts.length; i++) {
      positions.subarray(starts[i], starts[i + 1]).reverse();
    }
    return postings;
  }

  /** A gram's document counts by chunk as a file lists them, by the engine's chunks. */
  turnCounts(counts: readonly number[]): number[] {
    return Array.from({ length: this.chunks }, (_, c) => counts[this.chunk(c)] ?? 0);
  }

  /** The meta shard as decoded, by the engine's numbers; holes are undated and of no kind. */
  turnMeta(meta: DocMeta): DocMeta {
    const { slots } = this;
    const count = meta.days.length;
    const days = new Int32Array(slots).fill(-1);
    const kinds = new Uint8Array(slots).fill(NO_KIND);
    const hostOf = new Uint32Array(slots);
    for (let s = 0; s < count; s++) {
      const doc = slots - 1 - s;
      days[doc] = meta.days[s] ?? -1;
      kinds[doc] = meta.kinds[s] ?? 0;
      hostOf[doc] = meta.hostOf[s] ?? 0;
    }
    const turnLists = (starts: Uint32Array, list: Uint16Array) => {
      const turnedStarts = new Uint32Array(slots + 1);
      const turned = new Uint16Array(list.length);
      let at = 0;
      for (let doc = 0; doc < slots; doc++) {
        const s = slots - 1 - doc;
        if (s < count) {
          const from = starts[s] ?? 0;
          const to = starts[s + 1] ?? 0;
          turned.set(list.subarray(from, to), at);
          at += to - from;
        }
        turnedStarts[doc + 1] = at;
      }
      return [turnedStarts, turned] as const;
    };
    const [regionStarts, regionList] = turnLists(meta.regionStarts, meta.regionList);
    const [topicStarts, topicList] = turnLists(meta.topicStarts, meta.topicList);
    return {
      days,
      kinds,
      regionStarts,
      regionList,
      topicStarts,
      topicList,
      hosts: meta.hosts,
      hostOf,
    };
  }
}
