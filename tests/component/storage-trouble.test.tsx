import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BOOKMARKS_KEY } from '../../src/client/features/bookmarks/store/bookmark-store';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import {
  buildArticle,
  buildBookmark,
  buildBookmarkFile,
  buildItemFile,
  buildLatestPage,
  buildManifest,
  buildSummary,
} from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';
import { blockedStorage, fullStorage, memoryStorage } from './support/storage';

const notice = () => screen.findByRole('region', { name: '数据保存提示' });

function serveOneArticle() {
  const article = buildArticle({ title: '存储出问题时也能读的文章' });
  serveBundle({
    [bundlePaths.manifest()]: buildManifest({ hot: [] }),
    [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
      items: [buildSummary({ id: article.id, title: article.title })],
    }),
    [bundlePaths.item(article.id)]: buildItemFile(article),
  });
  return article;
}

describe('when the browser gives no storage', () => {
  it.each([
    ['blocks site data', () => blockedStorage()],
    ['has no localStorage at all', () => null],
  ])(
    'still reads when the browser %s, says bookmarks will not last, and bookmarks for the visit',
    async (_, storage) => {
      const article = serveOneArticle();
      const { user } = renderApp(`/article/${article.id}`, { storage: storage() });

      expect(await screen.findByRole('heading', { level: 1, name: article.title })).toBeVisible();
      expect(await notice()).toHaveTextContent('收藏和阅读设置在关闭页面后不会保留');

      const toggle = screen.getByRole('button', { name: '收藏', pressed: false });
      await user.click(toggle);
      expect(toggle).toHaveAttribute('aria-pressed', 'true');

      await user.click(screen.getByRole('button', { name: '知道了' }));
      expect(screen.queryByRole('region', { name: '数据保存提示' })).not.toBeInTheDocument();
    },
  );
});

describe('when storage is full', () => {
  it('keeps the new bookmark for this page and warns that it was not saved', async () => {
    const article = serveOneArticle();
    const storage = fullStorage();
    const { user } = renderApp(`/article/${article.id}`, { storage });
    await screen.findByRole('heading', { level: 1, name: article.title });

    await user.click(screen.getByRole('button', { name: '收藏', pressed: false }));

    expect(screen.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '最近的更改没有保存：浏览器的存储空间已满或拒绝写入。',
    );
    expect(within(await notice()).getByRole('link', { name: /导出收藏/ })).toHaveAttribute(
      'href',
      '/bookmarks',
    );
    expect(storage.getItem(BOOKMARKS_KEY)).toBeNull();
  });
});

describe('when the stored bookmarks cannot be read', () => {
  it('keeps the unreadable data aside, never overwritten, and says so', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const storage = memoryStorage({ [BOOKMARKS_KEY]: '{"format":"edu-news-reader/bookm' });
    renderApp('/bookmarks', { storage });

    expect(await notice()).toHaveTextContent('本浏览器中保存的收藏数据有一部分无法读取');
    expect(await notice()).toHaveTextContent('原始数据已另外保存，不会被覆盖');
    const kept = [...storage.data].filter(([key]) =>
      key.startsWith(`${BOOKMARKS_KEY}:unreadable:`),
    );
    expect(kept.map(([, value]) => value)).toEqual(['{"format":"edu-news-reader/bookm']);
  });

  it('shows the readable bookmarks of partly damaged data', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const good = buildBookmark({ title: '完好的收藏' });
    const raw = JSON.stringify(buildBookmarkFile([good, { id: 42 }]));
    renderApp('/bookmarks', { storage: memoryStorage({ [BOOKMARKS_KEY]: raw }) });

    expect(await screen.findByRole('link', { name: '完好的收藏' })).toBeVisible();
    expect(await notice()).toHaveTextContent('能读取的收藏已照常显示');
  });

  it('lets the reader download the unreadable data exactly as it was', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const raw = '{"bookmarks": [ 这里被截断了';
    let downloaded: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloaded = blob as Blob;
      return 'blob:unreadable';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = renderApp('/bookmarks', {
      storage: memoryStorage({ [BOOKMARKS_KEY]: raw }),
    });

    await user.click(await screen.findByRole('button', { name: '下载无法读取的数据' }));

    expect(click).toHaveBeenCalledOnce();
    expect(await (downloaded as Blob | null)?.text()).toBe(raw);
  });

  it('deletes the kept data only after a second, explicit click', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const storage = memoryStorage({ [BOOKMARKS_KEY]: 'not json' });
    const { user } = renderApp('/bookmarks', { storage });

    await user.click(await screen.findByRole('button', { name: '删除这份数据' }));
    expect(storage.data.size).toBe(2);
    await user.click(screen.getByRole('button', { name: '确认删除（无法恢复）' }));

    expect(screen.queryByRole('region', { name: '数据保存提示' })).not.toBeInTheDocument();
    expect([...storage.data.keys()]).toEqual([BOOKMARKS_KEY]);
  });

  it('pauses saving rather than overwrite data it could not set aside', async () => {
    const article = serveOneArticle();
    const storage = fullStorage({ [BOOKMARKS_KEY]: 'not json' });
    const { user } = renderApp(`/article/${article.id}`, { storage });
    await screen.findByRole('heading', { level: 1, name: article.title });

    expect(await notice()).toHaveTextContent('为了不覆盖这份数据，新的收藏暂时不会保存');
    await user.click(screen.getByRole('button', { name: '收藏', pressed: false }));

    expect(storage.getItem(BOOKMARKS_KEY)).toBe('not json');
    expect(screen.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'true');
  });
});
