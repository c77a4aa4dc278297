import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bookmark } from '../../src/client/features/bookmarks/lib/bookmark';
import { BOOKMARKS_KEY } from '../../src/client/features/bookmarks/store/bookmark-store';
import { FAILURES_PER_SYNC } from '../../src/client/features/offline/lib/offline-copies';
import { COPY_FAILURES_KEY } from '../../src/client/features/offline/store/copy-failure-store';
import { bundleFileUrl } from '../../src/client/lib/fetch-bundle-file';
import { BUNDLE_VERSION, bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildBookmark,
  buildBookmarkFile,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
  summaryOf,
} from './support/builders';
import { serveBundle } from './support/bundle-server';
import { fakeOfflineSupport, setBrowserOnline } from './support/offline';
import { renderApp } from './support/render';

const offlineNotice = () => screen.queryByText(/当前没有网络连接/);
const updatePrompt = () => screen.queryByText(/新版本已准备好/);

function serveOneArticle() {
  const article = buildArticle({ title: '离线也能读的文章' });
  const server = serveBundle({
    [bundlePaths.manifest()]: buildManifest({ hot: [] }),
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage({ items: [summaryOf(article)] }),
    [bundlePaths.item(article.id)]: buildItemFile(article),
  });
  return { article, server };
}

describe('when the network goes away', () => {
  // TanStack Query follows the browser's online events in a module of its own: end online.
  afterEach(() => {
    act(() => setBrowserOnline(true));
  });

  it('says the reader is offline and what still reads, until the network is back', async () => {
    serveOneArticle();
    renderApp('/');
    await screen.findByRole('heading', { name: '最新加入' });
    expect(offlineNotice()).not.toBeInTheDocument();

    act(() => setBrowserOnline(false));
    const notice = offlineNotice();
    expect(notice).toHaveTextContent('打开过的页面和收藏的文章仍可阅读');
    expect(notice?.closest('[role="status"]')).not.toBeNull();

    act(() => setBrowserOnline(true));
    expect(offlineNotice()).not.toBeInTheDocument();
  });

  it('still asks for data offline, which the service worker answers from its caches', async () => {
    const { article } = serveOneArticle();
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: '最新加入' });

    act(() => setBrowserOnline(false));
    await user.click(screen.getByRole('link', { name: article.title }));

    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
  });
});

describe('when a new version of the site is ready', () => {
  it('offers it, and switches to it from the keyboard: the page reloads into it', async () => {
    serveOneArticle();
    const { offline, worker, reload } = fakeOfflineSupport();
    const { user } = renderApp('/', { offline });
    await screen.findByRole('heading', { name: '最新加入' });
    expect(updatePrompt()).not.toBeInTheDocument();

    act(() => worker.newBuildWaits());
    const prompt = updatePrompt()?.closest<HTMLElement>('[role="status"]');
    if (!prompt) throw new Error('no update prompt');
    const update = within(prompt).getByRole('button', { name: '立即更新' });
    update.focus();
    await user.keyboard('{Enter}');

    expect(worker.skipWaiting).toHaveBeenCalledOnce();
    expect(within(prompt).getByRole('button', { name: '正在更新…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    act(() => worker.takesControl());
    expect(reload).toHaveBeenCalledOnce();
  });

  it('can be put off until later', async () => {
    serveOneArticle();
    const { offline, worker } = fakeOfflineSupport();
    const { user } = renderApp('/', { offline });
    await screen.findByRole('heading', { name: '最新加入' });

    act(() => worker.newBuildWaits());
    await user.click(screen.getByRole('button', { name: '稍后' }));

    expect(updatePrompt()).not.toBeInTheDocument();
    expect(worker.skipWaiting).not.toHaveBeenCalled();
  });

  it('is what 刷新页面 loads when the data is of a newer version than the page', async () => {
    const article = buildArticle();
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: { ...buildItemFile(article), version: BUNDLE_VERSION + 1 },
    });
    const { offline, worker } = fakeOfflineSupport();
    const { user } = renderApp(`/article/${article.id}`, { offline });
    act(() => worker.newBuildWaits());

    await user.click(await screen.findByRole('button', { name: '刷新页面' }));

    expect(worker.skipWaiting).toHaveBeenCalledOnce();
  });
});

describe('bookmarked articles are kept for offline reading', () => {
  it('copies a bookmarked item’s file, even one never opened', async () => {
    const article = buildArticle();
    const unopened = buildSummary({ title: '收藏但从未打开的文章' });
    const server = serveBundle({
      [bundlePaths.manifest()]: buildManifest({ hot: [] }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
        items: [summaryOf(article), unopened],
      }),
      [bundlePaths.item(article.id)]: buildItemFile(article),
      [bundlePaths.item(unopened.id)]: buildItemFile(buildArticle({ id: unopened.id })),
    });
    const { offline, bookmarkCache } = fakeOfflineSupport();
    const { user } = renderApp('/', { offline });

    await user.click(await screen.findByRole('button', { name: `收藏《${unopened.title}》` }));

    const itemUrl = bundleFileUrl(bundlePaths.item(unopened.id)).href;
    await expect.poll(bookmarkCache.urls).toEqual([itemUrl]);
    expect(server.requested).toContain(bundlePaths.item(unopened.id));
  });

  it('drops the copies of removed bookmarks the next time the reader opens the site', async () => {
    const { article } = serveOneArticle();
    const { offline, bookmarkCache } = fakeOfflineSupport();
    const first = renderApp(`/article/${article.id}`, { offline });
    const toggle = await screen.findByRole('button', { name: '收藏', pressed: false });
    await first.user.click(toggle);
    await expect.poll(bookmarkCache.urls).toHaveLength(1);

    await first.user.click(toggle);
    // Kept for this visit, so that undoing the removal offline loses nothing.
    expect(bookmarkCache.urls()).toHaveLength(1);
    first.unmount();

    renderApp('/', { offline });
    await expect.poll(bookmarkCache.urls).toEqual([]);
  });
});

