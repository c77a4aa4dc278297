import { dayNumber } from '../../bundle/dates.ts';
import {
  encodeCopiesShard,
  encodeIdMapShard,
  encodeIdsShard,
  encodeMetaShard,
  encodeSummaryShard,
  encodeTitlesShard,
  type CorpusSummary,
} from '../format/doc-shards.ts';
import {
  idBucket,
  regionBucket,
  searchShardKeys,
  type DocMeta,
  type SearchManifest,
} from '../format/index-format.ts';
import {
  encodeEncodedShard,
  writePostings,
  type EncodedShardEntry,
} from '../format/postings-shard.ts';
import { VarintWriter } from '../format/varint.ts';
import { addBit, countBits, wordCount } from '../query/bitset.ts';
import { countFacets, monthsOf, teaserSet } from '../query/facet-counts.ts';
import type { SearchDoc } from '../query/search-types.ts';

/** What the index keeps of a document besides its text's grams: ids, titles and facets. */
export type DocFacts = Omit<SearchDoc, 'paragraphs'>;

/** A document's facts, without the paragraphs that its gram blocks already hold. */
export function docFacts(doc: SearchDoc<unknown>): DocFacts {
  const { id, kind, title, truncated, date, regions, topics, host, copy } = doc;
  return { id, kind, title, truncated, date, regions, topics, host, copy };
}

/** The meta shard's facts of the documents, in file order. */
export function buildMeta(docs: readonly DocFacts[], regions: string[], topics: string[]): DocMeta {
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  const topicIndex = new Map(topics.map((t, i) => [t, i]));
  const csr = (lists: (readonly string[])[], index: Map<string, number>) => {
    const starts = new Uint32Array(lists.length + 1);
    const values: number[] = [];
    lists.forEach((list, i) => {
      for (const value of [...new Set(list)].sort()) values.push(index.get(value) ?? 0);
      starts[i + 1] = values.length;
    });
    return [starts, Uint16Array.from(values)] as const;
  };
  const [regionStarts, regionList] = csr(
    docs.map((d) => d.regions),
    regionIndex,
  );
  const [topicStarts, topicList] = csr(
    docs.map((d) => d.topics),
    topicIndex,
  );
  const hosts = [...new Set(docs.flatMap((d) => (d.host ? [d.host] : [])))].sort();
  const hostIndex = new Map(hosts.map((h, i) => [h, i + 1]));
  return {
    hosts,
    hostOf: Uint32Array.from(docs, (d) => (d.host ? (hostIndex.get(d.host) ?? 0) : 0)),
    days: Int32Array.from(docs.map((d) => (d.date === null ? -1 : dayNumber(d.date)))),
    kinds: Uint8Array.from(docs.map((d) => (d.kind === 'teaser' ? 1 : 0))),
    regionStarts,
    regionList,
    topicStarts,
    topicList,
  };
}

/** The copies' numbers as the `copies` shard lists them (`searchShardKeys.copies`). */
export function copyGaps(ordered: readonly DocFacts[]): number[] {
  const gaps: number[] = [];
  let last = 0;
  ordered.forEach((doc, n) => {
    if (!doc.copy) return;
    gaps.push(n - last);
    last = n;
  });
  return gaps;
}

/**
 * Every document but the copies counted, as a search with no terms and no filters counts its
 * results (with the same `countFacets`), for the `summary` shard.
 */
function corpusSummary(
  ordered: readonly DocFacts[],
  meta: DocMeta,
  names: Pick<SearchManifest, 'regions' | 'topics'>,
): CorpusSummary {
  const shown = new Uint32Array(wordCount(ordered.length));
  ordered.forEach((doc, n) => {
    if (!doc.copy) addBit(shown, n);
  });
  const facts = { ...meta, ...monthsOf(meta.days), teasers: teaserSet(meta.kinds) };
  const facets = countFacets(facts, names, {
    regions: shown,
    topics: shown,
    hosts: shown,
    dates: shown,
    kind: shown,
  });
  return { total: countBits(shown), facets };
}

/**
 * The shards of the documents' facts, beside the grams' postings: ids and titles by block, the
 * ids by bucket, the meta and summary shards, the copies, and each region's documents.
 */
export function docShards(
  ordered: readonly DocFacts[],
  manifest: SearchManifest,
  { meta, copies, regionDocs }: { meta: DocMeta; copies: number[]; regionDocs: Uint8Array[] },
): Map<string, Uint8Array> {
  const { idsChunkSize, titlesChunkSize, regions } = manifest;
  const shards = new Map<string, Uint8Array>();
  for (let block = 0; block * idsChunkSize < ordered.length || block === 0; block++) {
    const from = block * idsChunkSize;
    shards.set(
      searchShardKeys.ids(block),
      encodeIdsShard(ordered.slice(from, from + idsChunkSize).map((d) => d.id)),
    );
  }
  for (let block = 0; block * titlesChunkSize < ordered.length || block === 0; block++) {
    const from = block * titlesChunkSize;
    shards.set(
      searchShardKeys.titles(block),
      encodeTitlesShard(
        ordered.slice(from, from + titlesChunkSize).map((d) => ({
          id: d.id,
          title: d.title,
          truncated: d.truncated ?? false,
          kind: d.kind,
          date: d.date,
        })),
      ),
    );
  }
  const idMaps = Array.from({ length: manifest.idBuckets }, (): [string, number][] => []);
  ordered.forEach((doc, n) => idMaps[idBucket(doc.id, manifest)]?.push([doc.id, n]));
  idMaps.forEach((entries, bucket) => {
    shards.set(searchShardKeys.idMap(bucket), encodeIdMapShard(entries));
  });
  shards.set(searchShardKeys.meta(), encodeMetaShard(meta));
  shards.set(searchShardKeys.summary(), encodeSummaryShard(corpusSummary(ordered, meta, manifest)));
  shards.set(searchShardKeys.copies(), encodeCopiesShard(copies));
  const byBucket = Array.from({ length: manifest.regionBuckets }, (): EncodedShardEntry[] => []);
  regions.forEach((code, i) => {
    byBucket[regionBucket(code, manifest)]?.push([code, regionDocs[i] ?? new Uint8Array()]);
  });
  byBucket.forEach((entries, bucket) => {
    shards.set(searchShardKeys.regions(bucket), encodeEncodedShard(entries));
  });
  return shards;
}

/**
 * Each region's documents, encoded as postings (by index into `regions`): the meta shard's
 * region lists turned around, so that a query naming a region reads only that region's.
 */
export function regionPostings(meta: DocMeta, regions: number): Uint8Array[] {
  const docs: number[][] = Array.from({ length: regions }, () => []);
  for (let doc = 0; doc < meta.days.length; doc++) {
    const to = meta.regionStarts[doc + 1] ?? 0;
    for (let j = meta.regionStarts[doc] ?? 0; j < to; j++) docs[meta.regionList[j] ?? 0]?.push(doc);
  }
  return docs.map((list) => {
    const w = new VarintWriter();
    writePostings(w, list, null, null);
    return w.finish();
  });
}
