import { foldFieldText, gramBlock, gramBlocks, gramOf, type GramBlocks } from './gram-blocks.ts';
import {
  SEARCH_INDEX_FORMAT,
  chunkKey,
  encodeShardGroup,
  gramRoute,
  searchShardKeys,
  type SearchField,
  type SearchManifest,
} from '../format/index-format.ts';
import {
  chunkedPostings,
  encodeEncodedShard,
  type BodyPresence,
  type EncodedShardEntry,
} from '../format/postings-shard.ts';
import { encodeTrigramFiles, trigramFilter } from '../format/trigram-filter.ts';
import { inFileOrder } from './recency-order.ts';
import type { SearchDoc } from '../query/search-types.ts';
import { buildMeta, copyGaps, docShards, regionPostings, type DocFacts } from './doc-facts.ts';

/** Sizes of the shards; they change the files, never the results. */
export interface SearchIndexOptions {
  /** Documents per body chunk, a multiple of 32. Smaller chunks: smaller first downloads. */
  chunkSize?: number;
  /** Documents per ids shard, which only the bookmark filter reads (hits take their ids from the
   * titles shards). */
  idsChunkSize?: number;
  /**
   * Documents per titles shard (id, title, kind, date of each, for the result list). A page of
   * hits spread over the corpus reads a shard per hit whatever its size, so small ones: at 32,
   * such a page costs about 16 KB gzip where 128 cost 50 KB, for the same number of files.
   */
  titlesChunkSize?: number;
  /** A gram whose postings (per chunk) reach this many bytes gets a shard of its own. */
  ownShardBytes?: number;
  /**
   * A gram whose title postings reach this many bytes has them cut into the body's chunks
   * (`SearchManifest.chunkedTitles`).
   */
  titleChunkBytes?: number;
  /** The size body hash buckets aim at, per chunk. */
  bucketBytes?: number;
  /**
   * The size title hash buckets aim at. Smaller than the body's: a title bucket holds the whole
   * corpus, a query reads one per gram whatever their size (a pinyin prefix such as `ka`, 24
   * words, reads 23), and a smaller bucket costs more files on the host, not more requests.
   * The buckets of the regions' documents (`regions/<n>`) aim at the same size, for the same reason.
   */
  titleBucketBytes?: number;
  /** Consecutive chunks of a body route share a file until it holds this many bytes (0: a file
   * per chunk). */
  bodyFileBytes?: number;
}

/**
 * The whole index: a small manifest and binary files by name (`shardFile`), each one shard
 * (`searchShardKeys`) or a group of body shards.
 */
export interface SearchIndexFiles {
  manifest: SearchManifest;
  shards: Map<string, Uint8Array>;
}

/**
 * Where the body shards' files go as they are made, by key, instead of `SearchIndexFiles.shards`:
 * they are most of the index (160 of 213 MB at 100,000 seeds), and a compile that writes them
 * out at once never holds them all.
 */
export type ShardSink = (key: string, bytes: Uint8Array) => void;

const NO_PRESENCE: BodyPresence = [];

/** `SearchIndexOptions` with the defaults filled in. */
export type IndexShape = Required<SearchIndexOptions>;

/** `SearchIndexOptions` with the defaults filled in and checked. */
export function indexShape(options: SearchIndexOptions = {}): IndexShape {
  const shape = {
    chunkSize: options.chunkSize ?? 8192,
    idsChunkSize: options.idsChunkSize ?? 1024,
    titlesChunkSize: options.titlesChunkSize ?? 32,
    ownShardBytes: options.ownShardBytes ?? 16_384,
    titleChunkBytes: options.titleChunkBytes ?? 131_072,
    bucketBytes: options.bucketBytes ?? 16_384,
    titleBucketBytes: options.titleBucketBytes ?? 4_096,
    bodyFileBytes: options.bodyFileBytes ?? 32_768,
  };
  if (shape.chunkSize <= 0 || shape.chunkSize % 32 !== 0)
    throw new Error('chunkSize must be a multiple of 32.');
  if (!Number.isInteger(shape.idsChunkSize) || shape.idsChunkSize <= 0)
    throw new Error('idsChunkSize must be a positive integer.');
  if (!Number.isInteger(shape.titlesChunkSize) || shape.titlesChunkSize <= 0)
    throw new Error('titlesChunkSize must be a positive integer.');
  return shape;
}

