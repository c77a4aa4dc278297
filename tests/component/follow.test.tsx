import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  bundlePaths,
  LATEST_PAGE_SIZE,
  type Article,
  type Teaser,
} from '../../src/domain/bundle/bundle';
import { followKey } from '../../src/client/features/bookmarks/lib/followed-search';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys';
import { VISIT_GAP_MS } from '../../src/client/features/reading-state/lib/last-visit';
import { buildArticle, buildLatestPage, buildTeaser, summaryOf } from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';
import { buildSearchBundle } from './support/search-bundle';
import { writeFromAnotherTab } from './support/storage';

const older = buildArticle({
  title: '重庆市开州区推进中小学党建工作',
  paragraphs: ['开州区教育系统落实党建责任。'],
  publishedAt: '2024-01-02',
});
const teaser = buildTeaser({ title: '北京市举办教师培训', date: '2024-01-01' });
const added = buildArticle({
  title: '重庆市发布中考招生政策',
  paragraphs: ['重庆市教育考试院发布今年中考招生政策。'],
  publishedAt: '2024-01-03',
});

/** Serves a whole bundle of `items` (newest first): search files, manifest and latest pages. */
async function serveItems(items: (Article | Teaser)[]) {
  const articles = items.filter((item) => item.kind === 'article');
  const paging = (total: number) => ({ pageSize: LATEST_PAGE_SIZE, pages: 1, total, months: [] });
  const bundle = await buildSearchBundle(items, {
    counts: { articles: articles.length, teasers: items.length - articles.length },
    latest: paging(items.length),
    latestArticles: paging(articles.length),
    hot: [],
  });
  serveBundle({
    ...bundle.files,
    [bundlePaths.latestPage('head')]: buildLatestPage({ items: items.map(summaryOf) }),
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage({ items: articles.map(summaryOf) }),
  });
}

const storedFollows = () =>
  JSON.parse(localStorage.getItem(STORAGE_KEYS.follows) ?? 'null') as {
    follows: { search: string; label: string; seen: { keys: string[] } | null }[];
  } | null;

/** Follows `url`'s search on the search page and waits until what it finds is recorded. */
async function follow(url: string) {
  const app = renderApp(url);
  const button = await screen.findByRole('button', { name: /关注/ });
  await app.user.click(button);
  expect(button).toHaveAttribute('aria-pressed', 'true');
  await waitFor(() => expect(storedFollows()?.follows[0]?.seen).not.toBeNull());
  return app;
}