describe('offline copies of items the site does not have', () => {
  const storeBookmarks = (bookmarks: Bookmark[]) =>
    localStorage.setItem(BOOKMARKS_KEY, JSON.stringify(buildBookmarkFile(bookmarks)));
  const itemRequests = (requested: string[], id: string) =>
    requested.filter((path) => path === bundlePaths.item(id)).length;
  const rememberedMissing = () =>
    Object.keys(
      (JSON.parse(localStorage.getItem(COPY_FAILURES_KEY) ?? '{}') as { missing?: object })
        .missing ?? {},
    );

  it('are asked for once, not on every visit, until a new edition of the bundle', async () => {
    const kept = buildArticle({ title: '还在的文章' });
    const gone = buildBookmark({ title: '已删除的文章' });
    storeBookmarks([buildBookmark({ id: kept.id, title: kept.title }), gone]);
    const server = serveBundle({
      [bundlePaths.manifest()]: buildManifest({ hot: [] }),
      [bundlePaths.item(kept.id)]: buildItemFile(kept),
    });
    // Each visit starts with an empty copy cache, so that it has one copy to make, and the end
    // of its sync can be seen: both bookmarks are asked for in the same round.
    const visit = async () => {
      const { offline, bookmarkCache } = fakeOfflineSupport();
      const view = renderApp('/bookmarks', { offline });
      await expect.poll(bookmarkCache.urls).toHaveLength(1);
      view.unmount();
    };

    await visit();
    expect(itemRequests(server.requested, gone.id)).toBe(1);
    expect(rememberedMissing()).toEqual([gone.id]);

    await visit();
    await visit();
    expect(itemRequests(server.requested, kept.id)).toBe(3);
    expect(itemRequests(server.requested, gone.id)).toBe(1);

    // A new deployment may have brought it back: asked once more, and still missing.
    server.set(
      bundlePaths.manifest(),
      buildManifest({ hot: [], counts: { articles: 9, teasers: 0 } }),
    );
    await visit();
    await visit();
    expect(itemRequests(server.requested, gone.id)).toBe(2);
  });

  it(`are asked for at most ${FAILURES_PER_SYNC} a visit, each once, however many are imported`, async () => {
    const unknown = Array.from({ length: 100 }, () => buildBookmark());
    storeBookmarks(unknown);
    const server = serveBundle({ [bundlePaths.manifest()]: buildManifest({ hot: [] }) });
    const itemPaths = () => server.requested.filter((path) => path.startsWith('items/'));

    const first = renderApp('/bookmarks', { offline: fakeOfflineSupport().offline });
    await expect.poll(() => rememberedMissing().length).toBe(FAILURES_PER_SYNC);
    first.unmount();
    expect(itemPaths()).toHaveLength(FAILURES_PER_SYNC);

    renderApp('/bookmarks', { offline: fakeOfflineSupport().offline });
    await expect.poll(() => rememberedMissing().length).toBe(2 * FAILURES_PER_SYNC);
    expect(itemPaths()).toHaveLength(2 * FAILURES_PER_SYNC);
    expect(new Set(itemPaths()).size).toBe(2 * FAILURES_PER_SYNC);
  });
});
