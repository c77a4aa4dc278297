import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { READING_KEY } from '../../src/client/features/reading-state/store/reading-store';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import { buildArticle, buildItemFile, buildManifest } from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

const PARAGRAPHS = 1_000;

function serveLongArticle() {
  const article = buildArticle({
    title: '很长的文章',
    paragraphs: Array.from({ length: PARAGRAPHS }, (_, n) => `第${n}段。`),
  });
  serveBundle({
    [bundlePaths.manifest()]: buildManifest(),
    [bundlePaths.item(article.id)]: buildItemFile(article),
  });
  return article;
}

const paragraphsInPage = () => document.querySelectorAll('[data-paragraph]').length;

function savedParagraph(id: string): number | undefined {
  const state = JSON.parse(localStorage.getItem(READING_KEY) ?? '{}') as {
    positions?: Record<string, { paragraph: number }>;
  };
  return state.positions?.[id]?.paragraph;
}

describe('a very long article', () => {
  it('shows its first screen in the first render and adds the rest after it', async () => {
    const article = serveLongArticle();
    // What the page held when its title first appeared: one observation per DOM change,
    // before any later task could add more.
    let firstRender: number | null = null;
    const observer = new MutationObserver(() => {
      if (firstRender === null && document.querySelector('h1')?.textContent === article.title) {
        firstRender = paragraphsInPage();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    renderApp(`/article/${article.id}`);

    await waitFor(() => expect(paragraphsInPage()).toBe(PARAGRAPHS));
    observer.disconnect();
    expect(firstRender).toBeGreaterThan(0);
    expect(firstRender).toBeLessThanOrEqual(100);
    expect(paragraphsInPage()).toBe(PARAGRAPHS);
  });

  it('reads a few paragraph boxes per scroll, not every paragraph', async () => {
    const article = serveLongArticle();
    renderApp(`/article/${article.id}`);
    await waitFor(() => expect(paragraphsInPage()).toBe(PARAGRAPHS));

    // jsdom has no layout: lay paragraphs out 30 px apart, scrolled to paragraph 700.
    let reads = 0;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      reads++;
      const n = Number(/^第(\d+)段/.exec(this.textContent)?.[1] ?? 0);
      return DOMRect.fromRect({ x: 0, y: (n - 700) * 30 - 10, width: 600, height: 25 });
    });
    vi.useFakeTimers();
    window.dispatchEvent(new Event('scroll'));
    // One frame to measure, then the pause after scrolling stops.
    await vi.advanceTimersByTimeAsync(600);
    vi.useRealTimers();

    expect(savedParagraph(article.id)).toBe(700);
    expect(reads).toBeLessThanOrEqual(2 * Math.log2(PARAGRAPHS) + 2);
  });

  it('reopens deep in the text at the paragraph where the reader stopped', async () => {
    const article = serveLongArticle();
    localStorage.setItem(
      READING_KEY,
      JSON.stringify({
        visited: {},
        positions: { [article.id]: { paragraph: 900, savedAt: 1 } },
      }),
    );
    const scrolledTo: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolledTo.push(this);
    };
    renderApp(`/article/${article.id}`);

    const mark = (await screen.findByText('上次读到这里')).parentElement as HTMLElement;
    expect(scrolledTo).toEqual([mark]);
    expect(mark.nextElementSibling).toHaveTextContent('第900段。');
  });
});
