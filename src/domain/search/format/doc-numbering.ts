import { wordCount } from '../query/bitset.ts';
import type { DocMeta, SearchManifest } from './index-format.ts';

/** A kind no document has: the engine's numbers that hold no document match no kind filter. */
const NO_KIND = 255;

/**
 * The files and the engine number documents from opposite ends.
 *
 * The files count from the oldest (`inFileOrder`): a day's scrape adds mostly the newest
 * documents, which then take new numbers, and the old body chunks, ids and titles shards keep
 * their bytes. Counted from the newest, as they were before format 7, every new document moved
 * every number, and a deploy uploaded nearly every search file again.
 *
 * The engine counts from the newest, so that "newer" is "smaller" and its bit sets read in order
 * are the ranking. Its numbers cover whole chunks: there are `slots` = chunks × chunkSize of them,
 * document s of the files is `slots − 1 − s` here, chunk k of the files is `chunks − 1 − k`, and
 * the first `holes` numbers (what the newest chunk lacks to be full) hold no document. Chunk
 * boundaries fall on the same numbers both ways, so the bit sets' words never straddle two.
 *
 * The copies of stories (`SearchManifest.copies`) keep their numbers but are hidden like the
 * holes: dropped from postings as they are decoded, from the meta shard and from `shown`, so
 * that nothing past this class sees them. Their numbers come in a shard of their own, so they
 * are hidden (`hide`) before any other shard is decoded.
 */
export class DocNumbering {
  readonly slots: number;
  readonly holes: number;
  readonly chunks: number;
  /** The numbers that hold a document to show: all but the holes and the copies. */
  readonly shown: Uint32Array;
  /** The copies' numbers, ascending. */
  private copies = new Uint32Array();

  constructor(
    manifest: Pick<SearchManifest, 'docCount' | 'chunks' | 'chunkSize'>,
    copyGaps: readonly number[] = [],
  ) {
    this.chunks = manifest.chunks;
    this.slots = manifest.chunks * manifest.chunkSize;
    this.holes = this.slots - manifest.docCount;
    this.shown = new Uint32Array(wordCount(this.slots)).fill(0xffffffff);
    this.shown.fill(0, 0, this.holes >>> 5);
    if ((this.holes & 31) !== 0) this.shown[this.holes >>> 5] = ~((1 << (this.holes & 31)) - 1);
    this.hide(copyGaps);
  }

  /** Hides the copies, given as the `copies` shard lists them (gaps between the files' numbers). */
  hide(copyGaps: readonly number[]): void {
    let file = 0;
    const copies = copyGaps.map((gap) => this.doc((file += gap)));
    this.copies = Uint32Array.from(copies.reverse());
    for (const doc of this.copies)
      this.shown[doc >>> 5] = (this.shown[doc >>> 5] ?? 0) & ~(1 << (doc & 31));
  }

  /** Whether an engine number holds a document to show. */
  isShown(doc: number): boolean {
    return shownIn(this.shown, doc);
  }

  /** A document's number in the files given the engine's, and the other way round. */
  doc(n: number): number {
    return this.slots - 1 - n;
  }

  /** A chunk's number in the files given the engine's, and the other way round. */
  chunk(n: number): number {
    return this.chunks - 1 - n;
  }

  /** A shown document's place in recency order (0: the newest), given the engine's number. */
  rank(doc: number): number {
    // The copies before it: a binary search for the first copy at or after it.
    let [low, high] = [0, this.copies.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.copies[mid] ?? 0) < doc) low = mid + 1;
      else high = mid;
    }
    return doc - this.holes - low;
  }

  /** A gram's document counts by chunk as a file lists them, by the engine's chunks. */
  turnCounts(counts: readonly number[]): number[] {
    return Array.from({ length: this.chunks }, (_, c) => counts[this.chunk(c)] ?? 0);
  }

  /** The meta shard as decoded, by the engine's numbers; holes and copies are undated, of no
   * kind and have no facets. */
  turnMeta(meta: DocMeta): DocMeta {
    const { slots } = this;
    const count = meta.days.length;
    const days = new Int32Array(slots).fill(-1);
    const kinds = new Uint8Array(slots).fill(NO_KIND);
    const hostOf = new Uint32Array(slots);
    for (let s = 0; s < count; s++) {
      const doc = slots - 1 - s;
      if (!this.isShown(doc)) continue;
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
        if (s < count && this.isShown(doc)) {
          // A loop, not a subarray per document: 1.7 million of them at a million seeds.
          const to = starts[s + 1] ?? 0;
          for (let j = starts[s] ?? 0; j < to; j++) turned[at++] = list[j] ?? 0;
        }
        turnedStarts[doc + 1] = at;
      }
      return [turnedStarts, turned.subarray(0, at)] as const;
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

const shownIn = (shown: Uint32Array, doc: number) =>
  ((shown[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0;
