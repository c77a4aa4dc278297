import { foldText } from './fold-text.ts';
import {
  SEARCH_INDEX_FORMAT,
  encodeIdsShard,
  encodeTitlesShard,
  encodeMetaShard,
  encodePostingsShard,
  gramRoute,
  searchShardKeys,
  type DocMeta,
  type BodyPresence,
  type Postings,
  type SearchField,
  type SearchManifest,
  type ShardEntry,
} from './index-format.ts';
import { inRecencyOrder } from './recency-order.ts';
import type { SearchDoc } from './search-types.ts';

/** Sizes of the shards; they change the files, never the results. */
export interface SearchIndexOptions {
  /** Documents per body chunk, a multiple of 32. Smaller chunks: smaller first downloads. */
  chunkSize?: number;
  /** Documents per ids shard. Ids are random and barely compress: a first page whose hits are
   * spread over the corpus should fetch a few small files, not whole chunks' worth. */
  idsChunkSize?: number;
  /** Documents per titles shard (title, kind, date of each, for the result list). */
  titlesChunkSize?: number;
  /** A gram whose postings (per chunk) reach this many bytes gets a shard of its own. */
  ownShardBytes?: number;
  /** The size hash buckets aim at. */
  bucketBytes?: number;
}

/** The whole index: a small manifest and binary shards by key (`searchShardKeys`). */
export interface SearchIndexFiles {
  manifest: SearchManifest;
  shards: Map<string, Uint8Array>;
}

const NO_PRESENCE: BodyPresence = [];
const SEPARATOR = 10; // '\n' between paragraphs; folded queries never contain it
const UNIGRAMS = 0x10000;

/** Grams are keyed by number while building: a string per bigram occurrence would dominate. */
const bigramKey = (a: number, b: number) => UNIGRAMS + a * 0x10000 + b;
const gramOf = (key: number) =>
  key < UNIGRAMS
    ? String.fromCharCode(key)
    : String.fromCharCode(Math.floor((key - UNIGRAMS) / 0x10000), (key - UNIGRAMS) % 0x10000);

interface Accumulator {
  last: number;
  docs: number[];
  starts: number[];
  positions: number[];
}

/** Postings of every gram of `texts[from..to)`, keyed by `bigramKey` or a code unit. */
function collect(texts: readonly string[], from: number, to: number): Map<number, Accumulator> {
  const grams = new Map<number, Accumulator>();
  const entry = (key: number) => {
    let acc = grams.get(key);
    if (!acc) grams.set(key, (acc = { last: -1, docs: [], starts: [], positions: [] }));
    return acc;
  };
  for (let doc = from; doc < to; doc++) {
    const text = texts[doc] ?? '';
    for (let i = 0; i < text.length; i++) {
      const a = text.charCodeAt(i);
      if (a === SEPARATOR) continue;
      const uni = entry(a);
      if (uni.last !== doc) {
        uni.last = doc;
        uni.docs.push(doc);
      }
      if (i + 1 >= text.length) continue;
      const b = text.charCodeAt(i + 1);
      if (b === SEPARATOR) continue;
      const bi = entry(bigramKey(a, b));
      if (bi.last !== doc) {
        bi.last = doc;
        bi.docs.push(doc);
        bi.starts.push(bi.positions.length);
      }
      bi.positions.push(i);
    }
  }
  return grams;
}

const toPostings = (key: number, acc: Accumulator): Postings =>
  key < UNIGRAMS
    ? { docs: Uint32Array.from(acc.docs), starts: null, positions: null }
    : {
        docs: Uint32Array.from(acc.docs),
        starts: Uint32Array.from([...acc.starts, acc.positions.length]),
        positions: Uint32Array.from(acc.positions),
      };

/** Rough encoded size of each gram's postings over the corpus: one byte per doc and position. */
function gramSizes(texts: readonly string[], from: number, to: number): Map<number, number> {
  const sizes = new Map<number, number>();
  const lastDoc = new Map<number, number>();
  texts.slice(from, to).forEach((text, doc) => {
    for (let i = 0; i < text.length; i++) {
      const a = text.charCodeAt(i);
      if (a === SEPARATOR) continue;
      if (lastDoc.get(a) !== doc) {
        lastDoc.set(a, doc);
        sizes.set(a, (sizes.get(a) ?? 0) + 1);
      }
      const b = i + 1 < text.length ? text.charCodeAt(i + 1) : SEPARATOR;
      if (b === SEPARATOR) continue;
      const key = bigramKey(a, b);
      const isNew = lastDoc.get(key) !== doc;
      if (isNew) lastDoc.set(key, doc);
      sizes.set(key, (sizes.get(key) ?? 0) + (isNew ? 2 : 1));
    }
  });
  return sizes;
}

const dayNumber = (date: string | null) =>
  date === null ? -1 : Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

function buildMeta(docs: readonly SearchDoc[], regions: string[], topics: string[]): DocMeta {
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
  return {
    days: Int32Array.from(docs.map((d) => dayNumber(d.date))),
    kinds: Uint8Array.from(docs.map((d) => (d.kind === 'teaser' ? 1 : 0))),
    regionStarts,
    regionList,
    topicStarts,
    topicList,
  };
}

/**
 * Builds the search index as shards: pure, deterministic (same documents, same bytes) and
 * runnable at build time or in a browser. Titles and bodies are indexed apart; each gram of one
 * or two UTF-16 units of folded text has postings, two-unit grams with positions, which is what
 * lets the engine answer any substring exactly without the text. Bodies are cut into chunks of
 * `chunkSize` documents in recency order, so a first page needs only the newest chunks.
 */
