import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleFileUrl } from '../../src/client/lib/fetch-bundle-file';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
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
    [bundlePaths.latestPage(1)]: buildLatestPage({ items: [summaryOf(article)] }),
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
      [bundlePaths.item(article.id)]: { ...buildItemFile(article), version: 2 },
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
      [bundlePaths.latestPage(1)]: buildLatestPage({ items: [summaryOf(article), unopened] }),
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