describe('following a search (关注)', () => {
  it('follows and unfollows a search with one button, kept in storage', async () => {
    await serveItems([older, teaser]);
    const app = await follow('/search?q=重庆');
    expect(storedFollows()?.follows).toEqual([
      expect.objectContaining({ search: 'q=%E9%87%8D%E5%BA%86', label: '重庆' }),
    ]);
    expect(screen.getByText(/已关注“重庆”/)).toHaveAttribute('role', 'status');
    await app.user.click(screen.getByRole('button', { name: /关注/ }));
    expect(screen.getByRole('button', { name: /关注/ })).toHaveAttribute('aria-pressed', 'false');
    expect(storedFollows()?.follows).toEqual([]);
  });

  it('shows on the home page, first, how many results came since it was last opened', async () => {
    await serveItems([older, teaser]);
    const first = await follow('/search?q=重庆');
    first.unmount();

    // A new build adds one matching article.
    await serveItems([added, older, teaser]);
    const app = renderApp('/');
    const section = await screen.findByRole('region', { name: '我的关注' });
    const link = await within(section).findByRole('link', { name: '重庆 1 条新' });
    // Above the lists.
    const latest = screen.getByRole('heading', { name: '最新加入' });
    expect(section.compareDocumentPosition(latest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // Opening it resets the count.
    await app.user.click(link);
    await screen.findByRole('searchbox', { name: '搜索关键词' });
    await waitFor(() => expect(storedFollows()?.follows[0]?.seen?.keys).toHaveLength(2));
    app.unmount();
    const { queryClient } = renderApp('/');
    const again = await screen.findByRole('region', { name: '我的关注' });
    // The count has been asked for again and has come back.
    await waitFor(() => {
      const counts = queryClient.getQueryCache().findAll({ queryKey: ['search', 'new-count'] });
      expect(counts.map((query) => query.state.data)).toEqual([0]);
    });
    expect(within(again).getByRole('link', { name: '重庆' })).toBeVisible();
  });

  it('follows what another tab follows, without a reload', async () => {
    await serveItems([older, teaser]);
    renderApp('/');
    await screen.findByRole('heading', { name: '最新加入' });
    expect(screen.queryByRole('region', { name: '我的关注' })).toBeNull();
    writeFromAnotherTab(
      STORAGE_KEYS.follows,
      JSON.stringify({
        format: 'edu-news-reader/follows',
        version: 1,
        follows: [
          {
            search: followKey({ text: '党建', filters: {} }),
            label: '党建',
            followedAt: '2024-11-23T08:00:00Z',
            seen: null,
          },
        ],
      }),
    );
    const section = await screen.findByRole('region', { name: '我的关注' });
    expect(within(section).getByRole('link', { name: '党建' })).toHaveAttribute(
      'href',
      '/search?q=%E5%85%9A%E5%BB%BA',
    );
  });
});

describe('what is new in 最新加入', () => {
  /** The visits store as the previous visit left it, `ids` seen, an hour ago. */
  function visitedBefore(ids: string[]) {
    localStorage.setItem(
      STORAGE_KEYS.visits,
      JSON.stringify({
        lastSeenAt: Date.now() - 2 * VISIT_GAP_MS,
        previous: null,
        current: { keys: ids, horizon: null },
      }),
    );
  }

  it('marks the items added since the previous visit, and says so in words', async () => {
    visitedBefore([older.id, teaser.id]);
    await serveItems([added, older, teaser]);
    renderApp('/');
    const entry = (await screen.findByRole('link', { name: added.title })).closest('li');
    expect(entry).toHaveTextContent('新加入');
    const old = screen.getByRole('link', { name: older.title }).closest('li');
    expect(old).not.toHaveTextContent('新加入');
    expect(screen.getByRole('link', { name: '只看新的' })).toHaveAttribute(
      'href',
      '/latest/1?new=1',
    );
  });

  it('shows only the new items with 只看新的, kept in the address', async () => {
    visitedBefore([older.id, teaser.id]);
    await serveItems([added, older, teaser]);
    const app = renderApp('/latest/1?new=1');
    await screen.findByRole('link', { name: added.title });
    expect(screen.queryByRole('link', { name: older.title })).toBeNull();
    expect(screen.getByRole('link', { name: '只看新的' })).toHaveAttribute('aria-current', 'page');
    await app.user.click(screen.getByRole('link', { name: '全部' }));
    await screen.findByRole('link', { name: older.title });
    expect(app.router.state.location.search).toBe('');
  });

  it('marks nothing on a first visit, and remembers what it showed for the next', async () => {
    await serveItems([older, teaser]);
    renderApp('/');
    await screen.findByRole('link', { name: older.title });
    expect(screen.queryByText('新加入')).toBeNull();
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.visits) ?? '{}')).toMatchObject({
        current: { keys: [older.id, teaser.id], horizon: null },
      }),
    );
  });
});

describe('unreadable follow data', () => {
  it('is kept aside, said once, and deleted only after a second click', async () => {
    await serveItems([older, teaser]);
    localStorage.setItem(STORAGE_KEYS.follows, '{"format":"edu-news-reader/follows","version":1,');
    const app = renderApp('/');
    await screen.findByText(/本浏览器中保存的关注数据有一部分无法读取/);
    const aside = () =>
      Object.keys(localStorage).filter((key) =>
        key.startsWith(`${STORAGE_KEYS.follows}:unreadable:`),
      );
    expect(aside()).toHaveLength(1);
    await app.user.click(screen.getByRole('button', { name: '删除这份数据' }));
    expect(aside()).toHaveLength(1);
    await app.user.click(screen.getByRole('button', { name: '确认删除（无法恢复）' }));
    expect(aside()).toHaveLength(0);
    expect(screen.queryByText(/关注数据有一部分无法读取/)).toBeNull();
  });
});
