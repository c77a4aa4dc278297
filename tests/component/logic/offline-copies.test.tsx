import { describe, expect, it, vi } from 'vitest';
import {
  createOfflineCopies,
  FAILURES_PER_SYNC,
  syncOfflineCopies,
  type CopyMemory,
} from '../../../src/client/features/offline/lib/offline-copies';
import { memoryCache } from '../support/offline';

const url = (id: string) => `http://reader.test/data/items/${id}.json`;

/** A server that answers every file but those listed as missing or unreachable. */
function server({ missing = [] as string[], unreachable = [] as string[] } = {}) {
  return vi.fn((requested: string) => {
    if (unreachable.includes(requested)) return Promise.reject(new TypeError('Failed to fetch'));
    if (missing.includes(requested)) return Promise.resolve(new Response('', { status: 404 }));
    return Promise.resolve(Response.json({ version: 1, url: requested }));
  });
}

describe('keeping copies of files for offline reading', () => {
  it('fetches the files it has no copy of, and only those', async () => {
    const { cache, urls } = memoryCache();
    await cache.put(url('a'), Response.json({}));
    const fetchFile = server();

    const result = await syncOfflineCopies(cache, [url('a'), url('b')], {
      fetchFile,
      prune: false,
    });

    expect(result).toEqual({
      added: [url('b')],
      removed: [],
      missing: [],
      failed: [],
      waiting: [],
    });
    expect(fetchFile).toHaveBeenCalledExactlyOnceWith(url('b'));
    expect(urls().sort()).toEqual([url('a'), url('b')]);
  });

  it('deletes copies nobody wants any more only when asked to prune', async () => {
    const { cache, urls } = memoryCache();
    await cache.put(url('old'), Response.json({}));

    await syncOfflineCopies(cache, [], { fetchFile: server(), prune: false });
    expect(urls()).toEqual([url('old')]);

    const result = await syncOfflineCopies(cache, [], { fetchFile: server(), prune: true });
    expect(result.removed).toEqual([url('old')]);
    expect(urls()).toEqual([]);
  });

  it('reports files it could not fetch, keeps no copy of an error, and goes on', async () => {
    const { cache, urls } = memoryCache();
    const fetchFile = server({ missing: [url('gone')], unreachable: [url('far')] });

    const result = await syncOfflineCopies(cache, [url('gone'), url('far'), url('ok')], {
      fetchFile,
      prune: false,
    });

    expect(result).toEqual({
      added: [url('ok')],
      removed: [],
      missing: [url('gone')],
      failed: [url('far')],
      waiting: [],
    });
    expect(urls()).toEqual([url('ok')]);
  });

  it('asks only for the files its memory says are due, and tells it how each went', async () => {
    const { cache } = memoryCache();
    const fetchFile = server({ missing: [url('gone')], unreachable: [url('far')] });
    const noted = new Map<string, string>();
    const memory: CopyMemory = {
      isDue: (requested) => requested !== url('waits'),
      note: (outcomes) => outcomes.forEach((outcome, requested) => noted.set(requested, outcome)),
      forgetAllBut: () => undefined,
    };

    const result = await syncOfflineCopies(
      cache,
      [url('waits'), url('gone'), url('far'), url('ok')],
      { fetchFile, prune: false, memory },
    );

    expect(fetchFile).not.toHaveBeenCalledWith(url('waits'));
    expect(result.waiting).toEqual([url('waits')]);
    expect(Object.fromEntries(noted)).toEqual({
      [url('gone')]: 'missing',
      [url('far')]: 'failed',
      [url('ok')]: 'copied',
    });
  });

  it(`stops after ${FAILURES_PER_SYNC} failures and leaves the rest for a later sync`, async () => {
    const { cache } = memoryCache();
    const wanted = Array.from({ length: 500 }, (_, i) => url(`unknown-${i}`));
    const fetchFile = server({ missing: wanted });

    const result = await syncOfflineCopies(cache, wanted, { fetchFile, prune: false });

    expect(fetchFile).toHaveBeenCalledTimes(FAILURES_PER_SYNC);
    expect(result.missing).toEqual(wanted.slice(0, FAILURES_PER_SYNC));
    expect(result.waiting).toEqual(wanted.slice(FAILURES_PER_SYNC));
  });

  it('stops at exactly that many failures when some files are copied among them', async () => {
    const { cache } = memoryCache();
    const unknown = Array.from({ length: 100 }, (_, i) => url(`unknown-${i}`));
    const wanted = [url('ok-1'), ...unknown.slice(0, 10), url('ok-2'), ...unknown.slice(10)];

    const result = await syncOfflineCopies(cache, wanted, {
      fetchFile: server({ missing: unknown }),
      prune: false,
    });

    expect(result.added).toEqual([url('ok-1'), url('ok-2')]);
    expect(result.missing).toHaveLength(FAILURES_PER_SYNC);
  });

  it('tells its memory to forget files no longer wanted when it prunes', async () => {
    const { cache } = memoryCache();
    const kept: string[][] = [];
    const memory: CopyMemory = {
      isDue: () => true,
      note: () => undefined,
      forgetAllBut: (wanted) => kept.push([...wanted]),
    };

    await syncOfflineCopies(cache, [url('a')], { fetchFile: server(), prune: false, memory });
    await syncOfflineCopies(cache, [url('a')], { fetchFile: server(), prune: true, memory });

    expect(kept).toEqual([[url('a')]]);
  });

  it('asks for a few files at a time, however many are wanted', async () => {
    const { cache } = memoryCache();
    let inFlight = 0;
    let most = 0;
    const fetchFile = async (requested: string) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return Response.json({ requested });
    };
    const wanted = Array.from({ length: 20 }, (_, i) => url(String(i)));

    const result = await syncOfflineCopies(cache, wanted, { fetchFile, prune: false });

    expect(result.added).toHaveLength(20);
    expect(most).toBe(4);
  });
});

