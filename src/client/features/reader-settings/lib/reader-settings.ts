import type { Decoded } from '../../../lib/storage/persisted-store';

export type FontSize = 'small' | 'medium' | 'large' | 'xlarge';
export type ThemeSetting = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

export interface ReaderSettings {
  fontSize: FontSize;
  theme: ThemeSetting;
  /**
   * 长辈模式: the largest text, wide line spacing, 48 px targets, high contrast, no motion and
   * larger focus rings (elder.css), over whatever size and theme are chosen.
   */
  elder: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  fontSize: 'medium',
  theme: 'system',
  elder: false,
};

/** The steps offered, smallest first, with the names readers see. */
export const FONT_SIZES: readonly { value: FontSize; label: string }[] = [
  { value: 'small', label: '小' },
  { value: 'medium', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'xlarge', label: '特大' },
];

export const THEMES: readonly { value: ThemeSetting; label: string }[] = [
  { value: 'light', label: '浅色' },
  { value: 'dark', label: '深色' },
  { value: 'system', label: '跟随系统' },
];

/**
 * Settings are read field by field: a value this version does not know (from a newer one, or a
 * hand edit) falls back to its default without costing the other field.
 */
export function decodeReaderSettings(json: unknown): Decoded<ReaderSettings> | null {
  if (typeof json !== 'object' || json === null) return null;
  const { fontSize, theme, elder } = json as Record<string, unknown>;
  const knownFont = FONT_SIZES.find((step) => step.value === fontSize)?.value;
  const knownTheme = THEMES.find((option) => option.value === theme)?.value;
  // Settings saved before 长辈模式 existed have no such field: off, and nothing is wrong.
  const knownElder = elder === undefined || typeof elder === 'boolean';
  return {
    value: {
      fontSize: knownFont ?? DEFAULT_SETTINGS.fontSize,
      theme: knownTheme ?? DEFAULT_SETTINGS.theme,
      elder: elder === true,
    },
    complete: knownFont !== undefined && knownTheme !== undefined && knownElder,
  };
}

export function resolveTheme(setting: ThemeSetting, systemPrefersDark: boolean): Theme {
  if (setting === 'system') return systemPrefersDark ? 'dark' : 'light';
  return setting;
}
