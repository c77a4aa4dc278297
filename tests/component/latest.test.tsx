import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import { buildLatestPage, buildManifest, buildSummary } from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

/** Articles titled `${name}${i}` for i from `from` up to `to`, newest first. */
const articles = (name: string, from: number, to: number, date: string | null) =>
  Array.from({ length: to - from }, (_, i) => buildSummary({ title: `${name}${from + i}`, date }));

/**
 * 80 articles: 40 of July 2025 (in two files), 30 of June, 10 undated. Page 2 is July's 10 oldest
 * and June's 20 newest, page 3 the rest of June and the undated.
 */
function threePages() {
  return {
    [bundlePaths.manifest()]: buildManifest({
      latestArticles: {
        pageSize: 30,
        pages: 3,
        total: 80,
        months: [
          ['2025-07', 40],
          ['2025-06', 30],
        ],
      },
    }),
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
      items: articles('七月新闻', 0, 30, '2025-07-20'),
    }),
    [bundlePaths.latestArticlesPage({ month: '2025-07', n: 2 })]: buildLatestPage({
      items: articles('七月新闻', 0, 10, '2025-07-20'),
    }),
    [bundlePaths.latestArticlesPage({ month: '2025-07', n: 1 })]: buildLatestPage({
      items: articles('七月新闻', 10, 40, '2025-07-10'),
    }),
    [bundlePaths.latestArticlesPage({ month: '2025-06', n: 1 })]: buildLatestPage({
      items: articles('六月新闻', 0, 30, '2025-06-10'),
    }),
    [bundlePaths.latestArticlesPage({ undated: 1 })]: buildLatestPage({
      items: articles('未注日期的新闻', 0, 10, null),
    }),
  };
}

const shown = (title: string) => screen.queryByRole('link', { name: title }) !== null;

describe('the latest list', () => {
  it('goes on from the home page to the second page and back', async () => {
    serveBundle(threePages());
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: '更多最新加入' }));

    // Page 2 joins the end of one file to the start of another.
    expect(await screen.findByRole('link', { name: '七月新闻30' })).toBeInTheDocument();
    expect(
      ['七月新闻29', '七月新闻39', '六月新闻0', '六月新闻19', '六月新闻20'].map(shown),
    ).toEqual([false, true, true, true, false]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('最新加入 第 2 页');
    expect(router.state.location.pathname).toBe('/latest/2');
    expect(document.title).toBe('最新加入 第 2 页 - 教育资讯阅读器');

    const pagination = screen.getByRole('navigation', { name: '最新加入分页' });
    expect(within(pagination).getByText('第 2 页，共 3 页')).toBeInTheDocument();
    await user.click(within(pagination).getByRole('link', { name: '下一页' }));
    expect(await screen.findByRole('link', { name: '六月新闻20' })).toBeInTheDocument();
    expect(shown('未注日期的新闻9')).toBe(true);

    const lastPagination = screen.getByRole('navigation', { name: '最新加入分页' });
    expect(within(lastPagination).queryByRole('link', { name: '下一页' })).not.toBeInTheDocument();
    await user.click(within(lastPagination).getByRole('link', { name: '上一页' }));
    expect(await screen.findByRole('link', { name: '七月新闻30' })).toBeInTheDocument();
  });

  it('opens a page straight from its address', async () => {
    serveBundle(threePages());
    renderApp('/latest/3');

    expect(await screen.findByRole('link', { name: '六月新闻29' })).toBeInTheDocument();
    expect(shown('未注日期的新闻0')).toBe(true);
    expect(shown('七月新闻0')).toBe(false);
  });

  it('has no more-link on the home page when the list has only one page', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({
        latestArticles: { pageSize: 30, pages: 1, total: 1, months: [] },
        counts: { articles: 1, teasers: 0 },
      }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
        items: [buildSummary({ title: '唯一的新闻' })],
      }),
    });
    renderApp('/');

    expect(await screen.findByRole('link', { name: '唯一的新闻' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '更多最新加入' })).not.toBeInTheDocument();
  });

  it('says a page past the end does not exist', async () => {
    serveBundle(threePages());
    renderApp('/latest/9');

    expect(await screen.findByRole('heading', { level: 1, name: '找不到这一页' })).toBeVisible();
  });

  it('says a page number that is not a number does not exist, without fetching anything for it', async () => {
    const server = serveBundle(threePages());
    renderApp('/latest/abc');

    expect(await screen.findByRole('heading', { level: 1, name: '找不到这一页' })).toBeVisible();
    expect(server.requested.filter((path) => path.startsWith('latest/'))).toEqual([]);
  });

  it('shows the articles alone first, and the titles without text when asked', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({
        latest: { pageSize: 30, pages: 1, total: 2, months: [] },
        latestArticles: { pageSize: 30, pages: 1, total: 1, months: [] },
      }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
        items: [buildSummary({ title: '有正文的文章' })],
      }),
      [bundlePaths.latestPage('head')]: buildLatestPage({
        items: [
          buildSummary({ title: '有正文的文章' }),
          buildSummary({ kind: 'teaser', title: '只有标题的资讯' }),
        ],
      }),
    });
    const { user, router } = renderApp('/latest/1');

    const switcher = await screen.findByRole('navigation', { name: '列表内容' });
    expect(within(switcher).getByRole('link', { name: '只看全文' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByRole('link', { name: '有正文的文章' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '只有标题的资讯' })).not.toBeInTheDocument();

    await user.click(within(switcher).getByRole('link', { name: '含仅标题' }));
    const teaser = await screen.findByRole('link', { name: '只有标题的资讯' });
    expect(within(teaser.closest('li') as HTMLElement).getByText('仅标题')).toBeVisible();
    expect(router.state.location.search).toBe('?all=1');
  });

  it('links the first, last and nearby pages of a long list, and jumps to any page', async () => {
    const pages = 193;
    const files: Parameters<typeof serveBundle>[0] = {
      [bundlePaths.manifest()]: buildManifest({
        // A month of 30 articles a page: page p is the month's file 194 − p.
        latestArticles: {
          pageSize: 30,
          pages,
          total: pages * 30,
          months: [['2025-07', pages * 30]],
        },
      }),
    };
    for (const page of [1, 6, 120, 193]) {
      const file = page === 1 ? 'head' : { month: '2025-07', n: pages + 1 - page };
      files[bundlePaths.latestArticlesPage(file)] = buildLatestPage({
        items: [buildSummary({ title: `第 ${page} 页的新闻` })],
      });
    }
    serveBundle(files);
    const { user, router } = renderApp('/latest/6');

    await screen.findByRole('link', { name: '第 6 页的新闻' });
    const pagination = screen.getByRole('navigation', { name: '最新加入分页' });
    const numbers = [...pagination.querySelectorAll('li')];
    expect(numbers.map((li) => li.textContent)).toEqual(['1', '…', '5', '6', '7', '…', '193']);
    expect(within(pagination).getByRole('link', { name: '第 6 页' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(within(pagination).getByRole('link', { name: '第 193 页' }));
    expect(await screen.findByRole('link', { name: '第 193 页的新闻' })).toBeInTheDocument();

    const jump = screen.getByRole('spinbutton', { name: '跳至第' });
    await user.clear(jump);
    await user.type(jump, '120');
    await user.click(screen.getByRole('button', { name: '前往' }));
    expect(await screen.findByRole('link', { name: '第 120 页的新闻' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/latest/120');
  });
});
