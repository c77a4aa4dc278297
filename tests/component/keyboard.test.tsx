import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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

function serveLists() {
  const article = buildArticle({ title: '第二条：有全文的文章' });
  const latest = [
    buildSummary({ title: '第一条新闻' }),
    buildSummary({ id: article.id, title: article.title }),
    buildSummary({ title: '第三条新闻' }),
  ];
  const hot = [buildSummary({ title: '热门第一' })];
  serveBundle({
    [bundlePaths.manifest()]: buildManifest({ hot }),
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage({ items: latest }),
    [bundlePaths.item(article.id)]: buildItemFile(article),
  });
  return { article };
}

const link = (name: string) => screen.getByRole('link', { name });

/** The latest page and the hot list load separately; keys walk whatever is on screen. */
async function bothListsShown() {
  await screen.findByRole('link', { name: '第三条新闻' });
  await screen.findByRole('link', { name: '热门第一' });
}

describe('reading with the keyboard', () => {
  it('moves through the lists with j and k, from the latest list on into the hot list', async () => {
    serveLists();
    const { user } = renderApp('/');
    await bothListsShown();

    await user.keyboard('j');
    expect(link('第一条新闻')).toHaveFocus();
    await user.keyboard('jj');
    expect(link('第三条新闻')).toHaveFocus();
    await user.keyboard('j');
    expect(link('热门第一')).toHaveFocus();
    await user.keyboard('j');
    expect(link('热门第一')).toHaveFocus();
    await user.keyboard('kk');
    expect(link('第二条：有全文的文章')).toHaveFocus();
  });

  it('opens the chosen entry with o, then bookmarks the article with b', async () => {
    const { article } = serveLists();
    const { user, router } = renderApp('/');
    await bothListsShown();

    await user.keyboard('jjo');
    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/article/${article.id}`);

    await user.keyboard('b');
    expect(screen.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('b');
    expect(screen.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('opens the chosen entry with Enter too', async () => {
    const { article } = serveLists();
    const { user } = renderApp('/');
    await bothListsShown();

    await user.keyboard('jj{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
  });

  it('bookmarks the chosen list entry with b', async () => {
    serveLists();
    const { user } = renderApp('/');
    await bothListsShown();

    await user.keyboard('jjjb');
    expect(screen.getByRole('button', { name: '收藏《第三条新闻》' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: '收藏《第一条新闻》' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows the shortcuts with ?, and Escape closes them and returns focus', async () => {
    serveLists();
    const { user } = renderApp('/');
    await bothListsShown();
    await user.keyboard('j');

    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: '键盘快捷键' });
    for (const description of ['下一条', '上一条', '打开选中的条目', '显示快捷键']) {
      expect(within(dialog).getByText(description)).toBeVisible();
    }
    expect(within(dialog).getByText('Enter')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: '关闭' })).toHaveFocus();

    // Keys typed while the help is open do not act on the page behind it.
    await user.keyboard('j');
    expect(screen.getByRole('dialog', { name: '键盘快捷键' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(link('第一条新闻')).toHaveFocus();
  });

  it('opens the shortcuts from the footer for readers who do not know the ? key', async () => {
    serveLists();
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: /键盘快捷键/ }));
    expect(screen.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it.each([
    ['a touch screen', '(pointer: coarse)'],
    ['a narrow screen', '(max-width: 39.99rem)'],
  ])('does not advertise the shortcuts in the footer on %s', async (_, matching) => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.split(',').some((part) => part.trim() === matching),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    serveLists();
    renderApp('/');
    await screen.findByRole('link', { name: '第一条新闻' });
    expect(screen.getByRole('contentinfo')).toHaveTextContent('教育资讯阅读器');
    expect(screen.queryByRole('button', { name: /键盘快捷键/ })).not.toBeInTheDocument();
  });

  it('leaves keys alone while the reader types in a text field', async () => {
    serveLists();
    const { user } = renderApp('/');
    await bothListsShown();
    const field = document.createElement('input');
    document.body.append(field);

    await user.click(field);
    await user.keyboard('j?b');
    expect(field).toHaveValue('j?b');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    field.remove();
  });

  it('leaves keys with Ctrl or Cmd to the browser', async () => {
    serveLists();
    const { user } = renderApp('/');
    await bothListsShown();

    await user.keyboard('{Control>}j{/Control}{Meta>}j{/Meta}');
    expect(document.body).toHaveFocus();
  });

  it('starts with a skip link that moves focus to the main content', async () => {
    serveLists();
    const { user } = renderApp('/');
    await bothListsShown();

    await user.tab();
    expect(screen.getByRole('link', { name: '跳到正文' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
