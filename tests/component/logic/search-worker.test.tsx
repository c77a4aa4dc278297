import { describe, expect, it, vi } from 'vitest';
import {
  createWorkerSearchBackend,
  type SearchWorkerLike,
} from '../../../src/client/features/search/lib/worker-search-backend';
import {
  serveSearchWorker,
  type FromSearchWorker,
  type SearchWorkerScope,
  type ToSearchWorker,
} from '../../../src/client/features/search/lib/search-worker-protocol';
import { SearchEngine } from '../../../src/client/features/search/lib/search-engine';
import type { SearchCall } from '../../../src/client/features/search/lib/search-backend';
import { bundleRootUrl } from '../../../src/client/lib/fetch-bundle-file';
import { buildSearchBundle } from '../support/search-bundle';
import { searchCorpus } from '../support/search-corpus';
import { respond, serveBundle } from '../support/bundle-server';
import { bundlePaths } from '../../../src/domain/bundle/bundle';
import { encodeCopiesShard } from '../../../src/domain/search/format/doc-shards';
import {
  searchShardKeys,
  type SearchManifest,
} from '../../../src/domain/search/format/index-format';

/**
 * The real worker code behind a fake message channel: every message is structured-cloned and
 * delivered later, as between a page and its worker.
 */
function fakeWorker(createEngine?: (root: string) => SearchEngine) {
  const toWorker = new EventTarget();
  const toPage = new EventTarget();
  const deliver = (target: EventTarget, data: unknown) =>
    setTimeout(() =>
      target.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) })),
    );
  const scope: SearchWorkerScope = {
    addEventListener: (type, listener) =>
      toWorker.addEventListener(type, listener as EventListener),
    postMessage: (message: FromSearchWorker) => deliver(toPage, message),
  };
  serveSearchWorker(scope, createEngine);
  const worker: SearchWorkerLike = {
    postMessage: (message: ToSearchWorker) => deliver(toWorker, message),
    addEventListener: (type: string, listener: (event: never) => void) =>
      toPage.addEventListener(type, listener as unknown as EventListener),
    terminate: () => undefined,
  };
  return { worker };
}

/** A counted search for `text`, as the page asks for one once typing pauses. */
const search = (text: string, complete = true) => ({
  type: 'search' as const,
  request: { text, filters: {}, page: 1 },
  context: { bookmarks: [], complete },
});