/** A document's paragraphs as one body text, a line each: what `gramRuns` indexes. */
export const joinedParagraphs = (doc: SearchDoc): string => doc.paragraphs.join('\n');

/**
 * Every gram run to index (`GramBlocks`): the titles, then each body chunk of `chunkSize`
 * documents in file order (`inFileOrder`), with the number of the run's first document and each
 * document's text (`titleOf`, `bodyOf`: raw lines joined by line breaks, or what stands for
 * them). Building each run's blocks is independent of the others. Runs are made as they are read:
 * each may be a copy of its documents' text, and all of them at once another copy of the corpus.
 */
export function* gramRuns<Doc, Text>(
  ordered: readonly Doc[],
  chunkSize: number,
  titleOf: (doc: Doc) => Text,
  bodyOf: (doc: Doc) => Text,
): Generator<{ field: SearchField; from: number; texts: Text[] }> {
  yield { field: 'title', from: 0, texts: ordered.map(titleOf) };
  const chunks = Math.max(1, Math.ceil(ordered.length / chunkSize));
  for (let c = 0; c < chunks; c++) {
    const texts = ordered.slice(c * chunkSize, (c + 1) * chunkSize).map(bodyOf);
    yield { field: 'body', from: c * chunkSize, texts };
  }
}

/** A run's gram blocks and, for a body chunk, its trigram filter (`trigram-filter.ts`). */
export interface RunBlocks extends GramBlocks {
  /** Empty for the titles, and for a chunk whose bodies hold no trigram (teasers). */
  trigrams: Uint8Array;
}

/** Builds one run's blocks from its raw texts (`gramRuns`): the part of the index a worker does. */
export function runBlocks(texts: readonly string[], from: number, field: SearchField): RunBlocks {
  const folded = texts.map(foldFieldText);
  const trigrams = field === 'body' ? trigramFilter(folded) : new Uint8Array(0);
  return Object.assign(gramBlocks(folded, from), { trigrams });
}

/**
 * Builds the search index as shards: pure, deterministic (same documents, same bytes) and
 * runnable at build time or in a browser. Titles and bodies are indexed apart; each gram of one
 * or two UTF-16 units of folded text has postings, two-unit grams with positions, which is what
 * lets the engine answer any substring exactly without the text. Bodies are cut into chunks of
 * `chunkSize` documents, counted from the oldest so that new documents leave the old chunks'
 * files alone; the engine reads the newest first, so a first page needs only those. The
 * compiler builds the runs (`gramRuns`) on worker threads and assembles them the same way.
 */
export function buildSearchIndex(
  docs: readonly SearchDoc[],
  options: SearchIndexOptions = {},
  putBody?: ShardSink,
): SearchIndexFiles {
  const shape = indexShape(options);
  const ordered = inFileOrder(docs);
  const [title, ...bodies] = Array.from(
    gramRuns(ordered, shape.chunkSize, (d) => d.title, joinedParagraphs),
    (run) => runBlocks(run.texts, run.from, run.field),
  );
  return assembleSearchIndex(ordered, title as RunBlocks, bodies, shape, putBody);
}

/** Which grams of a field get a shard of their own, and how many buckets hold the rest. */
function shardPlan(
  runs: readonly GramBlocks[],
  ownShardBytes: number,
  bucketBytes: number,
): { own: Set<string>; buckets: number } {
  const ownKeys = new Set<number>();
  for (const run of runs) {
    run.sizes.forEach((size, i) => {
      if (size >= ownShardBytes) ownKeys.add(run.keys[i] ?? 0);
    });
  }
  // Sized by the largest chunk, not the average: where the newest chunks hold only teasers (no
  // body), an average over all chunks would put grams of 60 KB a chunk in shared buckets, and a
  // rare gram of the same bucket would cost that much to read.
  let rest = 0;
  for (const run of runs) {
    let runRest = 0;
    run.sizes.forEach((size, i) => {
      if (!ownKeys.has(run.keys[i] ?? 0)) runRest += size;
    });
    rest = Math.max(rest, runRest);
  }
  return {
    own: new Set([...ownKeys].map(gramOf)),
    buckets: bucketCount(rest / bucketBytes),
  };
}

