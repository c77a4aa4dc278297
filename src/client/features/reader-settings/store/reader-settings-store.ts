import {
  createPersistedStore,
  type PersistedStore,
  type StorageLike,
} from '../../../lib/storage/persisted-store';
import { STORAGE_KEYS } from '../../../lib/storage/storage-keys';
import { createStoreContext } from '../../../lib/storage/store-context';
import {
  DEFAULT_SETTINGS,
  decodeReaderSettings,
  type FontSize,
  type ReaderSettings,
  type ThemeSetting,
} from '../lib/reader-settings';

export const SETTINGS_KEY = STORAGE_KEYS.settings;

export interface ReaderSettingsStore extends PersistedStore<ReaderSettings> {
  setFontSize: (fontSize: FontSize) => void;
  setTheme: (theme: ThemeSetting) => void;
  setElder: (elder: boolean) => void;
}

export function createReaderSettingsStore(storage: StorageLike | null): ReaderSettingsStore {
  const store = createPersistedStore<ReaderSettings>(storage, {
    key: SETTINGS_KEY,
    empty: DEFAULT_SETTINGS,
    decode: decodeReaderSettings,
    encode: (settings) => ({ version: 1, ...settings }),
    // Choices a reader makes again in a second; not worth a warning or a kept copy.
    keepUnreadable: false,
  });
  return {
    ...store,
    setFontSize: (fontSize) =>
      store.update((s) => (s.fontSize === fontSize ? s : { ...s, fontSize })),
    setTheme: (theme) => store.update((s) => (s.theme === theme ? s : { ...s, theme })),
    setElder: (elder) => store.update((s) => (s.elder === elder ? s : { ...s, elder })),
  };
}

export const [ReaderSettingsStoreProvider, useReaderSettingsStore] =
  createStoreContext<ReaderSettingsStore>('useReaderSettingsStore');
