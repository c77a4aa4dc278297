import type { IsoDate, ItemKind } from '../../bundle/bundle.ts';
import { VarintReader, VarintWriter } from './varint.ts';
import type { DocFacets } from '../query/facet-counts.ts';
import { type DocMeta, MAGIC, SEARCH_INDEX_FORMAT, expectMagic } from './index-format.ts';

/**
 * Encodes the per-document facts of the whole corpus. A document's regions are written without
 * those its other regions imply (`impliedRegions`: a county's province, in every document that
 * names the county), which the decoder adds back: most of the shard is the regions, and a
 * county-level document lists three codes for one place (at a million documents the regions
 * were 4.4 of the shard's 5.7 MB gzip, 3.2 without the implied ones).
 */
export function encodeMetaShard(meta: DocMeta): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.meta);
  w.write(SEARCH_INDEX_FORMAT);
  const n = meta.days.length;
  w.write(n);
  for (let i = 0; i < n; i++) w.write((meta.days[i] ?? -1) + 1);
  for (let i = 0; i < n; i++) w.write(meta.kinds[i] ?? 0);
  const implied = impliedRegions(meta.regionStarts, meta.regionList);
  w.write(implied.length);
  for (const above of implied) {
    w.write(above.length);
    for (const region of above) w.write(region);
  }
  const dropped = new Uint8Array(implied.length);
  for (let i = 0; i < n; i++) {
    const from = meta.regionStarts[i] ?? 0;
    const to = meta.regionStarts[i + 1] ?? 0;
    for (let j = from; j < to; j++) {
      for (const region of implied[meta.regionList[j] ?? 0] ?? []) dropped[region] = 1;
    }
    let kept = 0;
    for (let j = from; j < to; j++) kept += dropped[meta.regionList[j] ?? 0] ? 0 : 1;
    w.write(kept);
    for (let j = from; j < to; j++) {
      const region = meta.regionList[j] ?? 0;
      if (!dropped[region]) w.write(region);
    }
    for (let j = from; j < to; j++) {
      for (const region of implied[meta.regionList[j] ?? 0] ?? []) dropped[region] = 0;
    }
  }
  for (let i = 0; i < n; i++) {
    const from = meta.topicStarts[i] ?? 0;
    const to = meta.topicStarts[i + 1] ?? 0;
    w.write(to - from);
    for (let j = from; j < to; j++) w.write(meta.topicList[j] ?? 0);
  }
  w.write(meta.hosts.length);
  for (const host of meta.hosts) {
    const bytes = utf8.encode(host);
    w.write(bytes.length);
    w.append(bytes);
  }
  for (let i = 0; i < n; i++) w.write(meta.hostOf[i] ?? 0);
  return w.finish();
}

/**
 * For each region, the regions every document that has it also has and that rank above it: in
 * more documents, or in as many with a smaller index. Ranked so that no two regions imply each
 * other (a county only ever named with its province still leaves one of them in each list), and
 * so that what a dropped region implies, a region kept beside it implies too: adding back what
 * the kept regions imply gives each list exactly.
 */
function impliedRegions(starts: Uint32Array, list: Uint16Array): number[][] {
  let regions = 0;
  for (const region of list) regions = Math.max(regions, region + 1);
  const counts = new Uint32Array(regions);
  for (const region of list) counts[region] = (counts[region] ?? 0) + 1;
  const withAll: (Set<number> | null)[] = Array.from({ length: regions }, () => null);
  for (let doc = 0; doc + 1 < starts.length; doc++) {
    const mine = list.subarray(starts[doc], starts[doc + 1]);
    for (const region of mine) {
      const known = withAll[region];
      if (!known) withAll[region] = new Set(mine);
      else for (const other of known) if (!mine.includes(other)) known.delete(other);
    }
  }
  return withAll.map((others, region) =>
    [...(others ?? [])]
      .filter((other) => {
        const a = counts[other] ?? 0;
        const b = counts[region] ?? 0;
        return a > b || (a === b && other < region);
      })
      .sort((a, b) => a - b),
  );
}

/** Decodes the meta shard. */
export function decodeMetaShard(bytes: Uint8Array): DocMeta {
  const sections = decodeMetaSections(bytes);
  for (;;) {
    const next = sections.next();
    if (next.done) return next.value;
  }
}

/**
 * `decodeMetaShard` a section at a time (the days, the kinds, each list, the hosts): at a
 * million documents the whole shard is 0.15 s of decoding, which a search that counts in steps
 * (`SearchIndexTuning.countStepMs`) can then spread over several.
 */
