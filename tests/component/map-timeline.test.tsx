import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { bundlePaths, type Article } from '../../src/domain/bundle/bundle';
import { countArticles } from '../../src/domain/stats/count-articles';
import { searchFilesOf } from '../support/search-files-of';
import { buildLatestPage } from './support/builders';
import { serveBundle } from './support/bundle-server';
import { buildSearchBundle } from './support/search-bundle';
import { searchCorpus } from './support/search-corpus';
import { renderApp } from './support/render';

/** The corpus's count files, made by the compiler's own counting over its tags. */
async function statsOf(articles: readonly Article[]) {
  const search = await searchFilesOf(
    articles.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      paragraphs: a.paragraphs,
      date: a.publishedAt,
      host: a.host,
    })),
  );
  return countArticles(
    articles.map((a) => ({
      date: a.publishedAt,
      regions: search.tags.get(a.id)?.regions ?? [],
      topics: search.tags.get(a.id)?.topics ?? [],
    })),
  );
}

/** The corpus with its search files and its count files, served. */
async function serveCorpus() {
  const corpus = searchCorpus();
  const bundle = await buildSearchBundle(Object.values(corpus));
  const articles = Object.values(corpus).filter((item) => item.kind === 'article');
  const stats = await statsOf(articles);
  const server = serveBundle({
    ...bundle.files,
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
    [bundlePaths.statsPlaces()]: stats.places,
    [bundlePaths.statsMonths()]: stats.months,
    [bundlePaths.statsTopics()]: stats.topics,
  });
  return { ...corpus, stats, server };
}

const query = (router: { state: { location: { search: string } } }) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search));

/** The titles of the search results on screen, once every result has loaded. */
function shownTitles(): string[] {
  const list = screen.queryByRole('list', { name: '搜索结果列表' });
  if (!list) return [];
  return within(list)
    .queryAllByRole('listitem')
    .map((entry) => within(entry).queryByRole('link')?.textContent ?? '(loading)');
}

describe('the map page', () => {
  it('shows every provincial-level division as a tile linking to its search, with its count', async () => {
    const { stats } = await serveCorpus();
    renderApp('/map');

    const grid = await screen.findByRole('list', { name: '各省级行政区的文章数' });
    const tiles = within(grid).getAllByRole('link');
    expect(tiles).toHaveLength(34);
    const chongqing = stats.places.provinces.find((p) => p.name === '重庆市');
    expect(chongqing?.count).toBe(2);
    const tile = within(grid).getByRole('link', { name: /^重庆市\s*2\s*篇$/ });
    expect(tile).toHaveAttribute('href', '/search?region=50&kind=article');
    // A place without articles is still on the map, at 0.
    expect(within(grid).getByRole('link', { name: /^西藏自治区\s*0\s*篇$/ })).toBeVisible();
    expect(document.title).toBe('地图 - 教育资讯阅读器');
  });

  it('gives the same numbers in a table behind the 表格 toggle', async () => {
    await serveCorpus();
    const { user } = renderApp('/map');

    const section = await screen.findByRole('region', { name: '各省级行政区' });
    await user.click(within(section).getByText('表格'));
    const table = within(section).getByRole('table', { name: '各省级行政区的文章数' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(34);
    expect(rows.slice(0, 2).map((row) => row.textContent)).toEqual(['重庆市2', '广西壮族自治区1']);
  });

  it('ranks the chosen province’s places as bars, each linking to its search', async () => {
    await serveCorpus();
    const { user, router } = renderApp('/map');

    const bars = await screen.findByRole('list', { name: '重庆市各地的文章数' });
    const links = within(bars).getAllByRole('link');
    // Equal counts go by code: 永川区 is 500118, 开州区 500154.
    expect(links.map((link) => link.textContent)).toEqual(['永川区1 篇', '开州区1 篇']);
    expect(links[1]).toHaveAttribute('href', '/search?region=500154&kind=article');

    await user.selectOptions(screen.getByRole('combobox', { name: '选择省份' }), '45');
    expect(query(router)).toEqual({ province: '45' });
    expect(await screen.findByText('广西壮族自治区的文章没有标到更具体的地方。')).toBeVisible();
  });
});

describe('the timelines', () => {
  it('sets the search’s date range from the keyboard, and the results follow', async () => {
    const { kaizhou, scattered } = await serveCorpus();
    const { user, router } = renderApp('/search');

    const slider = await screen.findByRole('slider', { name: '各月结果数：选择月份' });
    // The newest result's month first: the teaser's.
    expect(slider).toHaveAttribute('aria-valuetext', '2024年11月，1 条');
    slider.focus();
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuetext', '2021年4月，1 条');
    // 18 months on, with Shift: 2021年4月 to 2022年10月.
    await user.keyboard('{Shift>}' + '{ArrowRight}'.repeat(18) + '{/Shift}');
    expect(slider).toHaveAttribute('aria-valuetext', '2021年4月 至 2022年10月，按 Enter 选定');
    await user.keyboard('{Enter}');

    expect(query(router)).toEqual({ from: '2021-04-01', to: '2022-10-31' });
    await waitFor(() => expect(shownTitles()).toEqual([kaizhou.title, scattered.title]));
  });

  it('puts the months’ numbers in a table', async () => {
    await serveCorpus();
    const { user } = renderApp('/search');

    const dates = await screen.findByRole('group', { name: '日期' });
    await within(dates).findByRole('slider');
    await user.click(within(dates).getByText('表格'));
    const table = within(dates).getByRole('table', { name: '各月结果数' });
    const rows = within(table).getAllByRole('row').slice(1);
    // 2021年4月 to 2024年11月, empty months included.
    expect(rows).toHaveLength(44);
    expect(rows[0]?.textContent).toBe('2021年4月1');
    expect(rows[1]?.textContent).toBe('2021年5月0');
  });

  it('shows the home page’s articles per month once scrolled near, and opens a month’s search', async () => {
    const observed: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly report: IntersectionObserverCallback) {}
        observe(target: Element) {
          observed.push(target);
          // Scrolled into view at once.
          this.report(
            [{ isIntersecting: true, target } as IntersectionObserverEntry],
            this as unknown as IntersectionObserver,
          );
        }
        disconnect() {}
      },
    );
    await serveCorpus();
    const { user, router } = renderApp('/');

    const slider = await screen.findByRole('slider', { name: '各月文章数：选择月份' });
    expect(observed).toHaveLength(1);
    expect(slider).toHaveAttribute('aria-valuetext', '2024年3月，1 篇');
    slider.focus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(query(router)).toEqual({ from: '2024-03-01', to: '2024-03-31', kind: 'article' });
  });

  it('loads nothing of the timeline while the home page’s foot is far off screen', async () => {
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { server } = await serveCorpus();
    renderApp('/');
    await screen.findByRole('region', { name: '最新加入' });
    expect(screen.queryByRole('slider')).toBeNull();
    expect(server.requested).not.toContain(bundlePaths.statsMonths());
  });

  it('draws a topic’s last 24 months beside it on its page', async () => {
    const { stats } = await serveCorpus();
    renderApp('/search?topic=myopia');

    const myopia = stats.topics.topics.find((t) => t.id === 'myopia');
    expect(myopia?.total).toBe(1);
    const line = await screen.findByRole('img', { name: /^2022年4月至2024年3月共 1 篇/ });
    expect(line).toHaveAccessibleName('2022年4月至2024年3月共 1 篇，最多在2024年3月（1 篇）');
    expect(screen.getByText('专题「近视防控」近 24 个月')).toBeVisible();
  });
});
