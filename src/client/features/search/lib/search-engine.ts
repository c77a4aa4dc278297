import type { CompactRegionTable } from '../../../../domain/bundle/region-table';
import { bundlePaths } from '../../../../domain/bundle/bundle';
import {
  SEARCH_INDEX_FORMAT,
  type SearchManifest,
} from '../../../../domain/search/format/index-format';
import type { CompactPinyinLexicon } from '../../../../domain/text/pinyin-lexicon';
import { readsPinyin } from '../../../../domain/search/query/prepare-query';
import { SearchClient } from '../../../../domain/search/query/search-client';
import {
  fetchBundleBytes,
  fetchBundleJson,
  VersionMismatchError,
} from '../../../lib/fetch-bundle-file';
import type { SearchAnswers, SearchCall } from './search-backend';

/** Thrown when a call was cancelled while it waited; its answer would be dropped anyway. */
export class SearchCancelled extends Error {
  constructor() {
    super('The search was superseded.');
    this.name = 'AbortError';
  }
}

/**
 * The search side of the reader: loads the bundle's search files from `root` (the bundle root
 * URL, `…/data/`), keeps every shard it fetched, and answers `SearchCall`s. It runs inside the
 * Web Worker in the browser and on the test's own thread in component tests.
 */
export class SearchEngine {
  private client: Promise<SearchClient> | null = null;
  private pinyin: Promise<void> | null = null;
  private readonly shards = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly root: string) {}

  /**
   * Answers one call. Once `signal` aborts, the call stops at its next step (a search fetches no
   * further shards) and rejects with `SearchCancelled`.
   */
  async run<T extends SearchCall>(
    call: T,
    signal?: AbortSignal,
  ): Promise<SearchAnswers[T['type']]> {
    const client = await this.ready();
    if (readsPinyinFor(call)) await this.addPinyin(client);
    try {
      signal?.throwIfAborted();
      return (await this.answer(client, call, signal)) as SearchAnswers[T['type']];
    } catch (error) {
      if (signal?.aborted) throw new SearchCancelled();
      throw error;
    }
  }

  private async answer(client: SearchClient, call: SearchCall, signal?: AbortSignal) {
    switch (call.type) {
      case 'search': {
        const { request, context } = call;
        const result = await client.search(request, context, signal);
        const hits = result.hits.map((hit) => ({
          ...hit,
          titleMarks: client.highlight(hit.title, request.text),
        }));
        return { ...result, hits };
      }
      case 'highlight':
        return call.texts.map((text) => client.highlight(text, call.query));
      case 'suggest':
        return client.suggest(call.request, call.context, 3, signal);
      case 'regions':
        return client.regions.toJSON();
      case 'seen':
        return client.seenMark(call.request, call.context, signal);
      case 'countNew':
        return client.countNew(call.request, call.mark, call.context, signal);
    }
  }

  /** Starts loading the two small files every call needs, if nothing has yet. */
  warm(): void {
    this.ready().catch(() => undefined);
  }

  /**
   * Loads the pinyin readings into the client, once, for the first call that reads them: the
   * largest of the small files (70 KB gzip), which a query in characters does not need.
   */
  private addPinyin(client: SearchClient): Promise<void> {
    this.pinyin ??= fetchBundleJson(bundlePaths.searchPinyin(), { root: this.root }).then(
      (pinyin) => client.addPinyin(pinyin as CompactPinyinLexicon),
      (error: unknown) => {
        this.pinyin = null;
        throw error;
      },
    );
    return this.pinyin;
  }

  /** The client, loading the two small files first; a failed load is tried again next call. */
  private ready(): Promise<SearchClient> {
    this.client ??= this.load().catch((error: unknown) => {
      this.client = null;
      throw error;
    });
    return this.client;
  }

  private async load(): Promise<SearchClient> {
    const json = (path: string) => fetchBundleJson(path, { root: this.root });
    const [manifest, regions] = await Promise.all([
      json(bundlePaths.searchManifest()) as Promise<SearchManifest>,
      json(bundlePaths.searchRegions()) as Promise<CompactRegionTable>,
    ]);
    const format: unknown = manifest.format;
    if (format !== SEARCH_INDEX_FORMAT) {
      throw new VersionMismatchError(bundlePaths.searchManifest(), SEARCH_INDEX_FORMAT, format);
    }
    return new SearchClient({ manifest, regions }, (key) => this.shard(key));
  }

  /** One shard's bytes, fetched once however many queries ask for it at the same time. */
  private shard(key: string): Promise<Uint8Array> {
    let bytes = this.shards.get(key);
    if (!bytes) {
      // Not cancelled with the search that asked first: other searches may wait for it too.
      bytes = fetchBundleBytes(bundlePaths.searchFile(key), { root: this.root });
      // A failed fetch is forgotten, so that a retry asks the network again.
      bytes.catch(() => this.shards.delete(key));
      this.shards.set(key, bytes);
    }
    return bytes;
  }
}

/** Whether a call reads the pinyin readings: a Latin term in its text, or suggestions. */
function readsPinyinFor(call: SearchCall): boolean {
  switch (call.type) {
    case 'search':
    case 'seen':
    case 'countNew':
      return readsPinyin(call.request.text);
    case 'highlight':
      return readsPinyin(call.query);
    case 'suggest':
      return true;
    case 'regions':
      return false;
  }
}
