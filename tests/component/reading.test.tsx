import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { READING_KEY } from '../../src/client/features/reading-state/store/reading-store';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
  buildTeaser,
} from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

const description = () =>
  document.querySelector('meta[name="description"]')?.getAttribute('content');

function serveArticle(overrides: Parameters<typeof buildArticle>[0] = {}) {
  const article = buildArticle(overrides);
  serveBundle({
    [bundlePaths.manifest()]: buildManifest(),
    [bundlePaths.item(article.id)]: buildItemFile(article),
  });
  return article;
}

function readingState() {
  return JSON.parse(localStorage.getItem(READING_KEY) ?? '{}') as {
    visited?: Record<string, number>;
    positions?: Record<string, { paragraph: number }>;
  };
}

describe('the article page for reading', () => {
  it('estimates the reading time from the length of the text', async () => {
    const article = serveArticle({ paragraphs: ['字'.repeat(1000), '文'.repeat(600)] });
    renderApp(`/article/${article.id}`);

    const length = await screen.findByText(
      (_, element) => element?.textContent === '1600 字，约 4 分钟' && element.tagName === 'SPAN',
    );
    expect(length).toBeVisible();
  });

  it('describes itself with its opening words, for link previews', async () => {
    const article = serveArticle({ paragraphs: ['教'.repeat(120), '第二段'] });
    renderApp(`/article/${article.id}`);

    await screen.findByRole('heading', { level: 1, name: article.title });
    expect(description()).toBe(`${'教'.repeat(110)}…`);
  });

  it('copies a link to the article that works from anywhere', async () => {
    const article = serveArticle();
    const { user } = renderApp(`/article/${article.id}`);

    await user.click(await screen.findByRole('button', { name: '复制链接' }));

    expect(await screen.findByText('链接已复制')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(
      `http://localhost:3000/#/article/${article.id}`,
    );
  });

  it('offers the system share sheet where the browser has one', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }));
    const article = serveArticle({ title: '可以分享的文章' });
    const { user } = renderApp(`/article/${article.id}`);

    await user.click(await screen.findByRole('button', { name: '分享' }));

    expect(share).toHaveBeenCalledWith({
      title: '可以分享的文章',
      url: `http://localhost:3000/#/article/${article.id}`,
    });
    expect(screen.queryByText('链接已复制')).not.toBeInTheDocument();
  });

  it('shows the link to copy by hand when the browser refuses to copy', async () => {
    const article = serveArticle();
    const { user } = renderApp(`/article/${article.id}`);
    await screen.findByRole('button', { name: '复制链接' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));

    await user.click(screen.getByRole('button', { name: '复制链接' }));

    expect(await screen.findByLabelText(/请手动复制这个链接/)).toHaveValue(
      `http://localhost:3000/#/article/${article.id}`,
    );
  });
});

describe('the reading position', () => {
  it('reopens an article where the reader stopped, and can start over from the top', async () => {
    const article = serveArticle({ paragraphs: ['第一段。', '第二段。', '第三段。'] });
    localStorage.setItem(
      READING_KEY,
      JSON.stringify({ visited: {}, positions: { [article.id]: { paragraph: 2, savedAt: 1 } } }),
    );
    const scrolledTo: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolledTo.push(this);
    };
    const { user } = renderApp(`/article/${article.id}`);

    const mark = (await screen.findByText('上次读到这里')).parentElement as HTMLElement;
    expect(scrolledTo).toEqual([mark]);
    // The mark sits right before the paragraph the reader had reached.
    expect(mark.nextElementSibling).toHaveTextContent('第三段。');

    await user.click(within(mark).getByRole('button', { name: '回到开头' }));
    expect(screen.queryByText('上次读到这里')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: article.title })).toHaveFocus();
    expect(readingState().positions?.[article.id]).toBeUndefined();
  });

  it('remembers the paragraph at the top of the screen as the reader scrolls', async () => {
    const article = serveArticle({ paragraphs: ['第一段。', '第二段。', '第三段。'] });
    renderApp(`/article/${article.id}`);
    await screen.findByRole('heading', { level: 1, name: article.title });

    // jsdom has no layout: place the paragraphs as if the reader had scrolled into the second.
    const boxes = [
      { top: -900, bottom: -500 },
      { top: -480, bottom: 300 },
      { top: 320, bottom: 2000 },
    ];
    for (const [index, text] of article.paragraphs.entries()) {
      const box = boxes[index] as { top: number; bottom: number };
      vi.spyOn(screen.getByText(text), 'getBoundingClientRect').mockReturnValue(
        DOMRect.fromRect({ x: 0, y: box.top, width: 600, height: box.bottom - box.top }),
      );
    }
    vi.useFakeTimers();
    window.dispatchEvent(new Event('scroll'));
    // One frame to measure, then the pause after scrolling stops.
    await vi.advanceTimersByTimeAsync(600);
    vi.useRealTimers();

    expect(readingState().positions?.[article.id]?.paragraph).toBe(1);
  });

  it('does not mark a position in an article the reader has not read into', async () => {
    const article = serveArticle();
    renderApp(`/article/${article.id}`);

    await screen.findByRole('heading', { level: 1, name: article.title });
    expect(screen.queryByText('上次读到这里')).not.toBeInTheDocument();
  });
});