describe('searching in a worker', () => {
  it('answers searches, marks and suggestions through messages', async () => {
    const { kaizhou } = searchCorpus();
    serveBundle((await buildSearchBundle([kaizhou])).files);
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);

    const result = await backend.run(search('kaizhou'));
    expect(result.hits.map((hit) => hit.id)).toEqual([kaizhou.id]);
    expect(result.total).toBe(1);
    const [title] = await backend.run({ type: 'highlight', query: '三力', texts: [kaizhou.title] });
    expect(title?.map((r) => kaizhou.title.slice(r.start, r.end))).toEqual(['三力']);
    expect(
      await backend.run({
        type: 'suggest',
        request: { text: '开洲', filters: {}, page: 1 },
        context: { bookmarks: [] },
      }),
    ).toEqual([{ query: '开州', total: 1 }]);
  });

  it('loads the small files when warmed, before any call, and only once', async () => {
    const { kaizhou } = searchCorpus();
    const server = serveBundle((await buildSearchBundle([kaizhou])).files);
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);
    const small = ['search/manifest.json', 'search/regions.json'];

    backend.warm();
    await expect.poll(() => [...server.requested].sort()).toEqual(small);
    expect((await backend.run(search('三力'))).hits.map((hit) => hit.id)).toEqual([kaizhou.id]);
    expect(server.requested.filter((path) => path.endsWith('.json'))).toEqual(small);
  });

  it("asks for the copies' numbers as soon as the manifest says there are some", async () => {
    const { kaizhou, guangxi } = searchCorpus();
    const { files } = await buildSearchBundle([kaizhou, guangxi]);
    // The older of the two (the files' document 0, kaizhou) is a story's copy, as a compile
    // marks one: results leave it out.
    const manifest = files[bundlePaths.searchManifest()] as SearchManifest;
    files[bundlePaths.searchManifest()] = { ...manifest, copies: 1 };
    files[bundlePaths.searchFile(searchShardKeys.copies())] = encodeCopiesShard([0]);
    const server = serveBundle(files);
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);

    backend.warm();
    await expect
      .poll(() => [...server.requested].sort())
      .toEqual(['search/copies.bin', 'search/manifest.json', 'search/regions.json']);
    const shown = (await backend.run(search('教育'))).hits.map((hit) => hit.id);
    expect(shown).toEqual([guangxi.id]);
    expect(server.requested.filter((path) => path === 'search/copies.bin')).toHaveLength(1);
  });

  it('loads the pinyin readings for the first Latin query only', async () => {
    const { kaizhou } = searchCorpus();
    const server = serveBundle((await buildSearchBundle([kaizhou])).files);
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);
    const pinyinLoads = () => server.requested.filter((path) => path === 'search/pinyin.json');

    await backend.run(search('开州'));
    expect(pinyinLoads()).toEqual([]);
    const [first, second] = await Promise.all([
      backend.run(search('kaizhou')),
      backend.run(search('kaiz')),
    ]);
    expect(first.hits.map((hit) => hit.id)).toEqual([kaizhou.id]);
    expect(second.hits.map((hit) => hit.id)).toEqual([kaizhou.id]);
    expect(pinyinLoads()).toHaveLength(1);
  });

  it('answers a first Latin letter without the readings, and fetches them for the next', async () => {
    const { kaizhou } = searchCorpus();
    const { files } = await buildSearchBundle([kaizhou]);
    const server = serveBundle({ ...files, 'search/pinyin.json': respond.hang() });
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);

    // The readings never arrive here: the letter's search does not wait for them.
    expect((await backend.run(search('k'))).hits).toEqual([]);
    expect(server.requested).toContain('search/pinyin.json');
  });

  it('tries a failed warm-up again on the first call', async () => {
    const { kaizhou } = searchCorpus();
    const { files } = await buildSearchBundle([kaizhou]);
    const server = serveBundle({ ...files, 'search/manifest.json': respond.networkFailure() });
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);

    backend.warm();
    await expect.poll(() => server.requested).toContain('search/manifest.json');
    server.set('search/manifest.json', files['search/manifest.json'] as object);
    expect((await backend.run(search('kaizhou'))).hits.map((hit) => hit.id)).toEqual([kaizhou.id]);
  });

  it('drops the answer to a search the page stopped waiting for', async () => {
    const { kaizhou, yongchuan } = searchCorpus();
    serveBundle((await buildSearchBundle([kaizhou, yongchuan])).files);
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);

    // The worker may well have answered before the cancel reached it; the page drops that answer.
    const typing = new AbortController();
    const stale = backend.run(search('开州'), typing.signal);
    typing.abort();
    const current = backend.run(search('永川'));

    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect((await current).hits.map((hit) => hit.id)).toEqual([yongchuan.id]);
  });

  it('reports files it cannot load as the page reports any data error', async () => {
    serveBundle({});
    const { worker } = fakeWorker();
    const backend = createWorkerSearchBackend(bundleRootUrl().href, () => worker);
    await expect(backend.run(search('党建'))).rejects.toMatchObject({
      name: 'HttpStatusError',
      status: 404,
      path: 'search/manifest.json',
    });
  });

  it('tells the engine when the page stops waiting, so a search stops fetching', async () => {
    const signals: AbortSignal[] = [];
    const engine = {
      warm: () => undefined,
      run: (_call: SearchCall, signal: AbortSignal) => {
        signals.push(signal);
        return new Promise((_, reject) => {
          signal.addEventListener('abort', () => reject(new Error('stopped')));
        });
      },
    } as unknown as SearchEngine;
    const { worker } = fakeWorker(() => engine);
    const backend = createWorkerSearchBackend('https://example.test/data/', () => worker);
    const typing = new AbortController();
    const stale = backend.run(search('开州'), typing.signal);
    await expect.poll(() => signals.length).toBe(1);
    typing.abort();
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    await expect.poll(() => signals[0]?.aborted).toBe(true);
  });

  it('lets a search go before the marks asked for earlier, which wait their turn', async () => {
    const started: string[] = [];
    // The first mark is still running when the search comes: the marks behind it wait, the
    // search does not. Waiting on that state, not on the order timers fire in, keeps the test
    // true on a busy machine.
    let finishFirstMark: () => void = () => undefined;
    const engine = {
      warm: () => undefined,
      run: (call: SearchCall) => {
        started.push(call.type === 'highlight' ? `mark ${call.query}` : call.type);
        if (call.type === 'highlight' && call.query === 'a') {
          return new Promise((resolve) => (finishFirstMark = () => resolve([[]])));
        }
        return Promise.resolve(call.type === 'highlight' ? [[]] : { hits: [], total: null });
      },
    } as unknown as SearchEngine;
    const { worker } = fakeWorker(() => engine);
    const backend = createWorkerSearchBackend('https://example.test/data/', () => worker);
    const marks = ['a', 'b', 'c'].map((q) =>
      backend.run({ type: 'highlight', query: q, texts: ['x'] }),
    );
    await backend.run(search('开州'));
    expect(started).toEqual(['mark a', 'search']);
    finishFirstMark();
    await Promise.all(marks);
    expect(started).toEqual(['mark a', 'search', 'mark b', 'mark c']);
  });

  it('holds the marks back while a page of results is being searched for', async () => {
    const started: string[] = [];
    let finishSearch = () => {};
    const engine = {
      warm: () => undefined,
      run: (call: SearchCall) => {
        started.push(call.type === 'highlight' ? `mark ${call.query}` : call.type);
        if (call.type === 'highlight') return Promise.resolve([[]]);
        return new Promise((resolve) => {
          finishSearch = () => resolve({ hits: [], total: null, facets: null });
        });
      },
    } as unknown as SearchEngine;
    const { worker } = fakeWorker(() => engine);
    const backend = createWorkerSearchBackend('https://example.test/data/', () => worker);
    const page = backend.run(search('开州', false));
    await expect.poll(() => started).toEqual(['search']);
    const marks = ['a', 'b'].map((q) => backend.run({ type: 'highlight', query: q, texts: ['x'] }));
    // Long enough for the marks to have run, had they not waited.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(started).toEqual(['search']);
    finishSearch();
    await Promise.all([page, ...marks]);
    expect(started).toEqual(['search', 'mark a', 'mark b']);
  });
});

