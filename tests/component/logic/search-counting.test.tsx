import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../src/client/app/provider';
import { createReaderStores } from '../../../src/client/app/reader-stores';
import {
  COUNT_DELAY_MS,
  useSearchResults,
} from '../../../src/client/features/search/api/search-items';
import type { SearchBackend } from '../../../src/client/features/search/lib/search-backend';
import { createQueryClient } from '../../../src/client/lib/query-client';
import type { SearchRequest } from '../../../src/domain/search/query/search-types';
import { memoryStorage } from '../support/storage';

const request = (text: string): SearchRequest => ({ text, filters: {}, page: 1 });

/**
 * A backend that finds nothing at once for a first page and keeps a count running until its
 * signal aborts, recording each search.
 */
function holdingBackend() {
  const searches: { text: string; complete: boolean; signal?: AbortSignal }[] = [];
  const backend: SearchBackend = {
    run: (call, signal) => {
      if (call.type !== 'search') return Promise.reject(new Error(`No ${call.type} here.`));
      const complete = call.context.complete ?? false;
      searches.push({ text: call.request.text, complete, signal });
      if (!complete) return Promise.resolve({ hits: [], total: null, facets: null } as never);
      return new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(signal.reason as Error)),
      );
    },
    warm: () => undefined,
    dispose: () => undefined,
  };
  const counts = (text: string) => searches.filter((s) => s.complete && s.text === text);
  return { backend, counts };
}

/** The results hook for the search in the address, which the test moves by hand. */
function renderResults(backend: SearchBackend) {
  const queryClient = createQueryClient({ retry: false });
  const stores = createReaderStores(memoryStorage());
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProvider queryClient={queryClient} stores={stores} searchBackend={backend}>
      {children}
    </AppProvider>
  );
  return renderHook(({ asked }: { asked: SearchRequest }) => useSearchResults(asked), {
    wrapper,
    initialProps: { asked: request('党建') },
  });
}

/** Lets the page's search answer, then the count's delay pass. */
const pauseTyping = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(COUNT_DELAY_MS + 1);
  });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('counting the results of a search', () => {
  it('starts once typing pauses on the search in the address', async () => {
    const { backend, counts } = holdingBackend();
    renderResults(backend);
    await pauseTyping();
    expect(counts('党建')).toHaveLength(1);
  });

  it('leaves out a search the reader typed past before the address caught up', async () => {
    // The box starts the next search at once; the router writes it to the address in a
    // transition, a render later. A count due in between must not start.
    const { backend, counts } = holdingBackend();
    const { result } = renderResults(backend);
    act(() => result.current.start(request('党建工作')));
    await pauseTyping();
    expect(counts('党建')).toHaveLength(0);
  });

  it('stops a count running when the reader types on', async () => {
    const { backend, counts } = holdingBackend();
    const { result, rerender } = renderResults(backend);
    await pauseTyping();
    const [running] = counts('党建');
    expect(running?.signal?.aborted).toBe(false);
    act(() => result.current.start(request('党建工作')));
    // In the input event itself, before the address holds the new search.
    expect(running?.signal?.aborted).toBe(true);
    rerender({ asked: request('党建工作') });
    await pauseTyping();
    expect(counts('党建工作')).toHaveLength(1);
  });
});
