import type { FontSize, Theme } from './reader-settings';

/** The browser toolbar colour of each theme: the header's top rule and the dark page. */
const THEME_COLOR: Record<Theme, string> = { light: '#b3261e', dark: '#1d1a17' };

/**
 * The settings live on the root element, where tokens.css turns them into custom properties, so
 * that no component has to know about them.
 */
export function applyReaderSettings(
  root: HTMLElement,
  { fontSize, theme, elder = false }: { fontSize: FontSize; theme: Theme; elder?: boolean },
): void {
  root.dataset.fontSize = fontSize;
  root.dataset.theme = theme;
  if (elder) root.dataset.elder = '';
  else delete root.dataset.elder;
  root.ownerDocument
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute('content', THEME_COLOR[theme]);
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the system asks for dark colours; false where the browser cannot tell. */
export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Calls back when the system switches between light and dark; returns the unsubscribe. */
export function onSystemThemeChange(callback: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}
