import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  BUNDLE_VERSION,
  bundlePaths,
  type FeedIndex,
  type Manifest,
} from '../../src/domain/bundle/bundle';
import { buildLatestPage } from './support/builders';
import { serveBundle } from './support/bundle-server';
import { buildSearchBundle } from './support/search-bundle';
import { searchCorpus } from './support/search-corpus';
import { renderApp } from './support/render';

const SITE = 'https://example.org/reader/';
const INDEX: FeedIndex = {
  version: BUNDLE_VERSION,
  topic: { myopia: '近视防控' },
  region: { '50': '重庆市' },
  host: { 'jw.cq.gov.cn': 'jw.cq.gov.cn' },
};

/** The corpus served as a build with feeds (a site address), or without. */
async function serve(manifest: Partial<Manifest> = { feeds: { siteUrl: SITE } }) {
  const bundle = await buildSearchBundle(Object.values(searchCorpus()), manifest);
  return serveBundle({
    ...bundle.files,
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
    [bundlePaths.feedIndex()]: INDEX,
  });
}

const alternates = () =>
  [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => ({
    type: link.getAttribute('type'),
    href: link.getAttribute('href'),
  }));

describe('feeds in the reader', () => {
  it('names the feed of everything in the home page head', async () => {
    await serve();
    renderApp('/');
    await waitFor(() =>
      expect(alternates()).toContainEqual({
        type: 'application/rss+xml',
        href: `${SITE}data/feeds/all.rss.xml`,
      }),
    );
    expect(alternates()).toContainEqual({
      type: 'application/atom+xml',
      href: `${SITE}data/feeds/all.atom.xml`,
    });
  });

  it('offers a topic page its feed: 订阅 shows the address, copies it, and draws its QR code', async () => {
    await serve();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const { user } = renderApp('/search?topic=myopia');
    const address = `${SITE}data/feeds/topic/myopia.rss.xml`;

    const button = await screen.findByRole('button', { name: '订阅' });
    expect(alternates()).toContainEqual({ type: 'application/rss+xml', href: address });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = await screen.findByRole('region', { name: '订阅“近视防控”' });
    expect(within(panel).getByLabelText('订阅地址（RSS）')).toHaveValue(address);
    expect(within(panel).getByRole('img', { name: `订阅地址的二维码：${address}` })).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: '复制地址' }));
    expect(writeText).toHaveBeenCalledWith(address);
    expect(await within(panel).findByText('地址已复制')).toBeVisible();

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('offers a region page its feed, and none to a region without one or a search with words', async () => {
    const server = await serve();
    const first = renderApp('/search?region=50');
    expect(await screen.findByRole('button', { name: '订阅' })).toBeVisible();
    expect(alternates()).toContainEqual({
      type: 'application/rss+xml',
      href: `${SITE}data/feeds/region/50.rss.xml`,
    });
    first.unmount();

    // 广西 (45) has articles but, in this build's list, no feed.
    const second = renderApp('/search?region=45');
    await screen.findByRole('link', { name: /广西壮族自治区部署儿童青少年近视防控工作/ });
    await waitFor(() => expect(server.requested).toContain(bundlePaths.feedIndex()));
    expect(screen.queryByRole('button', { name: '订阅' })).not.toBeInTheDocument();
    second.unmount();

    renderApp('/search?q=近视&topic=myopia');
    await screen.findByRole('link', { name: /广西壮族自治区部署儿童青少年近视防控工作/ });
    expect(screen.queryByRole('button', { name: '订阅' })).not.toBeInTheDocument();
    expect(alternates()).toEqual([]);
  });

  it('offers a source site (来源) its feed, and none to a site and a topic together', async () => {
    await serve();
    const first = renderApp('/search?host=jw.cq.gov.cn');
    expect(await screen.findByRole('button', { name: '订阅' })).toBeVisible();
    expect(alternates()).toContainEqual({
      type: 'application/rss+xml',
      href: `${SITE}data/feeds/host/jw.cq.gov.cn.rss.xml`,
    });
    first.unmount();

    renderApp('/search?host=jw.cq.gov.cn&topic=party-building');
    await screen.findByRole('heading', { level: 1, name: '搜索' });
    await screen.findAllByRole('link', { name: /开州区/ });
    expect(screen.queryByRole('button', { name: '订阅' })).not.toBeInTheDocument();
  });

  it('offers nothing and fetches no feed list when the build wrote no feeds', async () => {
    const server = await serve({});
    renderApp('/search?topic=myopia');
    await screen.findByRole('heading', { level: 1, name: '搜索' });
    await waitFor(() => expect(server.requested).toContain(bundlePaths.manifest()));
    expect(screen.queryByRole('button', { name: '订阅' })).not.toBeInTheDocument();
    expect(server.requested).not.toContain(bundlePaths.feedIndex());
    expect(alternates()).toEqual([]);
  });
});

describe('the 订阅 disclosure', () => {
  it('starts closed on the next topic page', async () => {
    await serve();
    const { user, router } = renderApp('/search?topic=myopia');
    await user.click(await screen.findByRole('button', { name: '订阅' }));
    expect(await screen.findByRole('region', { name: '订阅“近视防控”' })).toBeVisible();

    await router.navigate('/search?region=50');

    await screen.findByRole('button', { name: '订阅', expanded: false });
    expect(screen.queryByRole('region', { name: /^订阅/ })).not.toBeInTheDocument();
  });
});