/**
 * A number of hash buckets: at least `wanted`, rounded up to a power of two. A new count moves
 * nearly every gram to another bucket, and so changes every file of the field; rounded, it changes
 * when the corpus doubles, not with the few documents a day's scrape adds.
 */
const bucketCount = (wanted: number): number =>
  Math.min(4096, 2 ** Math.ceil(Math.log2(Math.max(1, wanted))));

/** The first chunk of each file when chunks of these sizes share files of `target` bytes. */
function fileStarts(sizes: readonly number[], target: number): number[] {
  const starts: number[] = [];
  let held = Infinity;
  sizes.forEach((size, chunk) => {
    if (held >= target) {
      starts.push(chunk);
      held = 0;
    }
    held += size;
  });
  return starts;
}

/**
 * The index from the blocks of its runs (`gramRuns`, in that order): groups each run's grams
 * into shards by the plan the whole corpus decides, and adds the per-document shards. Takes the
 * body runs over: each one's `bytes` are emptied once copied into its shards, since the runs and
 * the shards made of them would otherwise be in memory together (160 MB each at 100,000 seeds).
 * With `putBody`, the body shards' files go there as they are made, not into the result.
 */
export function assembleSearchIndex(
  ordered: readonly DocFacts[],
  title: GramBlocks,
  bodies: RunBlocks[],
  shape: IndexShape,
  putBody?: ShardSink,
): SearchIndexFiles {
  const { chunkSize, idsChunkSize, titlesChunkSize } = shape;
  const regions = [...new Set(ordered.flatMap((d) => d.regions))].sort();
  const topics = [...new Set(ordered.flatMap((d) => d.topics))].sort();
  const meta = buildMeta(ordered, regions, topics);
  const regionDocs = regionPostings(meta, regions.length);
  const regionBytes = regionDocs.reduce((sum, block) => sum + block.length, 0);
  const copies = copyGaps(ordered);
  // The newest chunk, still filling, has no filter: its files would change with every day's
  // documents. A full chunk's filter changes only when documents are dated among older ones.
  const filters = bodies.slice(0, Math.floor(ordered.length / chunkSize)).map((b) => b.trigrams);
  const trigramFiles = encodeTrigramFiles(filters);
  const plans = {
    title: shardPlan([title], shape.ownShardBytes, shape.titleBucketBytes),
    body: shardPlan(bodies, shape.ownShardBytes, shape.bucketBytes),
  };
  const own = { title: plans.title.own, body: plans.body.own };
  const manifest: SearchManifest = {
    format: SEARCH_INDEX_FORMAT,
    docCount: ordered.length,
    copies: copies.length,
    chunkSize,
    chunks: bodies.length,
    idsChunkSize,
    idBuckets: bucketCount(ordered.length / idsChunkSize),
    titlesChunkSize,
    bodyFiles: {},
    titleFiles: {},
    own: { title: [...own.title].sort(), body: [...own.body].sort() },
    chunkedTitles: chunkedTitles(title, own.title, shape.titleChunkBytes),
    buckets: { title: plans.title.buckets, body: plans.body.buckets },
    regions,
    regionBuckets: bucketCount(regionBytes / shape.titleBucketBytes),
    topics,
    // Written with the pinyin lexicon, which the index does not know (`searchFilesFromIndex`).
    pinyinGroups: false,
    trigrams: { blocks: trigramFiles.length, chunks: trigramFiles.length > 0 ? filters.length : 0 },
  };

  const shards = new Map<string, Uint8Array>();
  trigramFiles.forEach((file, block) => shards.set(searchShardKeys.trigrams(block), file));
  const writeShards = (
    field: SearchField,
    entries: Iterable<EncodedShardEntry>,
    put: (route: string, shard: Uint8Array) => void,
  ) => {
    const groups = new Map<string, EncodedShardEntry[]>();
    for (const entry of entries) {
      const route = gramRoute(entry[0], field, manifest, own[field]);
      let group = groups.get(route);
      if (!group) groups.set(route, (group = []));
      group.push(entry);
    }
    // Every key the manifest implies exists, empty or not, so a missing file is always an error.
    const routes = [
      ...manifest.own[field].map((gram) => gramRoute(gram, field, manifest, own[field])),
      ...Array.from({ length: manifest.buckets[field] }, (_, b) => `h${b}`),
    ];
    for (const route of routes) put(route, encodeEncodedShard(groups.get(route) ?? []));
  };

  /** A route's shards of every chunk, in files of about `bodyFileBytes` (`shardFile`). */
  const putChunks = (field: SearchField, route: string, chunks: readonly Uint8Array[]) => {
    const starts = fileStarts(
      chunks.map((shard) => shard.length),
      shape.bodyFileBytes,
    );
    const files = field === 'body' ? manifest.bodyFiles : manifest.titleFiles;
    if (starts.length < chunks.length) files[route] = starts;
    starts.forEach((first, i) => {
      const group = chunks.slice(first, starts[i + 1] ?? chunks.length);
      const key = chunkKey(field, route, first);
      if (field === 'body' && putBody) putBody(key, encodeShardGroup(group));
      else shards.set(key, encodeShardGroup(group));
    });
  };

  const bodyShards = new Map<string, Uint8Array[]>();
  bodies.forEach((run) => {
    const entries = Array.from(run.keys, (key, i): EncodedShardEntry => [
      gramOf(key),
      gramBlock(run, i),
    ]);
    writeShards('body', entries, (route, shard) => {
      const chunks = bodyShards.get(route);
      if (chunks) chunks.push(shard);
      else bodyShards.set(route, [shard]);
    });
    // Only the keys and document counts are read from here on (`bodyPresence`).
    run.bytes = new Uint8Array();
    run.ends = new Uint32Array();
    run.trigrams = new Uint8Array();
  });
  for (const [route, chunks] of bodyShards) {
    putChunks('body', route, chunks);
    // A group file copies its chunks' shards: let them go route by route, not all at the end
    // (at 100,000 seeds the body shards are 160 MB).
    bodyShards.delete(route);
  }
  const titleAt = new Map(Array.from(title.keys, (key, i) => [key, i]));
  const keys = new Set(title.keys);
  for (const run of bodies) for (const key of run.keys) keys.add(key);
  const titleKeys = Float64Array.from(keys).sort();
  const presence = bodyPresence(bodies);
  const chunked = new Set(manifest.chunkedTitles);
  writeShards(
    'title',
    Array.from(titleKeys, (key): EncodedShardEntry => {
      const i = titleAt.get(key);
      const gram = gramOf(key);
      const block = i === undefined ? new Uint8Array() : gramBlock(title, i);
      if (!chunked.has(gram)) return [gram, block, presence(key)];
      // The commonest grams' title postings go by chunk, like the body's: their shard keeps where
      // bodies hold them.
      const route = gramRoute(gram, 'title', manifest, own.title);
      const chunks = chunkedPostings(block, chunkSize, bodies.length).map((part) =>
        encodeEncodedShard(part.length > 0 ? [[gram, part]] : []),
      );
      putChunks('title', route, chunks);
      return [gram, new Uint8Array(), presence(key)];
    }),
    (route, shard) => shards.set(searchShardKeys.title(route), shard),
  );

  for (const [key, shard] of docShards(ordered, manifest, { meta, copies, regionDocs })) {
    shards.set(key, shard);
  }
  return { manifest, shards };
}