export function buildSearchIndex(
  docs: readonly SearchDoc[],
  options: SearchIndexOptions = {},
): SearchIndexFiles {
  const chunkSize = options.chunkSize ?? 8192;
  if (chunkSize <= 0 || chunkSize % 32 !== 0)
    throw new Error('chunkSize must be a multiple of 32.');
  const idsChunkSize = options.idsChunkSize ?? 1024;
  if (!Number.isInteger(idsChunkSize) || idsChunkSize <= 0)
    throw new Error('idsChunkSize must be a positive integer.');
  const titlesChunkSize = options.titlesChunkSize ?? 128;
  if (!Number.isInteger(titlesChunkSize) || titlesChunkSize <= 0)
    throw new Error('titlesChunkSize must be a positive integer.');
  const ownShardBytes = options.ownShardBytes ?? 16_384;
  const bucketBytes = options.bucketBytes ?? 16_384;

  const ordered = inRecencyOrder(docs);
  const texts: Record<SearchField, string[]> = {
    title: ordered.map((d) => foldText(d.title)),
    body: ordered.map((d) => d.body.map(foldText).join('\n')),
  };
  const chunks = Math.max(1, Math.ceil(ordered.length / chunkSize));
  const regions = [...new Set(ordered.flatMap((d) => d.regions))].sort();
  const topics = [...new Set(ordered.flatMap((d) => d.topics))].sort();

  const manifest: SearchManifest = {
    format: SEARCH_INDEX_FORMAT,
    docCount: ordered.length,
    chunkSize,
    chunks,
    idsChunkSize,
    titlesChunkSize,
    own: { title: [], body: [] },
    buckets: { title: 1, body: 1 },
    regions,
    topics,
  };
  const own: Record<SearchField, Set<string>> = { title: new Set(), body: new Set() };
  // Sized by the largest chunk, not the average: where the newest chunks hold only teasers (no
  // body), an average over all chunks would put grams of 60 KB a chunk in shared buckets, and a
  // rare gram of the same bucket would cost that much to read.
  for (const field of ['title', 'body'] as const) {
    const perChunk = (field === 'body' ? Array.from({ length: chunks }, (_, c) => c) : [0]).map(
      (c) =>
        field === 'body'
          ? gramSizes(texts.body, c * chunkSize, (c + 1) * chunkSize)
          : gramSizes(texts.title, 0, ordered.length),
    );
    const ownKeys = new Set<number>();
    for (const sizes of perChunk) {
      for (const [key, size] of sizes) if (size >= ownShardBytes) ownKeys.add(key);
    }
    let rest = 0;
    for (const sizes of perChunk) {
      let chunkRest = 0;
      for (const [key, size] of sizes) if (!ownKeys.has(key)) chunkRest += size;
      rest = Math.max(rest, chunkRest);
    }
    for (const key of ownKeys) own[field].add(gramOf(key));
    manifest.own[field] = [...own[field]].sort();
    manifest.buckets[field] = Math.min(4096, Math.max(1, Math.ceil(rest / bucketBytes)));
  }

  const shards = new Map<string, Uint8Array>();
  /** Per gram key: the chunks whose bodies hold it, with how many documents; for title shards. */
  const presence = new Map<number, [number, number][]>();
  const writeShards = (
    field: SearchField,
    grams: Map<number, Accumulator>,
    key: (route: string) => string,
    chunk: number,
  ) => {
    const groups = new Map<string, ShardEntry[]>();
    const keys =
      field === 'title' ? [...new Set([...grams.keys(), ...presence.keys()])] : [...grams.keys()];
    for (const k of keys.sort((a, b) => a - b)) {
      const gram = gramOf(k);
      const route = gramRoute(gram, field, manifest, own[field]);
      let group = groups.get(route);
      if (!group) groups.set(route, (group = []));
      const acc = grams.get(k);
      const postings = acc ? toPostings(k, acc) : null;
      if (field === 'title') group.push([gram, postings, presence.get(k) ?? NO_PRESENCE]);
      else {
        group.push([gram, postings]);
        let chunks = presence.get(k);
        if (!chunks) presence.set(k, (chunks = []));
        chunks.push([chunk, acc?.docs.length ?? 0]);
      }
    }
    // Every key the manifest implies exists, empty or not, so a missing file is always an error.
    const routes = [
      ...manifest.own[field].map((gram) => gramRoute(gram, field, manifest, own[field])),
      ...Array.from({ length: manifest.buckets[field] }, (_, b) => `h${b}`),
    ];
    for (const route of routes)
      shards.set(key(route), encodePostingsShard(groups.get(route) ?? []));
  };
  // Bodies first: the title shards say which chunks hold each gram in a body.
  for (let chunk = 0; chunk < chunks; chunk++) {
    const from = chunk * chunkSize;
    const to = Math.min(ordered.length, from + chunkSize);
    writeShards(
      'body',
      collect(texts.body, from, to),
      (route) => searchShardKeys.body(route, chunk),
      chunk,
    );
  }
  writeShards('title', collect(texts.title, 0, ordered.length), searchShardKeys.title, 0);
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
          title: d.title,
          truncated: d.truncated ?? false,
          kind: d.kind,
          date: d.date,
        })),
      ),
    );
  }
  shards.set(searchShardKeys.meta(), encodeMetaShard(buildMeta(ordered, regions, topics)));
  return { manifest, shards };
}
