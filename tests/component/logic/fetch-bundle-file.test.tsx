import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchBundleBytes, TimeoutError } from '../../../src/client/lib/fetch-bundle-file';

const ROOT = 'http://127.0.0.1:9/data/';
const TIMEOUT_MS = 15_000;

/** A file whose headers and chunks arrive when the test says so; it fails if the client aborts. */
function slowFile() {
  let push!: (chunk: Uint8Array) => void;
  let end!: () => void;
  let fail!: (error: unknown) => void;
  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      push = (chunk) => stream.enqueue(chunk);
      end = () => stream.close();
      fail = (error) => stream.error(error);
    },
  });
  let answer!: () => void;
  // As `fetch` does, an abort fails the request, or its body once the headers are in.
  const response = (signal: AbortSignal | null | undefined) =>
    new Promise<Response>((resolve, reject) => {
      answer = () => resolve(new Response(body));
      signal?.addEventListener('abort', () => {
        const aborted = new DOMException('The operation was aborted.', 'AbortError');
        reject(aborted);
        fail(aborted);
      });
    });
  return {
    response,
    answer: () => answer(),
    push: (...bytes: number[]) => push(Uint8Array.from(bytes)),
    end: () => end(),
  };
}

describe('fetching bundle files on a slow link', () => {
  let files: Map<string, ReturnType<typeof slowFile>>;

  beforeEach(() => {
    vi.useFakeTimers();
    files = new Map();
    vi.stubGlobal('fetch', (input: URL, init?: RequestInit) => {
      const file = files.get(input.href.slice(ROOT.length));
      if (!file) throw new Error(`unexpected request ${input.href}`);
      return file.response(init?.signal);
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const settle = async (promise: Promise<Uint8Array>) => {
    const outcome = promise.then(
      (bytes) => ({ bytes: [...bytes] }),
      (error: unknown) => ({ error }),
    );
    await vi.advanceTimersByTimeAsync(0);
    return outcome;
  };

  it('waits as long as a large file keeps arriving, and as long as other files do', async () => {
    const large = slowFile();
    const queued = slowFile();
    files.set('search/meta.bin', large);
    files.set('search/regions/3.bin', queued);
    const meta = fetchBundleBytes('search/meta.bin', { root: ROOT });
    const regions = fetchBundleBytes('search/regions/3.bin', { root: ROOT });

    // The first file takes four timeouts to arrive, a chunk every two thirds of one; the second
    // waits its turn behind it, with nothing of its own for all that time.
    large.answer();
    for (let i = 0; i < 6; i++) {
      await vi.advanceTimersByTimeAsync((TIMEOUT_MS * 2) / 3);
      large.push(i);
    }
    large.end();
    queued.answer();
    queued.push(9);
    queued.end();

    expect(await settle(meta)).toEqual({ bytes: [0, 1, 2, 3, 4, 5] });
    expect(await settle(regions)).toEqual({ bytes: [9] });
  });

  it('gives up once nothing has arrived for the timeout, its own file or another', async () => {
    const stalled = slowFile();
    const other = slowFile();
    files.set('search/meta.bin', stalled);
    files.set('search/titles/0.bin', other);
    const meta = settle(fetchBundleBytes('search/meta.bin', { root: ROOT }));
    const titles = fetchBundleBytes('search/titles/0.bin', { root: ROOT });

    stalled.answer();
    stalled.push(1);
    other.answer();
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1_000);
    other.push(2);
    other.end();
    expect(await settle(titles)).toEqual({ bytes: [2] });

    // The other file kept the stalled one waiting: it gives up after a timeout with no progress
    // anywhere (checked once a timeout, so within two of the last progress).
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    let settled = false;
    void meta.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    const outcome = await meta;
    expect(outcome).toHaveProperty('error');
    expect((outcome as { error: unknown }).error).toBeInstanceOf(TimeoutError);
  });
});
