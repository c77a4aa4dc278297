import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
} from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

const section = (name: string) => screen.findByRole('region', { name });

describe('the home page', () => {
  it('lists the latest items with their dates, marking teasers as title-only', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestPage(1)]: buildLatestPage({
        items: [
          buildSummary({ title: '开州区聚焦“三力”抓实党建', date: '2022-10-21' }),
          buildSummary({ kind: 'teaser', title: '广西：做好近视防控工', truncated: true }),
        ],
      }),
    });
    renderApp('/');

    const latest = await section('最新加入');
    const article = await within(latest).findByRole('link', { name: '开州区聚焦“三力”抓实党建' });
    const articleEntry = article.closest('li');
    expect(articleEntry).not.toBeNull();
    expect(within(articleEntry as HTMLElement).getByText('2022年10月21日')).toHaveAttribute(
      'datetime',
      '2022-10-21',
    );
    expect(within(articleEntry as HTMLElement).queryByText('仅标题')).not.toBeInTheDocument();

    const teaser = within(latest).getByRole('link', { name: '广西：做好近视防控工…' });
    expect(within(teaser.closest('li') as HTMLElement).getByText('仅标题')).toBeVisible();
  });

  it('shows the first ten hot items, in order, with their dates', async () => {
    const hot = Array.from({ length: 12 }, (_, i) =>
      buildSummary({ title: `热门第 ${i + 1} 条`, date: '2020-05-12' }),
    );
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({ hot }),
      [bundlePaths.latestPage(1)]: buildLatestPage(),
    });
    renderApp('/');

    const hotSection = await section('热门资讯');
    const links = await within(hotSection).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      hot.slice(0, 10).map((item) => item.title),
    );
    expect(within(hotSection).getAllByText('2020年5月12日')).toHaveLength(10);
  });

  it('opens an item when its title is clicked', async () => {
    const article = buildArticle({ title: '永川区多措并举促进高校毕业生就业' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestPage(1)]: buildLatestPage({
        items: [buildSummary({ id: article.id, title: article.title })],
      }),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: article.title }));

    expect(
      await screen.findByRole('heading', { level: 1, name: article.title }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/article/${article.id}`);
  });

  it('shows the site disclaimer once, in the footer', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({ disclaimer: '本文来源于网络转载，仅供学习交流。' }),
      [bundlePaths.latestPage(1)]: buildLatestPage(),
    });
    renderApp('/');

    const footer = screen.getByRole('contentinfo');
    expect(await within(footer).findByText('本文来源于网络转载，仅供学习交流。')).toBeVisible();
    expect(screen.getAllByText('本文来源于网络转载，仅供学习交流。')).toHaveLength(1);
  });

  it('has landmarks, a skip link to the main content and one page heading', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestPage(1)]: buildLatestPage(),
    });
    const { user } = renderApp('/');

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('教育资讯阅读器');

    await user.click(screen.getByRole('link', { name: '跳到正文' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('names the browser tab after the reader', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestPage(1)]: buildLatestPage(),
    });
    renderApp('/');

    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('教育资讯阅读器');
  });
});
