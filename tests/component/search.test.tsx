import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildSearchBundle } from './support/search-bundle';
import { searchCorpus } from './support/search-corpus';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import { respond, serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

async function serveCorpus() {
  const corpus = searchCorpus();
  const bundle = await buildSearchBundle(Object.values(corpus));
  serveBundle(bundle.files);
  return { ...corpus, bundle };
}

const searchBox = () => screen.getByRole('searchbox', { name: '搜索关键词' });

/** Mounts the app on a search URL and waits for the page's code to load. */
async function openSearch(url: Parameters<typeof renderApp>[0] = '/search') {
  const app = renderApp(url);
  await screen.findByRole('searchbox', { name: '搜索关键词' });
  return app;
}

/** The titles of the results on screen, in order, once every result has loaded. */
function shownTitles(): string[] {
  const list = screen.queryByRole('list', { name: '搜索结果列表' });
  if (!list) return [];
  return within(list)
    .queryAllByRole('listitem')
    .map((entry) => within(entry).queryByRole('link')?.textContent ?? '(loading)');
}

async function expectTitles(titles: unknown) {
  await waitFor(() => expect(shownTitles()).toEqual(titles));
}

/** The text a sighted reader sees: without the words kept for screen readers. */
function visibleText(element: Element | null): string {
  if (!element) return '';
  const seen = element.cloneNode(true) as Element;
  seen.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return seen.textContent.trim();
}

const query = (router: { state: { location: { search: string } } }) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search));

