import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

beforeEach(() => {
  // jsdom has no layout, so it does not implement scrolling; the router's scroll restoration
  // calls it on every navigation, and the article page scrolls to where the reader stopped.
  vi.stubGlobal('scrollTo', () => undefined);
  Element.prototype.scrollIntoView = () => undefined;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
  localStorage.clear();
  document.title = '';
  // The reader's settings live on <html>, which outlives each test's render.
  const root = document.documentElement;
  delete root.dataset.theme;
  delete root.dataset.fontSize;
});
