import type { CompactRegionTable } from '../../../../domain/bundle/region-table';
import { bundlePaths } from '../../../../domain/bundle/bundle';
import {
  SEARCH_INDEX_FORMAT,
  type SearchManifest,
} from '../../../../domain/search/format/index-format';
import type { CompactPinyinLexicon } from '../../../../domain/text/pinyin-lexicon';
import { SearchClient } from '../../../../domain/search/query/search-client';
import type { SearchOptions } from '../../../../domain/search/query/search-types';
import {
  HttpStatusError,
  InvalidJsonError,
  NetworkError,
  VersionMismatchError,
} from '../../../lib/fetch-bundle-file';
import type { SearchAnswers, SearchCall, SearchRequest, SuggestRequest } from './search-backend';

/** Thrown when a call was cancelled while it waited; its answer would be dropped anyway. */
export class SearchCancelled extends Error {
  constructor() {
    super('The search was superseded.');
    this.name = 'AbortError';
  }
}

type Fetch = typeof fetch;

/**
 * The search side of the reader: loads the bundle's search files from `root` (the bundle root
 * URL, `…/data/`), keeps every shard it fetched, and answers `SearchCall`s. It runs inside the
 * Web Worker in the browser and on the test's own thread in component tests.
 */
export class SearchEngine {
  private client: Promise<SearchClient> | null = null;
  private readonly shards = new Map<string, Promise<Uint8Array>>();

  constructor(
    private readonly root: string,
    private readonly fetchFile: Fetch = (input, init) => fetch(input, init),
  ) {}

  /**
   * Answers one call. Once `signal` aborts, the call stops at its next step (a search fetches no
   * further shards) and rejects with `SearchCancelled`.
   */
  async run<T extends SearchCall>(
    call: T,
    signal?: AbortSignal,
  ): Promise<SearchAnswers[T['type']]> {
    const client = await this.ready();
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
        const { query } = call.request;
        const result = await client.search(query, optionsOf(call.request), signal);
        const hits = result.hits.map((hit) => ({
          ...hit,
          titleMarks: client.highlight(hit.title, query),
        }));
        return { ...result, hits };
      }
      case 'highlight':
        return call.texts.map((text) => client.highlight(text, call.query));
      case 'suggest':
        return client.suggest(call.request.query, optionsOf(call.request), 3, signal);
      case 'regions':
        return client.regions.toJSON();
    }
  }

  /** The client, loading the three small files first; a failed load is tried again next call. */
  private ready(): Promise<SearchClient> {
    this.client ??= this.load().catch((error: unknown) => {
      this.client = null;
      throw error;
    });
    return this.client;
  }

  private async load(): Promise<SearchClient> {
    const [manifest, regions, pinyin] = await Promise.all([
      this.json<SearchManifest>(bundlePaths.searchManifest()),
      this.json<CompactRegionTable>(bundlePaths.searchRegions()),
      this.json<CompactPinyinLexicon>(bundlePaths.searchPinyin()),
    ]);
    const format: unknown = manifest.format;
    if (format !== SEARCH_INDEX_FORMAT) {
      throw new VersionMismatchError(bundlePaths.searchManifest(), SEARCH_INDEX_FORMAT, format);
    }
    return new SearchClient({ manifest, regions, pinyin }, (key) => this.shard(key));
  }

  /** One shard's bytes, fetched once however many queries ask for it at the same time. */
  private shard(key: string): Promise<Uint8Array> {
    let bytes = this.shards.get(key);
    if (!bytes) {
      bytes = this.bytes(bundlePaths.searchFile(key));
      // A failed fetch is forgotten, so that a retry asks the network again.
      bytes.catch(() => this.shards.delete(key));
      this.shards.set(key, bytes);
    }
    return bytes;
  }

  private async response(path: string, accept: string): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchFile(new URL(path, this.root), { headers: { Accept: accept } });
    } catch (error) {
      throw new NetworkError(path, { cause: error });
    }
    if (!response.ok) throw new HttpStatusError(path, response.status);
    return response;
  }

  private async json<T>(path: string): Promise<T> {
    const response = await this.response(path, 'application/json');
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new NetworkError(path, { cause: error });
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new InvalidJsonError(path, { cause: error });
    }
  }

  private async bytes(path: string): Promise<Uint8Array> {
    const response = await this.response(path, 'application/octet-stream');
    try {
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      throw new NetworkError(path, { cause: error });
    }
  }
}

function optionsOf(request: SearchRequest | SuggestRequest): SearchOptions {
  const options: SearchOptions = {
    filters: request.filters,
    bookmarks: new Set(request.bookmarks),
  };
  if ('offset' in request) {
    options.offset = request.offset;
    options.limit = request.limit;
    options.complete = request.complete;
  }
  return options;
}
