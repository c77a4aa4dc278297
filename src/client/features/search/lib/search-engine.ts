import type { CompactRegionTable } from '../../../../domain/bundle/region-table';
import { bundlePaths } from '../../../../domain/bundle/bundle';
import {
  SEARCH_INDEX_FORMAT,
  searchShardKeys,
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
  private readonly shards = new Map<string, ShardFetch>();
  /** Calls running whose signal has not aborted. */
  private running = 0;
  /** The fetches not settled yet, which `cancelUnwanted` looks through. */
  private readonly inFlight = new Map<string, ShardFetch>();
  /** The fetches each call's signal waits for (`waitFor`). */
  private readonly waitedFor = new WeakMap<AbortSignal, ShardFetch[]>();

  constructor(private readonly root: string) {}

  /**
   * Answers one call. Once `signal` aborts, the call stops at its next step (a search fetches no
   * further shards) and rejects with `SearchCancelled`.
   */
  async run<T extends SearchCall>(
    call: T,
    signal?: AbortSignal,
  ): Promise<SearchAnswers[T['type']]> {
    // The call's own signal, aborted with the caller's and once the call ends: the files it asked
    // for ahead of need, or still had coming when it failed, then wait for nobody, and the next
    // call's requests take them back (`cancelUnwanted`). A count that failed on a slow link kept
    // the 5.7 MB meta shard coming, and the next keystroke waited 9 s behind it.
    const own = new AbortController();
    const stop = () => own.abort(signal?.reason);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
    const leave = this.enter(own.signal);
    try {
      const client = await this.ready();
      const pinyin = readsPinyinFor(call);
      if (pinyin === 'now') await this.addPinyin(client);
      own.signal.throwIfAborted();
      const answer = this.answer(client, call, own.signal);
      // A first Latin letter does not wait for the readings, but the next keystroke will: they
      // are asked for after the letter's own files, which a slow link then carries first.
      if (pinyin === 'soon') this.addPinyin(client).catch(() => undefined);
      return (await answer) as SearchAnswers[T['type']];
    } catch (error) {
      if (signal?.aborted) throw new SearchCancelled();
      throw error;
    } finally {
      signal?.removeEventListener('abort', stop);
      leave();
      own.abort();
    }
  }

  /** Counts a call as running until it settles or its signal aborts; returns its leaving. */
  private enter(signal?: AbortSignal): () => void {
    let left = false;
    const leave = () => {
      if (!left) this.running--;
      left = true;
    };
    this.running++;
    signal?.addEventListener('abort', leave, { once: true });
    return leave;
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
    const manifestJson = json(bundlePaths.searchManifest()) as Promise<SearchManifest>;
    // Every query reads the copies' numbers first: asked for as soon as the manifest says there
    // are some, they are at hand by the first query.
    manifestJson.then(
      (manifest) => {
        const format: unknown = manifest.format;
        if (format === SEARCH_INDEX_FORMAT && manifest.copies > 0) {
          this.shard(searchShardKeys.copies()).catch(() => undefined);
        }
      },
      () => undefined,
    );
    const [manifest, regions] = await Promise.all([
      manifestJson,
      json(bundlePaths.searchRegions()) as Promise<CompactRegionTable>,
    ]);
    const format: unknown = manifest.format;
    if (format !== SEARCH_INDEX_FORMAT) {
      throw new VersionMismatchError(bundlePaths.searchManifest(), SEARCH_INDEX_FORMAT, format);
    }
    return new SearchClient({ manifest, regions }, (key, signal) => this.shard(key, signal));
  }

  /**
   * One shard's bytes, fetched once however many searches ask for it at the same time, for as
   * long as one of them waits for it (a search without a signal always does).
   */
  private shard(key: string, signal?: AbortSignal): Promise<Uint8Array> {
    let fetching = this.shards.get(key);
    if (!fetching) {
      const controller = new AbortController();
      const bytes = fetchBundleBytes(bundlePaths.searchFile(key), {
        root: this.root,
        signal: controller.signal,
      });
      const made: ShardFetch = { bytes, controller, waiting: 0, kept: false };
      const settled = () => this.inFlight.get(key) === made && this.inFlight.delete(key);
      bytes.then(settled, () => {
        settled();
        // A failed fetch is forgotten, so that a retry asks the network again.
        if (this.shards.get(key) === made) this.shards.delete(key);
      });
      this.shards.set(key, made);
      this.inFlight.set(key, made);
      fetching = made;
      // After the round of requests this one belongs to has been made (synchronously).
      queueMicrotask(() => this.cancelUnwanted());
    }
    if (!signal) fetching.kept = true;
    else if (!signal.aborted) this.waitFor(fetching, signal);
    return fetching.bytes;
  }

  /**
   * Counts a fetch as waited for until `signal` aborts. One listener a signal, whatever the
   * number of its fetches: a browser checks each new listener against those already there
   * (4,000 on one signal took 32 ms in Chromium), and with a listener a fetch the typing bench's
   * searches at a million documents spent a third of a second adding them.
   */
  private waitFor(fetching: ShardFetch, signal: AbortSignal): void {
    fetching.waiting++;
    const waited = this.waitedFor.get(signal);
    if (waited) {
      waited.push(fetching);
      return;
    }
    const fetches = [fetching];
    this.waitedFor.set(signal, fetches);
    signal.addEventListener(
      'abort',
      () => {
        for (const f of fetches) f.waiting--;
        // Typed past while another call runs: its files are what the link should carry.
        if (this.running > 0) this.cancelUnwanted();
      },
      { once: true },
    );
  }

  /**
   * Cancels the fetches no search waits for any more: those of searches the reader typed past
   * and of counts nobody will see. On a slow link they take the bandwidth of the files the
   * current search asks for (a keystroke waited a second behind the previous one's files).
   */
  private cancelUnwanted(): void {
    for (const [key, fetching] of this.inFlight) {
      if (fetching.kept || fetching.waiting > 0) continue;
      fetching.controller.abort();
      this.inFlight.delete(key);
      this.shards.delete(key);
    }
  }
}

/** A shard fetched or being fetched, and who waits for it. */
interface ShardFetch {
  bytes: Promise<Uint8Array>;
  controller: AbortController;
  /** Searches waiting for it that may stop waiting (their signal aborts). */
  waiting: number;
  /** Asked for by a search that cannot stop waiting: never cancelled. */
  kept: boolean;
}

/** When a call reads the pinyin readings (`readsPinyin`): for a Latin term in its text, or suggestions. */
function readsPinyinFor(call: SearchCall): ReturnType<typeof readsPinyin> {
  switch (call.type) {
    case 'search':
    case 'seen':
    case 'countNew':
      return readsPinyin(call.request.text);
    case 'highlight':
      return readsPinyin(call.query);
    case 'suggest':
      return 'now';
    case 'regions':
      return 'no';
  }
}
