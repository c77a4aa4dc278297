import { describe, expect, it, vi } from 'vitest';
import {
  createPersistedStore,
  type Decoded,
  type StorageLike,
} from '../../../src/client/lib/storage/persisted-store';
import { blockedStorage, fullStorage, memoryStorage } from '../support/storage';

/** A store of a list of words; anything else in storage is unreadable. */
function wordStore(storage: StorageLike | null, keepUnreadable = true) {
  let clock = 1_700_000_000_000;
  return createPersistedStore<string[]>(storage, {
    key: 'words',
    empty: [],
    decode: (json): Decoded<string[]> | null => {
      if (!Array.isArray(json)) return null;
      const words = json.filter((w): w is string => typeof w === 'string');
      return { value: words, complete: words.length === json.length };
    },
    encode: (words) => words,
    keepUnreadable,
    now: () => clock++,
  });
}

const healthy = { unavailable: false, saveFailed: false, unreadable: null };

describe('a store over localStorage', () => {
  it('reads what is stored and saves each change', () => {
    const storage = memoryStorage({ words: '["一"]' });
    const store = wordStore(storage);
    store.update((words) => [...words, '二']);

    expect(store.getSnapshot()).toEqual({ value: ['一', '二'], status: healthy });
    expect(storage.getItem('words')).toBe('["一","二"]');
  });

  it('tells its subscribers of every change', () => {
    const store = wordStore(memoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update(() => ['一']);
    store.update((words) => words);
    unsubscribe();
    store.update(() => ['二']);

    expect(listener).toHaveBeenCalledOnce();
  });

  it('works from memory when there is no storage, and says so', () => {
    for (const storage of [null, blockedStorage()]) {
      const store = wordStore(storage);
      store.update(() => ['一']);

      expect(store.getSnapshot()).toEqual({
        value: ['一'],
        status: { ...healthy, unavailable: true },
      });
    }
  });

  it('keeps a change it could not save, and says so until a save succeeds', () => {
    const storage = fullStorage({ words: '["一"]' });
    const store = wordStore(storage);
    store.update((words) => [...words, '二']);

    expect(store.getSnapshot()).toEqual({
      value: ['一', '二'],
      status: { ...healthy, saveFailed: true },
    });
    expect(storage.getItem('words')).toBe('["一"]');

    storage.setItem = (key, value) => void storage.data.set(key, value);
    store.update((words) => [...words, '三']);
    expect(store.getSnapshot().status).toEqual(healthy);
    expect(storage.getItem('words')).toBe('["一","二","三"]');
  });

  it('sets unreadable data aside under its own key before saving over it', () => {
    const storage = memoryStorage({ words: '{"oops"' });
    const store = wordStore(storage);

    expect(store.getSnapshot()).toEqual({
      value: [],
      status: { ...healthy, unreadable: { copies: 1, partlyRead: false, savingPaused: false } },
    });
    expect(storage.getItem('words:unreadable:1700000000000')).toBe('{"oops"');
    expect(store.unreadableCopies()).toEqual(['{"oops"']);

    store.update(() => ['新']);
    expect(storage.getItem('words')).toBe('["新"]');
    expect(store.unreadableCopies()).toEqual(['{"oops"']);
  });

  it('uses the readable part of damaged data and keeps the whole original aside', () => {
    const storage = memoryStorage({ words: '["一", 2, "三"]' });
    const store = wordStore(storage);

    expect(store.getSnapshot().value).toEqual(['一', '三']);
    expect(store.getSnapshot().status.unreadable).toEqual({
      copies: 1,
      partlyRead: true,
      savingPaused: false,
    });
    expect(store.unreadableCopies()).toEqual(['["一", 2, "三"]']);
    expect(storage.getItem('words')).toBe('["一","三"]');
  });

  it('sets the same unreadable text aside only once, however often it is read', () => {
    const storage = memoryStorage({ words: 'oops' });
    wordStore(storage);
    storage.setItem('words', 'oops');
    wordStore(storage);

    expect([...storage.data.keys()].filter((k) => k.startsWith('words:unreadable:'))).toHaveLength(
      1,
    );
  });

  it('pauses saving when unreadable data cannot be set aside, until the reader lets it go', () => {
    const storage = fullStorage({ words: 'oops' });
    const store = wordStore(storage);
    store.update(() => ['新']);

    expect(store.getSnapshot().status.unreadable).toEqual({
      copies: 1,
      partlyRead: false,
      savingPaused: true,
    });
    expect(storage.getItem('words')).toBe('oops');
    expect(store.unreadableCopies()).toEqual(['oops']);

    storage.setItem = (key, value) => void storage.data.set(key, value);
    store.discardUnreadable();
    expect(store.getSnapshot().status).toEqual(healthy);
    expect(storage.getItem('words')).toBe('["新"]');
  });

  it('forgets set-aside copies when the reader discards them', () => {
    const storage = memoryStorage({ words: 'oops', 'words:unreadable:1': 'older' });
    const store = wordStore(storage);

    expect(store.unreadableCopies()).toEqual(['older', 'oops']);
    store.discardUnreadable();
    expect(store.unreadableCopies()).toEqual([]);
    expect(store.getSnapshot().status.unreadable).toBeNull();
    expect([...storage.data.keys()]).toEqual(['words']);
  });

  it('simply replaces unreadable data when it is not worth keeping', () => {
    const storage = memoryStorage({ words: 'oops' });
    const store = wordStore(storage, false);

    expect(store.getSnapshot().status).toEqual(healthy);
    store.update(() => ['新']);
    expect([...storage.data.entries()]).toEqual([['words', '["新"]']]);
  });

  it('follows changes another tab makes', () => {
    const store = wordStore(localStorage);
    const listener = vi.fn();
    store.subscribe(listener);
    localStorage.setItem('words', '["别的标签页"]');
    window.dispatchEvent(new StorageEvent('storage', { key: 'words' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated' }));

    expect(store.getSnapshot().value).toEqual(['别的标签页']);
    expect(listener).toHaveBeenCalledOnce();
  });
});
