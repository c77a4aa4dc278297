import { describe, expect, it } from 'vitest';
import {
  bundleEdition,
  decodeCopyFailures,
  EMPTY_COPY_FAILURES,
  FIRST_RETRY_MS,
  isDue,
  LONGEST_RETRY_MS,
  onlyFor,
  retryDelay,
  withOutcomes,
  type CopyOutcome,
} from '../../../src/client/features/offline/lib/copy-failures';
import {
  COPY_FAILURES_KEY,
  createCopyFailureStore,
} from '../../../src/client/features/offline/store/copy-failure-store';

const outcomes = (entries: Record<string, CopyOutcome>) => new Map(Object.entries(entries));
const MINUTE = 60_000;

describe('remembering failed offline copies', () => {
  it('does not ask again for a file the server did not have, until the bundle changes', () => {
    const state = withOutcomes(EMPTY_COPY_FAILURES, outcomes({ gone: 'missing' }), 'e1', 0);

    expect(isDue(state, 'gone', 'e1', 365 * 24 * 60 * MINUTE)).toBe(false);
    expect(isDue(state, 'gone', 'e2', 0)).toBe(true);
    // While the current edition is not known, it waits too.
    expect(isDue(state, 'gone', null, 0)).toBe(false);
  });

  it('asks once more, when the edition is known, for a file found missing before it was', () => {
    const state = withOutcomes(EMPTY_COPY_FAILURES, outcomes({ gone: 'missing' }), null, 0);

    expect(isDue(state, 'gone', null, 0)).toBe(false);
    expect(isDue(state, 'gone', 'e1', 0)).toBe(true);
  });

  it('waits after each failure to reach a file, twice as long each time, up to a day', () => {
    let state = EMPTY_COPY_FAILURES;
    let now = 0;
    const waits: number[] = [];
    for (let failure = 1; failure <= 12; failure++) {
      state = withOutcomes(state, outcomes({ far: 'failed' }), 'e1', now);
      const wait = (state.retry.far?.next ?? 0) - now;
      expect(isDue(state, 'far', 'e1', now + wait - 1)).toBe(false);
      expect(isDue(state, 'far', 'e1', now + wait)).toBe(true);
      waits.push(wait);
      now += wait;
    }
    expect(waits.slice(0, 4)).toEqual([1, 2, 4, 8].map((n) => n * FIRST_RETRY_MS));
    expect(waits.at(-1)).toBe(LONGEST_RETRY_MS);
    expect(retryDelay(1_000)).toBe(LONGEST_RETRY_MS);
  });

  it('forgets a failure once the copy is made', () => {
    let state = withOutcomes(EMPTY_COPY_FAILURES, outcomes({ a: 'missing', b: 'failed' }), 'e1', 0);
    state = withOutcomes(state, outcomes({ a: 'copied', b: 'copied' }), 'e2', 0);

    expect(state).toEqual(EMPTY_COPY_FAILURES);
  });

  it('changes nothing when nothing new was learnt', () => {
    const state = withOutcomes(EMPTY_COPY_FAILURES, outcomes({ a: 'missing' }), 'e1', 0);

    expect(withOutcomes(state, outcomes({ a: 'missing', b: 'copied' }), 'e1', 5)).toBe(state);
  });

  it('forgets the failures of items no longer wanted', () => {
    const state = withOutcomes(
      EMPTY_COPY_FAILURES,
      outcomes({ a: 'missing', b: 'failed' }),
      'e',
      0,
    );

    expect(onlyFor(state, new Set(['b']))).toEqual({ missing: {}, retry: { b: state.retry.b } });
    expect(onlyFor(state, new Set(['a', 'b']))).toBe(state);
  });

  it('drops stored entries that do not check out and keeps the rest', () => {
    expect(
      decodeCopyFailures({
        missing: { a: 'e1', b: 3 },
        retry: { c: { failures: 2, next: 10 }, d: { failures: 0, next: 1 }, e: 'x' },
      }),
    ).toEqual({
      value: { missing: { a: 'e1' }, retry: { c: { failures: 2, next: 10 } } },
      complete: true,
    });
    expect(decodeCopyFailures([])).toBeNull();
  });

  it('names an edition of the bundle after its manifest', () => {
    const manifest = JSON.stringify({ version: 1, counts: { articles: 3, teasers: 1 } });
    const next = JSON.stringify({ version: 1, counts: { articles: 4, teasers: 1 } });

    expect(bundleEdition(manifest)).toBe(bundleEdition(manifest));
    expect(bundleEdition(manifest)).not.toBe(bundleEdition(next));
  });

  it('keeps what it learnt in storage for the next visit, by item id', () => {
    let now = 1_000;
    const store = createCopyFailureStore(localStorage, { now: () => now });
    const idOf = new Map([
      ['http://reader.test/data/items/gone.json', 'gone'],
      ['http://reader.test/data/items/far.json', 'far'],
    ]);
    store.memoryFor(idOf, 'e1').note(
      new Map<string, CopyOutcome>([
        ['http://reader.test/data/items/gone.json', 'missing'],
        ['http://reader.test/data/items/far.json', 'failed'],
      ]),
    );

    expect(JSON.parse(localStorage.getItem(COPY_FAILURES_KEY) ?? '')).toEqual({
      version: 1,
      missing: { gone: 'e1' },
      retry: { far: { failures: 1, next: 1_000 + FIRST_RETRY_MS } },
    });
    const memory = createCopyFailureStore(localStorage, { now: () => now }).memoryFor(idOf, 'e1');
    expect(memory.isDue('http://reader.test/data/items/gone.json')).toBe(false);
    expect(memory.isDue('http://reader.test/data/items/far.json')).toBe(false);
    now += FIRST_RETRY_MS;
    expect(memory.isDue('http://reader.test/data/items/far.json')).toBe(true);
  });
});
