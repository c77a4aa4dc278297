import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bundlePaths, type StoryCopy } from '../../src/domain/bundle/bundle';
import { otherCopies } from '../../src/client/features/articles/lib/story-copies';
import {
  buildArticle,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
} from './support/builders';
import { serveBundle } from './support/bundle-server';
import { buildSearchBundle } from './support/search-bundle';
import { renderApp } from './support/render';

const copy = (over: Partial<StoryCopy>): StoryCopy => ({
  id: 'a',
  title: '开州区多措并举做好近视防控',
  host: 'jw.cq.gov.cn',
  date: '2024-05-06',
  chars: 400,
  ...over,
});
const STORY = {
  id: 'a',
  copies: [
    copy({}),
    copy({ id: 'b', title: '護眼行動進校園 開州這樣做', host: 'mirror.example.com', chars: 420 }),
    copy({ id: 'c', title: '开州区多措并举做好近视防控', host: 'portal.example.com', chars: 200 }),
  ],
};

describe('the copies of a story', () => {
  it('says how each other copy differs from the one being read', () => {
    const reading = buildArticle({ id: 'b', title: STORY.copies[1]?.title ?? '', story: STORY });
    expect(otherCopies(reading).map((c) => [c.id, c.differences])).toEqual([
      ['a', ['标题不同']],
      ['c', ['更短', '标题不同']],
    ]);
    const lead = buildArticle({ id: 'a', title: STORY.copies[0]?.title ?? '', story: STORY });
    expect(otherCopies(lead).map((c) => [c.id, c.differences])).toEqual([
      ['b', ['标题不同']],
      ['c', ['更短']],
    ]);
    expect(otherCopies(buildArticle({ id: 'x' }))).toEqual([]);
  });

  it('shows a story once in the list with its number of sources', async () => {
    const lead = buildSummary({ id: 'a', title: STORY.copies[0]?.title ?? '', sources: 3 });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({ items: [lead] }),
      [bundlePaths.latestPage('head')]: buildLatestPage({ items: [lead] }),
    });
    renderApp('/');
    const link = await screen.findAllByRole('link', { name: lead.title });
    const row = link[0]?.closest('li');
    expect(within(row as HTMLElement).getByText('3 个来源')).toBeVisible();
  });

  it('lists the other copies on the article page, each a link, and moves there from the meta line', async () => {
    const article = buildArticle({ id: 'b', title: STORY.copies[1]?.title ?? '', story: STORY });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    renderApp(`/article/${article.id}`);
    const section = await screen.findByRole('region', { name: '同题报道' });
    const links = within(section).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      STORY.copies[0]?.title,
      STORY.copies[2]?.title,
    ]);
    expect(links[0]).toHaveAttribute('href', '/article/a');
    expect(within(section).getByText('portal.example.com')).toBeVisible();
    expect(within(section).getByText('更短')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: '3 个来源' }));
    expect(screen.getByRole('heading', { name: '同题报道' })).toHaveFocus();
  });

  it('says in a search result how many sources its story has', async () => {
    const lead = buildArticle({
      id: 'a',
      title: STORY.copies[0]?.title ?? '',
      paragraphs: ['开州区组织全区中小学开展近视防控专项行动。'],
      story: STORY,
    });
    const { files } = await buildSearchBundle([lead]);
    serveBundle(files);
    renderApp('/search?q=近视防控');
    const results = await screen.findByRole('list', { name: '搜索结果列表' });
    expect(await within(results).findByText('3 个来源')).toBeVisible();
  });
});
