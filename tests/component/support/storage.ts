import { act } from '@testing-library/react';
import type { StorageLike } from '../../../src/client/lib/storage/persisted-store';

/** A storage held in a Map, for stores tested on their own and as the base of failing fakes. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StorageLike & { data: Map<string, string> } = {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
  return storage;
}

/** Reads work; every write fails the way a full `localStorage` fails. */
export function fullStorage(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  storage.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return storage;
}

/** Every access fails, as when the browser blocks site data. */
export function blockedStorage(): StorageLike {
  const refuse = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  return { length: 0, key: refuse, getItem: refuse, setItem: refuse, removeItem: refuse };
}

/**
 * What the app sees when another tab writes: the value changes in the shared storage and a
 * `storage` event arrives (browsers never send it to the tab that wrote).
 */
export function writeFromAnotherTab(key: string, value: string | null) {
  const oldValue = localStorage.getItem(key);
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', { key, oldValue, newValue: value, storageArea: localStorage }),
    );
  });
}
