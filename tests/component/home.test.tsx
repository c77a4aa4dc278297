import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
} from './support/builders';
import { localIsoDate } from '../../src/client/lib/local-date';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

const section = (name: string) => screen.findByRole('region', { name });

describe('the home page', () => {
  it('lists the latest articles under one header per day, each with its place and site', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({ counts: { articles: 3, teasers: 40 } }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
        items: [
          buildSummary({
            title: '开州区聚焦“三力”抓实党建',
            date: '2022-10-21',
            place: '开州区',
            host: 'jw.cq.gov.cn',
          }),
          buildSummary({ title: '同一天的第二篇', date: '2022-10-21' }),
          buildSummary({ title: '前一周的文章', date: '2022-10-14' }),
        ],
      }),
    });
    renderApp('/');

    const latest = await section('最新加入');
    const days = within(latest).getAllByRole('heading', { level: 3 });
    expect(days.map((day) => day.textContent)).toEqual(['2022年10月21日', '2022年10月14日']);
    expect(within(days[0] as HTMLElement).getByText('2022年10月21日')).toHaveAttribute(
      'datetime',
      '2022-10-21',
    );
    const firstDay = days[0]?.closest('section') as HTMLElement;
    expect(
      within(firstDay)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('开州区聚焦“三力”抓实党建开州区 · jw.cq.gov.cn'),
      expect.stringContaining('同一天的第二篇'),
    ]);
    // Titles without text are one link away, not in the list.
    expect(within(latest).getByRole('link', { name: '另有 40 条仅标题的资讯' })).toHaveAttribute(
      'href',
      '/latest/1?all=1',
    );
  });

  it('names today and yesterday as such', async () => {
    const today = new Date();
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
        items: [
          buildSummary({ title: '今天的文章', date: localIsoDate(today) }),
          buildSummary({ title: '昨天的文章', date: localIsoDate(yesterday) }),
        ],
      }),
    });
    renderApp('/');

    const latest = await section('最新加入');
    await within(latest).findByRole('link', { name: '今天的文章' });
    const days = within(latest).getAllByRole('heading', { level: 3 });
    expect(days.map((day) => day.textContent)).toEqual(['今天', '昨天']);
  });

  it('shows the first ten hot items, in order, with their dates', async () => {
    const hot = Array.from({ length: 12 }, (_, i) =>
      buildSummary({ title: `热门第 ${i + 1} 条`, date: '2020-05-12' }),
    );
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({ hot }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
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
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
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
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
    });
    renderApp('/');

    const footer = screen.getByRole('contentinfo');
    expect(await within(footer).findByText('本文来源于网络转载，仅供学习交流。')).toBeVisible();
    expect(screen.getAllByText('本文来源于网络转载，仅供学习交流。')).toHaveLength(1);
  });

  it('has landmarks, a skip link to the main content and one page heading', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
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
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
    });
    renderApp('/');

    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('教育资讯阅读器');
  });

  describe('on a narrow screen', () => {
    beforeEach(() => {
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }));
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('shows 最新 and 热门 as tabs, the chosen one in the address', async () => {
      serveBundle({
        [bundlePaths.manifest()]: buildManifest({ hot: [buildSummary({ title: '热门的文章' })] }),
        [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
          items: [buildSummary({ title: '最新的文章' })],
        }),
      });
      const { user, router } = renderApp('/');

      const latestTab = await screen.findByRole('tab', { name: '最新' });
      expect(latestTab).toHaveAttribute('aria-selected', 'true');
      const panel = screen.getByRole('tabpanel', { name: '最新' });
      expect(within(panel).getByRole('link', { name: '最新的文章' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: '热门的文章' })).not.toBeInTheDocument();

      // Arrow keys move between tabs, as in any tab list.
      latestTab.focus();
      await user.keyboard('{ArrowRight}');
      const hotTab = screen.getByRole('tab', { name: '热门' });
      expect(hotTab).toHaveFocus();
      expect(hotTab).toHaveAttribute('aria-selected', 'true');
      expect(
        within(screen.getByRole('tabpanel', { name: '热门' })).getByRole('link', {
          name: '热门的文章',
        }),
      ).toBeInTheDocument();
      expect(router.state.location.search).toBe('?tab=hot');
    });
  });
});