describe('the search page', () => {
  it('searches as the reader types, keeping the text in the URL without a history entry per letter', async () => {
    const { kaizhou, teaser } = await serveCorpus();
    const { user, router } = await openSearch();

    await user.type(searchBox(), '党建');

    await expectTitles([teaser.title, kaizhou.title]);
    expect(query(router)).toEqual({ q: '党建' });
    expect(router.state.historyAction).toBe('REPLACE');
    expect(await screen.findByText('找到 2 条结果')).toBeVisible();
    expect(document.title).toBe('搜索：党建 - 教育资讯阅读器');
  });

  it('starts the search for a letter in its input event, and runs it once', async () => {
    const { kaizhou, teaser } = await serveCorpus();
    const { searchBackend } = await openSearch();
    const run = vi.spyOn(searchBackend, 'run');
    // The searches for what was typed. The page's own search for the empty box may start this
    // late on a busy machine (its effect runs before the input event is handled): not counted.
    const pages = () =>
      run.mock.calls.flatMap(([call]) =>
        call.type === 'search' && !call.context.complete && call.request.text
          ? [call.request.text]
          : [],
      );

    // As a browser types: the value changes, then the input event, outside any React batch.
    const input = searchBox() as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '党建');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The engine has the search before the page renders what was typed.
    expect(pages()).toEqual(['党建']);

    await expectTitles([teaser.title, kaizhou.title]);
    // The results query of that render took the search already running: no second one.
    expect(pages()).toEqual(['党建']);
  });

  it('needs every word, matches a quoted phrase only as written, and leaves out a -word', async () => {
    const { kaizhou, afterSchool, scattered, teaser } = await serveCorpus();
    const { user } = await openSearch('/search');

    await user.type(searchBox(), '党建 开州');
    await expectTitles([kaizhou.title]);

    await user.clear(searchBox());
    await user.type(searchBox(), '课后 服务');
    await expectTitles([afterSchool.title, kaizhou.title, scattered.title]);

    await user.clear(searchBox());
    await user.type(searchBox(), '"课后服务"');
    await expectTitles([afterSchool.title, kaizhou.title]);

    await user.clear(searchBox());
    await user.type(searchBox(), '党建 -开州');
    await expectTitles([teaser.title]);
  });

  it('finds items about a place inside the region typed, and by pinyin and traditional characters', async () => {
    const { kaizhou, yongchuan } = await serveCorpus();
    await openSearch('/search?q=重庆');
    // Neither title says 重庆: both are found through their counties.
    await expectTitles([yongchuan.title, kaizhou.title]);
    const kaizhouLink = screen.getByRole('link', { name: kaizhou.title });
    await waitFor(() =>
      expect([...kaizhouLink.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
        '开州区',
      ]),
    );
  });

  it.each([
    ['kaizhou', '开州'],
    ['開州區', '开州区'],
  ])('finds the 开州区 article for %s and marks %s in its title', async (typed, marked) => {
    const { kaizhou } = await serveCorpus();
    const { user } = await openSearch('/search');
    await user.type(searchBox(), typed);

    await expectTitles([kaizhou.title]);
    const link = screen.getByRole('link', { name: kaizhou.title });
    await waitFor(() => expect(link.querySelector('mark')).toHaveTextContent(marked));
  });

  it('marks the matches in the titles and in a piece of the text, as text only', async () => {
    const { kaizhou } = await serveCorpus();
    await openSearch('/search?q=三力');

    await expectTitles([kaizhou.title]);
    const entry = screen.getByRole('link', { name: kaizhou.title }).closest('li') as HTMLElement;
    await waitFor(() => expect(entry.querySelectorAll('mark')).toHaveLength(2));
    expect([...entry.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['三力', '三力']);
    expect(entry).toHaveTextContent('持续聚焦领导力、向心力、推动力“三力”建设');
    expect(entry.querySelector('mark')?.children).toHaveLength(0);
  });

  it('links each result to its article with the search, for the article to mark', async () => {
    const { kaizhou } = await serveCorpus();
    const { user, router } = await openSearch('/search?q=三力');
    await expectTitles([kaizhou.title]);

    await user.click(screen.getByRole('link', { name: kaizhou.title }));

    const heading = await screen.findByRole('heading', { level: 1, name: kaizhou.title });
    expect(router.state.location.pathname).toBe(`/article/${kaizhou.id}`);
    expect(query(router)).toEqual({ q: '三力' });
    await waitFor(() => expect(heading.querySelector('mark')).toHaveTextContent('三力'));
    const first = screen.getByText((_, node) => node?.textContent === kaizhou.paragraphs[0]);
    expect(first.querySelector('mark')).toHaveTextContent('三力');
    expect(screen.getByText(/已标出与搜索“三力”匹配的文字/)).toBeVisible();
  });

  it('shows each filter value with its count, and narrows by region down the hierarchy', async () => {
    const { kaizhou, yongchuan } = await serveCorpus();
    const { user, router } = await openSearch('/search?q=重庆');
    await expectTitles([yongchuan.title, kaizhou.title]);

    const regions = screen.getByRole('group', { name: '地区' });
    await user.click(await within(regions).findByRole('button', { name: '重庆市，2条' }));

    expect(query(router)).toEqual({ q: '重庆', region: '50' });
    expect(router.state.historyAction).toBe('PUSH');
    const county = await within(regions).findByRole('button', { name: '开州区，1条' });
    expect(within(regions).getByRole('button', { name: '永川区，1条' })).toBeVisible();
    expect(within(regions).getByRole('button', { name: '重庆市，2条' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(county);
    expect(query(router)).toEqual({ q: '重庆', region: '500154' });
    await expectTitles([kaizhou.title]);
    expect(county).toHaveAttribute('aria-pressed', 'true');

    // Pressing the chosen county again steps back up to its province.
    await user.click(within(regions).getByRole('button', { name: /^开州区/ }));
    expect(query(router)).toEqual({ q: '重庆', region: '50' });
  });

  it('filters by topic, kind, date and bookmarks, each value counted', async () => {
    const { kaizhou, teaser, afterSchool, scattered } = await serveCorpus();
    const { user, router } = await openSearch('/search');
    await expectTitles(expect.any(Array));

    const topics = screen.getByRole('group', { name: '专题' });
    await user.click(await within(topics).findByRole('button', { name: '党建，2条' }));
    expect(query(router)).toEqual({ topic: 'party-building' });
    await expectTitles([teaser.title, kaizhou.title]);

    const kinds = screen.getByRole('group', { name: '类型' });
    await user.click(await within(kinds).findByRole('button', { name: '仅标题，1条' }));
    expect(query(router)).toEqual({ topic: 'party-building', kind: 'teaser' });
    await expectTitles([teaser.title]);

    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(query(router)).toEqual({});

    const dates = screen.getByRole('group', { name: '日期' });
    await user.click(await within(dates).findByRole('button', { name: '2023年，2条' }));
    expect(query(router)).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    await expectTitles([afterSchool.title, expect.stringContaining('永川区')]);

    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    await expectTitles(expect.arrayContaining([scattered.title]));
    const star = await screen.findByRole('button', { name: `收藏《${scattered.title}》` });
    await user.click(star);
    const onlySaved = await screen.findByRole('checkbox', { name: '只看已收藏，1条' });
    // Seen apart from its words (not 只看已收藏1), heard as a sentence.
    expect(visibleText(onlySaved.closest('label'))).toBe('只看已收藏（1）');
    await user.click(onlySaved);
    expect(query(router)).toEqual({ bookmarked: '1' });
    await expectTitles([scattered.title]);
  });

  it('filters by source site, each counted, and keeps the choice in the URL', async () => {
    const { kaizhou, yongchuan, guangxi } = await serveCorpus();
    const { user, router } = await openSearch('/search');
    await expectTitles(expect.any(Array));

    const sources = screen.getByRole('group', { name: '来源' });
    await within(sources).findByRole('button', { name: 'jw.cq.gov.cn，2条' });
    expect(within(sources).getByRole('button', { name: 'jyt.gxzf.gov.cn，1条' })).toBeVisible();
    await user.click(within(sources).getByRole('button', { name: 'jw.cq.gov.cn，2条' }));
    expect(query(router)).toEqual({ host: 'jw.cq.gov.cn' });
    await expectTitles([yongchuan.title, kaizhou.title]);

    await user.click(await within(sources).findByRole('button', { name: 'jyt.gxzf.gov.cn，1条' }));
    expect(new URLSearchParams(router.state.location.search).getAll('host')).toEqual([
      'jw.cq.gov.cn',
      'jyt.gxzf.gov.cn',
    ]);
    await expectTitles([guangxi.title, yongchuan.title, kaizhou.title]);
  });

  it('says when nothing was found and offers near queries that find something', async () => {
    const { kaizhou } = await serveCorpus();
    const { user, router } = await openSearch('/search');
    await user.type(searchBox(), '开洲');

    expect(await screen.findByText('没有找到与“开洲”相关的结果。')).toBeVisible();
    const suggestion = await screen.findByRole('link', { name: '开州' });
    await user.click(suggestion);

    expect(query(router)).toEqual({ q: '开州' });
    await expectTitles([kaizhou.title]);
    expect(searchBox()).toHaveValue('开州');
  });

  it('restores the search and its filters with Back and Forward', async () => {
    const { kaizhou, yongchuan } = await serveCorpus();
    const { user, router } = await openSearch('/search');
    await user.type(searchBox(), '重庆');
    await expectTitles([yongchuan.title, kaizhou.title]);
    const regions = screen.getByRole('group', { name: '地区' });
    await user.click(await within(regions).findByRole('button', { name: '重庆市，2条' }));
    await user.click(await within(regions).findByRole('button', { name: '开州区，1条' }));
    await expectTitles([kaizhou.title]);

    await act(() => router.navigate(-1));
    expect(query(router)).toEqual({ q: '重庆', region: '50' });
    await act(() => router.navigate(-1));
    expect(query(router)).toEqual({ q: '重庆' });
    await expectTitles([yongchuan.title, kaizhou.title]);
    expect(searchBox()).toHaveValue('重庆');

    await act(() => router.navigate(2));
    expect(query(router)).toEqual({ q: '重庆', region: '500154' });
    await expectTitles([kaizhou.title]);
    expect(within(regions).getByRole('button', { name: '开州区，1条' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows the text of addresses typed by hand, on Back and Forward between them', async () => {
    const { kaizhou, yongchuan } = await serveCorpus();
    // An address typed into the browser has no history state, so React Router gives each such
    // entry the same key, 'default'.
    const typed = (search: string) => ({ pathname: '/search', search, key: 'default' });
    const { router } = await openSearch([typed('?q=永川'), typed('?q=开州')]);
    expect(searchBox()).toHaveValue('开州');

    await act(() => router.navigate(-1));
    expect(searchBox()).toHaveValue('永川');
    await expectTitles([yongchuan.title]);

    await act(() => router.navigate(1));
    expect(searchBox()).toHaveValue('开州');
    await expectTitles([kaizhou.title]);
  });

  it('walks the results with j and k, opens one with o and bookmarks with b', async () => {
    const { kaizhou, yongchuan } = await serveCorpus();
    const { user, router } = await openSearch('/search?q=重庆');
    await expectTitles([yongchuan.title, kaizhou.title]);

    await user.click(document.body);
    await user.keyboard('jj');
    expect(screen.getByRole('link', { name: kaizhou.title })).toHaveFocus();
    await user.keyboard('b');
    expect(screen.getByRole('button', { name: `收藏《${kaizhou.title}》` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('o');
    await screen.findByRole('heading', { level: 1, name: kaizhou.title });
    expect(router.state.location.pathname).toBe(`/article/${kaizhou.id}`);
  });

  it('opens with the state of a shared URL', async () => {
    const { kaizhou } = await serveCorpus();
    await openSearch('/search?q=党建&region=500154&kind=article');

    await expectTitles([kaizhou.title]);
    expect(searchBox()).toHaveValue('党建');
    expect(await screen.findByRole('button', { name: '全文，1条' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: '开州区，1条' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('says so when the search files cannot be loaded', async () => {
    serveBundle({});
    renderApp('/search?q=党建');
    expect(await screen.findByRole('alert')).toHaveTextContent('搜索失败');
  });

  it('says the filters could not be counted when the reader is offline, and counts them on retry', async () => {
    const { bundle } = await serveCorpus();
    const network = serveBundle({
      ...bundle.files,
      [bundlePaths.searchManifest()]: respond.networkFailure(),
    });
    const { user } = await openSearch('/search?q=党建');
    expect(await screen.findByRole('alert')).toHaveTextContent('搜索失败');
    const topics = screen.getByRole('group', { name: '专题' });
    const regions = screen.getByRole('group', { name: '地区' });
    expect(topics).toHaveTextContent('未能统计');
    expect(topics).not.toHaveTextContent('正在统计');
    expect(regions).not.toHaveTextContent('正在统计');

    network.set(bundlePaths.searchManifest(), bundle.files[bundlePaths.searchManifest()] ?? {});
    await user.click(await screen.findByRole('button', { name: '重新统计' }));
    expect(await within(topics).findByRole('button', { name: '党建，2条' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the site search box', () => {
  it('is focused by / and opens the search page with what was typed', async () => {
    const { kaizhou } = await serveCorpus();
    const { user, router } = renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: '页面不存在' });

    await user.keyboard('/');
    const box = within(screen.getByRole('search', { name: '站内搜索' })).getByRole('searchbox');
    expect(box).toHaveFocus();
    await user.type(box, '三力{Enter}');

    expect(router.state.location.pathname).toBe('/search');
    expect(query(router)).toEqual({ q: '三力' });
    await expectTitles([kaizhou.title]);
    expect(screen.queryByRole('search', { name: '站内搜索' })).not.toBeInTheDocument();
  });

  it('starts loading the search files when the reader puts the cursor in it', async () => {
    const { files } = await buildSearchBundle(Object.values(searchCorpus()));
    const server = serveBundle(files);
    renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: '页面不存在' });
    expect(server.requested).not.toContain(bundlePaths.searchManifest());

    within(screen.getByRole('search', { name: '站内搜索' }))
      .getByRole('searchbox')
      .focus();

    await waitFor(() => expect(server.requested).toContain(bundlePaths.searchManifest()));
  });

  it('is offered on the page-not-found view too', async () => {
    await serveCorpus();
    const { user, router } = renderApp('/no/such/page');
    const form = await screen.findByRole('search', { name: '搜索本站' });
    await user.type(within(form).getByRole('searchbox'), '重庆');
    await user.click(within(form).getByRole('button', { name: '搜索' }));
    expect(query(router)).toEqual({ q: '重庆' });
  });
});