export function* decodeMetaSections(bytes: Uint8Array): Generator<void, DocMeta> {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.meta, 'meta');
  const n = r.read();
  const days = new Int32Array(n);
  for (let i = 0; i < n; i++) days[i] = r.read() - 1;
  yield;
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) kinds[i] = r.read();
  yield;
  // Each document's list as written, or for regions with what its regions imply added back,
  // in increasing order as `buildMeta` makes them: an insertion into a few sorted values, in a
  // typed array (sorting a JavaScript array a document took half a second at a million), with
  // a pause every 131,072 documents, since the regions of a million take 0.1–0.2 s.
  const lists = function* (implied: readonly Uint16Array[] | null) {
    const starts = new Uint32Array(n + 1);
    let values = new Uint16Array(n * 2);
    let length = 0;
    for (let i = 0; i < n; i++) {
      for (let k = r.read(); k > 0; k--) {
        const value = r.read();
        const above = implied?.[value];
        const room = 1 + (above?.length ?? 0);
        if (length + room > values.length) {
          const grown = new Uint16Array(Math.max(values.length * 2, length + room) + 16);
          grown.set(values);
          values = grown;
        }
        if (!implied) {
          values[length++] = value;
          continue;
        }
        const from = starts[i] ?? 0;
        for (let a = -1; a < (above?.length ?? 0); a++) {
          const add = a < 0 ? value : (above?.[a] ?? 0);
          let at = length;
          while (at > from && (values[at - 1] ?? 0) > add) at--;
          if (at > from && values[at - 1] === add) continue;
          if (at < length) values.copyWithin(at + 1, at, length);
          values[at] = add;
          length++;
        }
      }
      starts[i + 1] = length;
      if ((i & 0x1ffff) === 0x1ffff) yield;
    }
    return [starts, values.slice(0, length)] as const;
  };
  const implied = Array.from({ length: r.read() }, () =>
    Uint16Array.from({ length: r.read() }, () => r.read()),
  );
  const [regionStarts, regionList] = yield* lists(implied);
  yield;
  const [topicStarts, topicList] = yield* lists(null);
  yield;
  const hosts = Array.from({ length: r.read() }, () => {
    const length = r.read();
    return fromUtf8.decode(r.bytes(length));
  });
  const hostOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) hostOf[i] = r.read();
  return { days, kinds, regionStarts, regionList, topicStarts, topicList, hosts, hostOf };
}

/** Encodes the copies' numbers, as gaps (`searchShardKeys.copies`). */
export function encodeCopiesShard(gaps: readonly number[]): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.copies);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(gaps.length);
  for (const gap of gaps) w.write(gap);
  return w.finish();
}

/** The gaps `encodeCopiesShard` wrote. */
export function decodeCopiesShard(bytes: Uint8Array): number[] {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.copies, 'copies');
  return Array.from({ length: r.read() }, () => r.read());
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** Every document a search can show, counted: how many, and by each facet's values. */
export interface CorpusSummary {
  total: number;
  facets: DocFacets;
}

/** Encodes the corpus's counts (`searchShardKeys.summary`): JSON after the header. */
export function encodeSummaryShard(summary: CorpusSummary): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.summary);
  w.write(SEARCH_INDEX_FORMAT);
  w.append(utf8.encode(JSON.stringify(summary)));
  return w.finish();
}

/** The counts `encodeSummaryShard` wrote. */
export function decodeSummaryShard(bytes: Uint8Array): CorpusSummary {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.summary, 'summary');
  return JSON.parse(fromUtf8.decode(bytes.subarray(r.offset))) as CorpusSummary;
}

/** Encodes the ids of one ids shard's documents, in order. */
export function encodeIdsShard(ids: readonly string[]): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.ids);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(ids.length);
  for (const id of ids) {
    const bytes = utf8.encode(id);
    w.write(bytes.length);
    for (const b of bytes) w.write(b);
  }
  return w.finish();
}

/** Encodes an id bucket (`searchShardKeys.idMap`): each id with its document's number. */
export function encodeIdMapShard(entries: readonly (readonly [string, number])[]): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.idMap);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(entries.length);
  for (const [id, doc] of entries) {
    writeText(w, id);
    w.write(doc);
  }
  return w.finish();
}

/** The ids of an id bucket and their documents' numbers in the files. */
export function decodeIdMapShard(bytes: Uint8Array): Map<string, number> {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.idMap, 'id map');
  const map = new Map<string, number>();
  for (let n = r.read(); n > 0; n--) {
    const id = fromUtf8.decode(r.bytes(r.read()));
    map.set(id, r.read());
  }
  return map;
}

