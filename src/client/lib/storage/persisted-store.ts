/**
 * A small store over one `localStorage` key, for `useSyncExternalStore`. It is built for the
 * ways storage fails in real browsers, so that the reader keeps reading whatever happens:
 *
 * - no storage at all (private modes, blocked site data): values live in memory for the visit;
 * - a full or refusing storage: the change is kept in memory and the failure is reported;
 * - stored text that does not decode (hand edits, another version, a broken write): it is never
 *   overwritten silently. A store that keeps unreadable data copies it aside under
 *   `<key>:unreadable:<time>` first, and only then saves over it; if the copy cannot be made,
 *   saving pauses until the reader has exported or discarded the data.
 * - other tabs: the `storage` event re-reads the key, so every open tab shows the same state.
 */

/** The part of the Web Storage API the store uses; tests pass failing fakes of it. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What a decoder could make of stored JSON; `complete: false` means some of it was dropped. */
export interface Decoded<T> {
  value: T;
  complete: boolean;
}

export interface UnreadableData {
  /** How many unreadable copies are kept, set aside in storage or held in memory. */
  copies: number;
  /** Part of the unreadable data could be read and is in use. */
  partlyRead: boolean;
  /** The copy could not be set aside, so nothing is saved until the reader deals with it. */
  savingPaused: boolean;
}

export interface StorageStatus {
  /** The browser gives no storage: everything lasts only as long as this page. */
  unavailable: boolean;
  /** The last save failed (storage full or refused); the newest changes live only in this page. */
  saveFailed: boolean;
  /** Stored data that could not be read, kept for the reader to export; null when there is none. */
  unreadable: UnreadableData | null;
}

export interface PersistedSnapshot<T> {
  value: T;
  status: StorageStatus;
}

export interface PersistedStoreOptions<T> {
  key: string;
  /** The value when nothing usable is stored. */
  empty: T;
  /** Turns parsed JSON into a value; null when nothing in it is usable. */
  decode: (json: unknown) => Decoded<T> | null;
  /** What is written, as a JSON-serialisable value. */
  encode: (value: T) => unknown;
  /** Copy unreadable data aside before saving over it (bookmarks), or simply replace it (settings). */
  keepUnreadable: boolean;
  /** Milliseconds since the epoch, for the names of set-aside copies. */
  now?: () => number;
}

export interface PersistedStore<T> {
  getSnapshot: () => PersistedSnapshot<T>;
  subscribe: (listener: () => void) => () => void;
  /** Applies a change and saves it; the change stays in memory even when saving fails. */
  update: (change: (value: T) => T) => void;
  /** The raw text of every unreadable copy, oldest first, for the reader to export. */
  unreadableCopies: () => string[];
  /** Forgets every unreadable copy and resumes saving. */
  discardUnreadable: () => void;
}

const HEALTHY: StorageStatus = { unavailable: false, saveFailed: false, unreadable: null };

export function createPersistedStore<T>(
  storage: StorageLike | null,
  options: PersistedStoreOptions<T>,
): PersistedStore<T> {
  const { key, empty, decode, encode, keepUnreadable, now = Date.now } = options;
  const asidePrefix = `${key}:unreadable:`;
  const listeners = new Set<() => void>();
  /** Unreadable text that could not be set aside; saving is paused while it is held. */
  let held: string | null = null;
  let snapshot: PersistedSnapshot<T> = read();

  function emit() {
    for (const listener of listeners) listener();
  }

  function setSnapshot(next: PersistedSnapshot<T>) {
    snapshot = next;
    emit();
  }

  function asideKeys(): string[] {
    if (!storage) return [];
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const name = storage.key(i);
        if (name?.startsWith(asidePrefix)) keys.push(name);
      }
    } catch {
      return [];
    }
    // Names end in a timestamp of fixed width for centuries to come, so text order is time order.
    return keys.sort();
  }

  /** Copies unreadable text aside; true when it is safe in storage (now or from an earlier visit). */
  function setAside(raw: string): boolean {
    if (!storage) return false;
    try {
      if (asideKeys().some((name) => storage.getItem(name) === raw)) return true;
      let name = `${asidePrefix}${now()}`;
      for (let n = 2; storage.getItem(name) !== null; n++) name = `${asidePrefix}${now()}-${n}`;
      storage.setItem(name, raw);
      return true;
    } catch {
      return false;
    }
  }

  function unreadableStatus(partlyRead: boolean): UnreadableData | null {
    const copies = asideKeys().length + (held === null ? 0 : 1);
    if (copies === 0) return null;
    return { copies, partlyRead, savingPaused: held !== null };
  }

  function read(): PersistedSnapshot<T> {
    if (!storage) return { value: empty, status: { ...HEALTHY, unavailable: true } };
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return { value: empty, status: { ...HEALTHY, unavailable: true } };
    }
    held = null;
    if (raw === null) return { value: empty, status: statusAfterRead(false) };

    const decoded = decodeText(raw);
    if (decoded?.complete) return { value: decoded.value, status: statusAfterRead(false) };

    const value = decoded?.value ?? empty;
    if (!keepUnreadable) return { value, status: statusAfterRead(false) };
    if (setAside(raw)) {
      // The original is safe under its own key, so the readable part may now replace it.
      const saved = write(value);
      return { value, status: { ...statusAfterRead(decoded !== null), saveFailed: !saved } };
    }
    held = raw;
    return { value, status: statusAfterRead(decoded !== null) };
  }

  function statusAfterRead(partlyRead: boolean): StorageStatus {
    return { ...HEALTHY, unreadable: keepUnreadable ? unreadableStatus(partlyRead) : null };
  }

  function decodeText(raw: string): Decoded<T> | null {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return null;
    }
    return decode(json);
  }

  function write(value: T): boolean {
    if (!storage) return false;
    try {
      storage.setItem(key, JSON.stringify(encode(value)));
      return true;
    } catch {
      return false;
    }
  }

  const onStorage = (event: StorageEvent) => {
    // `key` is null when another tab cleared the whole storage.
    if (event.key !== null && event.key !== key && !event.key.startsWith(asidePrefix)) return;
    setSnapshot(read());
  };

  return {
    getSnapshot: () => snapshot,

    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },

    update(change) {
      const value = change(snapshot.value);
      if (Object.is(value, snapshot.value)) return;
      const { status } = snapshot;
      if (status.unavailable || held !== null) {
        setSnapshot({ value, status });
        return;
      }
      const saved = write(value);
      setSnapshot({
        value,
        status: status.saveFailed === !saved ? status : { ...status, saveFailed: !saved },
      });
    },

    unreadableCopies() {
      const copies: string[] = [];
      if (storage) {
        for (const name of asideKeys()) {
          try {
            const text = storage.getItem(name);
            if (text !== null) copies.push(text);
          } catch {
            // A copy that cannot be read back cannot be exported either; the others still can.
          }
        }
      }
      if (held !== null) copies.push(held);
      return copies;
    },

    discardUnreadable() {
      if (storage) {
        for (const name of asideKeys()) {
          try {
            storage.removeItem(name);
          } catch {
            // Left in place; it will be reported again on the next visit.
          }
        }
      }
      const wasPaused = held !== null;
      held = null;
      const saved = wasPaused ? write(snapshot.value) : !snapshot.status.saveFailed;
      setSnapshot({
        value: snapshot.value,
        status: { ...snapshot.status, saveFailed: !saved, unreadable: unreadableStatus(false) },
      });
    },
  };
}

/**
 * The page's `localStorage`, or null where the browser refuses it: merely reading the property
 * throws a SecurityError when site data is blocked.
 */
export function browserLocalStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
