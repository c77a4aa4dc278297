import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// findBy… and waitFor wait for a condition; the 1 s they give up after by default is too short
// when the machine is busy with other work (a second test run, a build), so they wait longer.
configure({ asyncUtilTimeout: 15_000 });

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
