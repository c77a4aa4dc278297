import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLE_VERSION, bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
} from './support/builders';
import { respond, serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

describe('when something is missing or fails', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a loading state while an article loads', async () => {
    const article = buildArticle();
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);

    // The frame keeps live regions of its own (offline notice, update prompt), empty here.
    const statuses = await screen.findAllByRole('status');
    expect(statuses.filter((status) => status.textContent)).toEqual([
      expect.toHaveTextContent('正在加载'),
    ]);
    expect(await screen.findByText('正在加载文章…')).toBeVisible();
    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
    // The article page has live regions of its own (copy-link feedback); only loading is gone.
    expect(screen.queryByText(/正在加载/)).not.toBeInTheDocument();
  });

  it('says an unknown address does not exist and links home', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('页面不存在 - 教育资讯阅读器');
  });

  it('says an item does not exist when its file is not found', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    renderApp('/article/deadbeef');

    expect(await screen.findByRole('heading', { level: 1, name: '找不到这篇文章' })).toBeVisible();
    expect(screen.queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
  });

  it('says an address that cannot be an item id is not found, without asking the server', async () => {
    const server = serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    renderApp('/article/..%2Fmanifest');

    expect(await screen.findByRole('heading', { level: 1, name: '找不到这篇文章' })).toBeVisible();
    expect(server.requested.filter((path) => path.startsWith('items/'))).toEqual([]);
  });

  it('gives up on a file that does not arrive in time and offers a retry', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const article = buildArticle();
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: respond.hang(),
    });
    renderApp(`/article/${article.id}`);

    expect(await screen.findByText('正在加载文章…')).toBeVisible();
    await vi.advanceTimersByTimeAsync(15_000);

    expect(await screen.findByRole('alert')).toHaveTextContent('加载数据超时，请稍后重试。');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('explains a server error and recovers when a retry succeeds', async () => {
    const article = buildArticle({ title: '重试之后能看到的文章' });
    const server = serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: respond.status(500),
    });
    const { user } = renderApp(`/article/${article.id}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('服务器未能提供数据（HTTP 500）');
    expect(screen.getByRole('heading', { level: 1, name: '文章加载失败' })).toBeVisible();

    server.set(bundlePaths.item(article.id), buildItemFile(article));
    await user.click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a network failure on the home page and recovers when a retry succeeds', async () => {
    const server = serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestArticlesPage('head')]: respond.networkFailure(),
    });
    const { user } = renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('网络连接失败');
    server.set(
      bundlePaths.latestArticlesPage('head'),
      buildLatestPage({ items: [buildSummary({ title: '网络恢复后的新闻' })] }),
    );
    await user.click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('link', { name: '网络恢复后的新闻' })).toBeVisible();
  });

  it('asks for a reload when the data is of another version', async () => {
    const article = buildArticle();
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: { ...buildItemFile(article), version: BUNDLE_VERSION + 1 },
    });
    renderApp(`/article/${article.id}`);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `数据版本不匹配：需要第 ${BUNDLE_VERSION} 版，收到第 ${BUNDLE_VERSION + 1} 版。请刷新页面。`,
    );
    expect(screen.getByRole('button', { name: '刷新页面' })).toBeInTheDocument();
  });

  it('says a data file that is not valid JSON cannot be read', async () => {
    serveBundle({
      [bundlePaths.manifest()]: respond.text('<!doctype html><title>oops</title>'),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
    });
    renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('数据文件格式不正确，无法读取。');
  });
});