/**
 * The records of an ids or titles shard, one per document in order, each decoded when asked for:
 * a page needs 20 of a shard's records, and decoding every record of each shard a page spread
 * over the corpus touches was most of the CPU that page cost.
 */
export interface ShardRecords<T> {
  readonly length: number;
  /** The record of the shard's `i`-th document; undefined outside [0, length). */
  at(i: number): T | undefined;
}

/** Reads an ids shard's layout (checking it whole); each id is decoded on demand. */
export function readIdsShard(bytes: Uint8Array): ShardRecords<string> {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.ids, 'ids');
  const starts = new Uint32Array(r.read());
  for (let i = 0; i < starts.length; i++) {
    starts[i] = r.offset;
    for (let n = r.read(); n > 0; n--) r.read();
  }
  return {
    length: starts.length,
    at(i) {
      if (!(i >= 0 && i < starts.length)) return undefined;
      const id = new VarintReader(bytes, starts[i]);
      const b = new Uint8Array(id.read());
      for (let k = 0; k < b.length; k++) b[k] = id.read();
      return fromUtf8.decode(b);
    },
  };
}

/** Decodes an ids shard. */
export function decodeIdsShard(bytes: Uint8Array): string[] {
  const ids = readIdsShard(bytes);
  return Array.from({ length: ids.length }, (_, i) => ids.at(i) ?? '');
}

/** What a result shows of a document before its item file is loaded, and its id to link to. */
export interface DocTitle {
  id: string;
  title: string;
  /** The source cut the title short (a teaser's `truncated`). */
  truncated: boolean;
  kind: ItemKind;
  /** The date results are ordered by (`SearchDoc.date`). */
  date: IsoDate | null;
}

function writeText(w: VarintWriter, text: string): void {
  const bytes = utf8.encode(text);
  w.write(bytes.length);
  w.append(bytes);
}

function readText(r: VarintReader, bytes: Uint8Array): string {
  const length = r.read();
  const end = r.offset + length;
  if (end > bytes.length) throw new Error('Truncated search shard.');
  const text = fromUtf8.decode(bytes.subarray(r.offset, end));
  r.offset = end;
  return text;
}

/**
 * Encodes the ids, titles, kinds and dates of one titles shard's documents, in order. The ids are
 * here as well as in the ids shards so that a hit costs one file, not two: a page whose hits are
 * spread over the corpus fetches a file per hit, and on a phone each request costs more than
 * the 1 KB of ids a shard adds.
 */
export function encodeTitlesShard(docs: readonly DocTitle[]): Uint8Array {
  const w = new VarintWriter();
  w.write(MAGIC.titles);
  w.write(SEARCH_INDEX_FORMAT);
  w.write(docs.length);
  for (const d of docs) {
    w.write((d.kind === 'teaser' ? 1 : 0) | (d.truncated ? 2 : 0));
    writeText(w, d.id);
    writeText(w, d.date ?? '');
    writeText(w, d.title);
  }
  return w.finish();
}

function skipText(r: VarintReader, bytes: Uint8Array): void {
  const end = r.read() + r.offset;
  if (end > bytes.length) throw new Error('Truncated search shard.');
  r.offset = end;
}

/** Reads a titles shard's layout (checking it whole); each record is decoded on demand. */
export function readTitlesShard(bytes: Uint8Array): ShardRecords<DocTitle> {
  const r = new VarintReader(bytes);
  expectMagic(r, MAGIC.titles, 'titles');
  const starts = new Uint32Array(r.read());
  for (let i = 0; i < starts.length; i++) {
    starts[i] = r.offset;
    r.read();
    skipText(r, bytes);
    skipText(r, bytes);
    skipText(r, bytes);
  }
  return {
    length: starts.length,
    at(i) {
      if (!(i >= 0 && i < starts.length)) return undefined;
      const doc = new VarintReader(bytes, starts[i]);
      const flags = doc.read();
      const id = readText(doc, bytes);
      const date = readText(doc, bytes);
      const title = readText(doc, bytes);
      return {
        id,
        title,
        truncated: (flags & 2) !== 0,
        kind: flags & 1 ? 'teaser' : 'article',
        date: date === '' ? null : date,
      };
    },
  };
}

/** Decodes a titles shard. */
export function decodeTitlesShard(bytes: Uint8Array): DocTitle[] {
  const titles = readTitlesShard(bytes);
  return Array.from({ length: titles.length }, (_, i) => titles.at(i) as DocTitle);
}
