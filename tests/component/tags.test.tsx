import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
  buildTeaser,
} from './support/builders';
import { serveBundle } from './support/bundle-server';
import { buildSearchBundle } from './support/search-bundle';
import { searchCorpus } from './support/search-corpus';
import { renderApp } from './support/render';

const searchOf = (href: string | null) =>
  Object.fromEntries(new URLSearchParams((href ?? '').split('?')[1] ?? ''));

describe('tags on an article', () => {
  it('shows its places and topics as links to those searches, and follows them', async () => {
    const { kaizhou, yongchuan } = searchCorpus();
    const bundle = await buildSearchBundle([kaizhou, yongchuan]);
    serveBundle(bundle.files);
    const { user, router } = renderApp(`/article/${kaizhou.id}`);

    const chips = await screen.findByRole('list', { name: '地区与专题' });
    const region = within(chips).getByRole('link', { name: '地区：重庆市开州区' });
    expect(region).toHaveAttribute('href', '/search?region=500154');
    const topic = within(chips).getByRole('link', { name: '专题：党建' });
    expect(topic).toHaveAttribute('href', '/search?topic=party-building');

    await user.click(region);
    await screen.findByRole('heading', { level: 1, name: '搜索' });
    expect(router.state.location.pathname).toBe('/search');
    expect(searchOf(router.state.location.search)).toEqual({ region: '500154' });
    expect(await screen.findByRole('link', { name: kaizhou.title })).toBeVisible();
  });

  it('lists related articles after the neighbours, with the list keys and bookmark stars', async () => {
    const related = [
      buildSummary({ title: '永川区多措并举促进高校毕业生就业' }),
      buildSummary({ kind: 'teaser', title: '省教育厅举办2023', truncated: true }),
    ];
    const article = buildArticle({ related, prev: buildSummary({ title: '上一篇的标题' }) });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);

    const section = await screen.findByRole('region', { name: '相关文章' });
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      '永川区多措并举促进高校毕业生就业',
      '省教育厅举办2023…',
    ]);
    expect(links[0]).toHaveAttribute('href', `/article/${related[0]?.id ?? ''}`);
    expect(within(section).getAllByRole('button', { name: /^收藏《/ })).toHaveLength(2);
    // After the neighbours in reading order.
    const neighbours = screen.getByRole('navigation', { name: '上一篇与下一篇' });
    expect(neighbours.compareDocumentPosition(section)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('shows no related section or chips for an article without them', async () => {
    const article = buildArticle();
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);
    await screen.findByRole('heading', { level: 1, name: article.title });
    expect(screen.queryByRole('region', { name: '相关文章' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '地区与专题' })).not.toBeInTheDocument();
  });
});

describe('a teaser page', () => {
  it('links to similar articles through its place and topic', async () => {
    const teaser = buildTeaser({
      title: '广西:做好近视防控工',
      truncated: true,
      regions: [{ code: '45', name: '广西壮族自治区', chain: ['广西壮族自治区'] }],
      topics: [{ id: 'myopia', name: '近视防控' }],
    });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(teaser.id)]: buildItemFile(teaser),
    });
    renderApp(`/article/${teaser.id}`);

    const similar = await screen.findByRole('link', { name: '查找相似文章' });
    expect(searchOf(similar.getAttribute('href'))).toEqual({ region: '45', topic: 'myopia' });
    expect(screen.getByRole('link', { name: '专题：近视防控' })).toBeVisible();
  });

  it('links to articles that begin like its title when it has no tags', async () => {
    const teaser = buildTeaser({ title: '省教育厅举办2023', truncated: true });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(teaser.id)]: buildItemFile(teaser),
    });
    renderApp(`/article/${teaser.id}`);

    const similar = await screen.findByRole('link', { name: '查找相似文章' });
    expect(searchOf(similar.getAttribute('href'))).toEqual({ q: '省教育厅举办' });
  });
});

describe('the home page quick filters', () => {
  it('lists the regions and topics of the manifest with their counts, each a search link', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({
        facets: {
          regions: [
            { code: '50', name: '重庆市', chain: ['重庆市'], count: 12 },
            { code: '500154', name: '开州区', chain: ['重庆市', '开州区'], count: 3 },
          ],
          topics: [{ id: 'party-building', name: '党建', count: 7 }],
        },
      }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
    });
    renderApp('/');

    const section = await screen.findByRole('region', { name: '按地区和专题浏览' });
    const regions = within(section).getByRole('list', { name: '地区' });
    expect(
      within(regions)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['重庆市，12条', '开州区，3条']);
    expect(within(regions).getByRole('link', { name: '重庆市，12条' })).toHaveAttribute(
      'href',
      '/search?region=50',
    );
    const topics = within(section).getByRole('list', { name: '专题' });
    expect(within(topics).getByRole('link', { name: '党建，7条' })).toHaveAttribute(
      'href',
      '/search?topic=party-building',
    );
  });

  it('are left out when the bundle has no tags', async () => {
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage(),
    });
    renderApp('/');
    await screen.findByRole('region', { name: '热门资讯' });
    expect(screen.queryByRole('region', { name: '按地区和专题浏览' })).not.toBeInTheDocument();
  });
});
