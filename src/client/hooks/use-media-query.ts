import { useSyncExternalStore } from 'react';

/** Whether a media query matches now, following changes; `fallback` where there is no matchMedia. */
export function useMediaQuery(query: string, fallback = true): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback),
    () => fallback,
  );
}

/** Where the home page and search put their side column beside the main one (layout.css). */
export const WIDE_SCREEN = '(min-width: 60rem)';