describe('the engine’s requests', () => {
  /** The signal the request for `path` was made with (the first one for it). */
  const requestSignal = (path: string) => {
    const url = (input: RequestInfo | URL) =>
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call = vi.mocked(fetch).mock.calls.find(([input]) => url(input).endsWith(path));
    return call?.[1]?.signal ?? null;
  };

  it('cancels the files only searches typed past wait for, once the next one asks for its own', async () => {
    const server = serveBundle((await buildSearchBundle(Object.values(searchCorpus()))).files);
    server.set('search/meta.bin', respond.hang());
    const engine = new SearchEngine(bundleRootUrl().href);

    // Counts read the meta shard, which never arrives here; two searches wait for it.
    const first = new AbortController();
    const second = new AbortController();
    const counts = [
      engine.run(search('党建'), first.signal),
      engine.run(search('就业'), second.signal),
    ];
    // Their rejections are awaited at the end.
    for (const counting of counts) counting.catch(() => undefined);
    await expect.poll(() => server.requested).toContain('search/meta.bin');

    // One stops waiting: a new search's requests leave the file to the other.
    first.abort();
    await engine.run(search('ka', false));
    expect(server.requested).toContain('search/pinyin/ka.bin');
    expect(requestSignal('search/meta.bin')?.aborted).toBe(false);

    // Nobody waits any more: the next search's requests cancel it.
    second.abort();
    expect(requestSignal('search/meta.bin')?.aborted).toBe(false);
    const before = server.requested.length;
    await engine.run(search('广西', false));
    expect(server.requested.slice(before)).toEqual([expect.stringMatching(/^search\/regions\//)]);
    expect(requestSignal('search/meta.bin')?.aborted).toBe(true);
    for (const counting of counts) {
      await expect(counting).rejects.toMatchObject({ name: 'AbortError' });
    }
  });

  it('lets go of the files a call that failed was still waiting for', async () => {
    const server = serveBundle((await buildSearchBundle(Object.values(searchCorpus()))).files);
    server.set('search/meta.bin', respond.hang());
    // What a followed search has seen reads the days from the meta shard, asked for in the
    // same round as the title shard, which is not there: the call fails with the meta coming.
    server.set('search/title/h0.bin', respond.status(404));
    const engine = new SearchEngine(bundleRootUrl().href);
    const seen = { type: 'seen' as const, request: search('党建').request, context: {} };
    await expect(engine.run(seen, new AbortController().signal)).rejects.toThrow();
    expect(requestSignal('search/meta.bin')?.aborted).toBe(false);

    // Nobody waits for it any more: the next search's requests cancel it.
    await engine.run(search('ka', false));
    expect(requestSignal('search/meta.bin')?.aborted).toBe(true);
  });

  it('listens for the end of a search once, however many files it fetches', async () => {
    const server = serveBundle((await buildSearchBundle(Object.values(searchCorpus()))).files);
    const engine = new SearchEngine(bundleRootUrl().href);
    const listen = vi.spyOn(AbortSignal.prototype, 'addEventListener');
    const perSignal = new Map<unknown, number>();
    try {
      await engine.run(search('党建 就业'), new AbortController().signal);
      listen.mock.calls.forEach(([type], i) => {
        const signal = listen.mock.contexts[i];
        if (type === 'abort') perSignal.set(signal, (perSignal.get(signal) ?? 0) + 1);
      });
    } finally {
      listen.mockRestore();
    }
    const shards = server.requested.filter((file) => /^search\/.+\.bin$/.test(file));
    expect(shards.length).toBeGreaterThan(3);
    // On the call's own signal: one for the call, one for all of its fetches.
    expect(Math.max(...perSignal.values())).toBe(2);
  });

  it('cancels them at once when the page lets go of them after the next search began', async () => {
    const server = serveBundle((await buildSearchBundle(Object.values(searchCorpus()))).files);
    server.set('search/meta.bin', respond.hang());
    const engine = new SearchEngine(bundleRootUrl().href);
    const typing = new AbortController();
    const counting = engine.run(search('党建'), typing.signal);
    counting.catch(() => undefined);
    await expect.poll(() => server.requested).toContain('search/meta.bin');

    const next = engine.run(search('永川', false));
    typing.abort();
    expect(requestSignal('search/meta.bin')?.aborted).toBe(true);
    await expect(counting).rejects.toMatchObject({ name: 'AbortError' });
    expect((await next).hits).toHaveLength(1);
  });
});
