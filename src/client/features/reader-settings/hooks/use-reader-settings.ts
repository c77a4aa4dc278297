import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { StorageStatus } from '../../../lib/storage/persisted-store';
import {
  applyReaderSettings,
  onSystemThemeChange,
  systemPrefersDark,
} from '../lib/apply-reader-settings';
import { resolveTheme, type ReaderSettings } from '../lib/reader-settings';
import { useReaderSettingsStore } from '../store/reader-settings-store';

export function useReaderSettings(): ReaderSettings {
  const store = useReaderSettingsStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot).value;
}

export function useReaderSettingsStorageStatus(): StorageStatus {
  const store = useReaderSettingsStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot).status;
}

function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(onSystemThemeChange, systemPrefersDark);
}

/** Keeps the document's font size, theme and 长辈模式 in step with the settings and the system theme. */
export function useApplyReaderSettings(): void {
  const { fontSize, theme, elder } = useReaderSettings();
  const prefersDark = useSystemPrefersDark();
  // Before paint, so a dark-theme reader never sees a light frame.
  useLayoutEffect(() => {
    applyReaderSettings(document.documentElement, {
      fontSize,
      theme: resolveTheme(theme, prefersDark),
      elder,
    });
  }, [fontSize, theme, elder, prefersDark]);
}