describe('the copies of one cache over a visit', () => {
  it('run one sync at a time, catching up with the latest wanted set', async () => {
    const { cache, urls } = memoryCache();
    const fetchFile = server();
    const copies = createOfflineCopies(() => Promise.resolve(cache), fetchFile);

    void copies.keep([url('a')]);
    void copies.keep([url('a'), url('b')]);
    await copies.keep([url('a'), url('b'), url('c')]);

    expect(urls().sort()).toEqual([url('a'), url('b'), url('c')]);
    // The middle request was overtaken before it ran.
    expect(fetchFile).toHaveBeenCalledTimes(3);
  });

  it('prunes on its first sync only, so an undone removal keeps its copy', async () => {
    const { cache, urls } = memoryCache();
    await cache.put(url('unwanted'), Response.json({}));
    const copies = createOfflineCopies(() => Promise.resolve(cache), server());

    await copies.keep([url('a')]);
    expect(urls()).toEqual([url('a')]);

    await copies.keep([]);
    expect(urls()).toEqual([url('a')]);
  });

  it('tries a failed copy again on the next sync', async () => {
    const { cache, urls } = memoryCache();
    const offline = server({ unreachable: [url('a')] });
    const online = server();
    let fetchFile = offline;
    const copies = createOfflineCopies(
      () => Promise.resolve(cache),
      (requested) => fetchFile(requested),
    );

    await copies.keep([url('a')]);
    expect(urls()).toEqual([]);

    fetchFile = online;
    await copies.keep([url('a')]);
    expect(urls()).toEqual([url('a')]);
  });

  it('keeps going when the cache cannot be opened', async () => {
    const copies = createOfflineCopies(() => Promise.reject(new Error('quota')), server());
    await expect(copies.keep([url('a')])).resolves.toBeUndefined();
  });
});