/** The own grams whose encoded title postings reach `bytes`, sorted. */
function chunkedTitles(title: GramBlocks, own: ReadonlySet<string>, bytes: number): string[] {
  const grams: string[] = [];
  title.keys.forEach((key, i) => {
    const gram = gramOf(key);
    if (own.has(gram) && gramBlock(title, i).length >= bytes) grams.push(gram);
  });
  return grams.sort();
}

/**
 * The chunks whose bodies hold a gram, with how many documents, for the title shards: asked for
 * each key in ascending order, it walks every chunk's sorted keys once. Kept as a map from every
 * gram to its chunks instead, with an array per gram and chunk, it cost the worker that assembles
 * the index about 180 MB more at 100,000 seeds.
 */
function bodyPresence(bodies: readonly GramBlocks[]): (key: number) => BodyPresence {
  const at = new Uint32Array(bodies.length);
  return (key) => {
    const chunks: [number, number][] = [];
    bodies.forEach((run, chunk) => {
      let i = at[chunk] ?? 0;
      while (i < run.keys.length && (run.keys[i] ?? key) < key) i++;
      at[chunk] = i;
      if (run.keys[i] === key) chunks.push([chunk, run.docs[i] ?? 0]);
    });
    return chunks.length > 0 ? chunks : NO_PRESENCE;
  };
}