describe('visited items', () => {
  it('look visited in the lists once opened', async () => {
    const article = buildArticle({ title: '读过的文章' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({ hot: [] }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
        items: [
          buildSummary({ id: article.id, title: article.title }),
          buildSummary({ title: '没读过的文章' }),
        ],
      }),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    const { user } = renderApp('/');

    const entry = (name: string) => screen.getByRole('link', { name }).closest('li') as HTMLElement;
    await user.click(await screen.findByRole('link', { name: '读过的文章' }));
    await screen.findByRole('heading', { level: 1, name: '读过的文章' });
    await user.click(screen.getByRole('link', { name: '首页' }));

    await screen.findByRole('link', { name: '读过的文章' });
    expect(within(entry('读过的文章')).getByText('已读')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '读过的文章' })).toHaveClass(
      'item-list__title--visited',
    );
    expect(within(entry('没读过的文章')).queryByText('已读')).not.toBeInTheDocument();
    expect(readingState().visited).toHaveProperty(article.id);
  });
});

describe('titles and descriptions', () => {
  it('gives every route its own title and meta description', async () => {
    const teaser = buildTeaser({ title: '只知道标题的条目' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({
        latestArticles: { pageSize: 30, pages: 2, total: 31, months: [] },
      }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
      // 31 undated articles: page 2 is the 31st, in the second undated file.
      [bundlePaths.latestArticlesPage({ undated: 2 })]: buildLatestPage(),
      [bundlePaths.item(teaser.id)]: buildItemFile(teaser),
    });
    const { router } = renderApp('/');
    const seen: [string, string | null | undefined][] = [];
    const visit = async (path: string, heading: RegExp | string) => {
      await router.navigate(path);
      await screen.findByRole('heading', { level: 1, name: heading });
      await waitFor(() => expect(document.title).not.toBe(seen.at(-1)?.[0]));
      seen.push([document.title, description()]);
    };

    await screen.findByRole('heading', { level: 1, name: '教育资讯阅读器' });
    seen.push([document.title, description()]);
    await visit('/latest/2', /最新加入/);
    await visit(`/article/${teaser.id}`, '只知道标题的条目');
    await visit('/bookmarks', /我的收藏/);
    await visit('/no/such/page', '页面不存在');

    expect(seen).toEqual([
      ['教育资讯阅读器', expect.stringContaining('教育新闻')],
      ['最新加入 第 2 页 - 教育资讯阅读器', expect.stringContaining('第 2 页')],
      [
        '只知道标题的条目 - 教育资讯阅读器',
        '《只知道标题的条目》：本站只收录了这篇文章的标题，可查看它出现在哪些页面。',
      ],
      ['我的收藏 - 教育资讯阅读器', expect.stringContaining('收藏')],
      ['页面不存在 - 教育资讯阅读器', '您要找的页面不存在。'],
    ]);
  });
});
