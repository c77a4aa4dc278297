import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Bookmark } from '../../src/client/features/bookmarks/lib/bookmark';
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
  buildTeaser,
} from './support/builders';
import { serveBundle } from './support/bundle-server';
import { fakeOfflineSupport } from './support/offline';
import { renderApp } from './support/render';
import { writeFromAnotherTab } from './support/storage';

function storeBookmarks(bookmarks: Bookmark[]) {
  localStorage.setItem(BOOKMARKS_KEY, JSON.stringify(buildBookmarkFile(bookmarks)));
}

function storedBookmarks(): Bookmark[] {
  const raw = localStorage.getItem(BOOKMARKS_KEY);
  return raw === null ? [] : (JSON.parse(raw) as { bookmarks: Bookmark[] }).bookmarks;
}

/** The entries of the list, not the page links of its pagination. */
const bookmarkEntries = () =>
  within(screen.getByRole('region', { name: /我的收藏/ }))
    .queryAllByRole('listitem')
    .filter((entry) => entry.closest('nav') === null);

const bookmarkTitles = () =>
  bookmarkEntries().map((entry) => within(entry).getAllByRole('link')[0]?.textContent);

/** Captures what the page hands to the browser as a download. */
function captureDownloads() {
  const files: { name: string; text: () => Promise<string> }[] = [];
  let lastBlob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = lastBlob;
    if (blob) files.push({ name: this.download, text: () => blob.text() });
  });
  return files;
}

/** A JSON file as Windows Notepad saves "Unicode" text: UTF-16 after a byte order mark. */
const utf16File = (order: 'le' | 'be') => (content: unknown) => {
  const text = JSON.stringify(content);
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return new File([bytes], 'bookmarks.json', { type: 'application/json' });
};

const jsonFile = (content: unknown, name = 'bookmarks.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });

describe('bookmarking from a list and from the article page', () => {
  it('toggles a bookmark beside a list entry, showing its state, and lists it on the bookmarks page', async () => {
    const item = buildSummary({ title: '开州区聚焦“三力”抓实党建', date: '2022-10-21' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({ hot: [] }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({ items: [item] }),
    });
    const { user } = renderApp('/');

    const toggle = await screen.findByRole('button', { name: `收藏《${item.title}》` });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(storedBookmarks()).toEqual([
      expect.objectContaining({ id: item.id, title: item.title, date: '2022-10-21' }),
    ]);

    await user.click(screen.getByRole('link', { name: '收藏' }));
    expect(await screen.findByRole('heading', { level: 1, name: /我的收藏/ })).toHaveTextContent(
      '共 1 篇',
    );
    expect(bookmarkTitles()).toEqual([item.title]);
    expect(document.title).toBe('我的收藏 - 教育资讯阅读器');
  });

  it('toggles the bookmark on the article page, and the list entry shows the same state', async () => {
    const article = buildArticle({ title: '永川区多措并举促进高校毕业生就业' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest({ hot: [] }),
      [bundlePaths.latestArticlesPage('head')]: buildLatestPage({
        items: [buildSummary({ id: article.id, title: article.title })],
      }),
      [bundlePaths.item(article.id)]: buildItemFile(article),
    });
    const { user } = renderApp(`/article/${article.id}`);

    const toggle = await screen.findByRole('button', { name: '收藏', pressed: false });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('link', { name: '首页' }));
    expect(
      await screen.findByRole('button', { name: `收藏《${article.title}》`, pressed: true }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: `收藏《${article.title}》` }));
    expect(storedBookmarks()).toEqual([]);
  });

  it('bookmarks a teaser from its page with its title as shown', async () => {
    const teaser = buildTeaser({ title: '省教育厅举办2023', truncated: true });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(teaser.id)]: buildItemFile(teaser),
    });
    const { user } = renderApp(`/article/${teaser.id}`);

    await user.click(await screen.findByRole('button', { name: '收藏', pressed: false }));
    expect(storedBookmarks()).toEqual([
      expect.objectContaining({ id: teaser.id, kind: 'teaser', title: '省教育厅举办2023…' }),
    ]);
  });
});

describe('the bookmarks page', () => {
  it('lists bookmarks newest first, with the day each was saved', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    storeBookmarks([
      buildBookmark({ title: '最早收藏的', savedAt: '2024-01-05T02:00:00.000Z' }),
      buildBookmark({ title: '最近收藏的', savedAt: '2024-03-05T02:00:00.000Z' }),
      buildBookmark({ title: '中间收藏的', savedAt: '2024-02-05T02:00:00.000Z' }),
    ]);
    renderApp('/bookmarks');

    await screen.findByRole('heading', { level: 1, name: /我的收藏/ });
    expect(bookmarkTitles()).toEqual(['最近收藏的', '中间收藏的', '最早收藏的']);
    const [newest] = bookmarkEntries();
    expect(newest).toHaveTextContent('收藏于 2024年3月5日');
  });

  it('says how to bookmark when there are none', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    renderApp('/bookmarks');

    expect(await screen.findByText(/还没有收藏/)).toBeVisible();
    expect(screen.getByRole('button', { name: '导出收藏' })).toBeDisabled();
  });

  it('removes a bookmark and puts it back in its place on undo', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const older = buildBookmark({ title: '较早的文章' });
    const removed = buildBookmark({ title: '要移除的文章' });
    const newer = buildBookmark({ title: '较新的文章' });
    storeBookmarks([older, removed, newer]);
    const { user } = renderApp('/bookmarks');

    await user.click(await screen.findByRole('button', { name: '移除《要移除的文章》' }));
    expect(bookmarkTitles()).toEqual(['较新的文章', '较早的文章']);
    expect(screen.getByText('已移除《要移除的文章》。')).toBeVisible();
    const undo = screen.getByRole('button', { name: '撤销' });
    expect(undo).toHaveFocus();
    expect(storedBookmarks().map((b) => b.title)).toEqual(['较早的文章', '较新的文章']);

    await user.click(undo);
    expect(bookmarkTitles()).toEqual(['较新的文章', '要移除的文章', '较早的文章']);
    expect(storedBookmarks()).toContainEqual(removed);
    expect(screen.queryByRole('button', { name: '撤销' })).not.toBeInTheDocument();
  });

  it('shows 50 bookmarks a page, each page at an address of its own', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    storeBookmarks(
      Array.from({ length: 120 }, (_, i) => buildBookmark({ title: `收藏 ${i + 1}` })),
    );
    const { user, router } = renderApp('/bookmarks');

    await screen.findByRole('link', { name: '收藏 120' });
    expect(bookmarkTitles()).toHaveLength(50);
    const pagination = screen.getByRole('navigation', { name: '收藏分页' });
    expect(pagination).toHaveTextContent('第 1 页，共 3 页');

    await user.click(within(pagination).getByRole('link', { name: '下一页' }));
    expect(router.state.location.search).toBe('?page=2');
    expect(bookmarkTitles()).toHaveLength(50);
    expect(bookmarkTitles()[0]).toBe('收藏 70');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('共 120 篇');
  });

  it('shows the last page for a page past the end, as after removing its last bookmarks', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    storeBookmarks(Array.from({ length: 60 }, (_, i) => buildBookmark({ title: `收藏 ${i + 1}` })));
    renderApp('/bookmarks?page=7');

    await screen.findByRole('link', { name: '收藏 10' });
    expect(bookmarkTitles()).toEqual(Array.from({ length: 10 }, (_, i) => `收藏 ${10 - i}`));
    expect(screen.getByRole('navigation', { name: '收藏分页' })).toHaveTextContent(
      '第 2 页，共 2 页',
    );
  });

  it('says on its row, once, that a bookmarked article is no longer on the site', async () => {
    const kept = buildArticle({ title: '还在的文章' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(kept.id)]: buildItemFile(kept),
    });
    const gone = buildBookmark({ title: '已下线的文章' });
    storeBookmarks([buildBookmark({ id: kept.id, title: kept.title }), gone]);
    const { user } = renderApp('/bookmarks', { offline: fakeOfflineSupport().offline });

    const row = (await screen.findByText('该文章已不在资讯库中')).closest('li') as HTMLElement;
    expect(row).toHaveTextContent('已下线的文章');
    expect(screen.getAllByText(/已不在资讯库中/)).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '移除《已下线的文章》' }));
    expect(bookmarkTitles()).toEqual(['还在的文章']);
  });

  it('removes every bookmark whose item is gone at once, and can undo it', async () => {
    const kept = buildArticle({ title: '还在的文章' });
    serveBundle({
      [bundlePaths.manifest()]: buildManifest(),
      [bundlePaths.item(kept.id)]: buildItemFile(kept),
    });
    const gone = [buildBookmark(), buildBookmark({ kind: 'teaser' }), buildBookmark()];
    storeBookmarks([buildBookmark({ id: kept.id, title: kept.title }), ...gone]);
    const { user } = renderApp('/bookmarks', { offline: fakeOfflineSupport().offline });

    expect(await screen.findByText(/有 3 条收藏的文章已不在资讯库中/)).toBeVisible();
    expect(screen.getByText('该条目已不在资讯库中')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '全部移除' }));

    expect(bookmarkTitles()).toEqual(['还在的文章']);
    expect(screen.getByText('已移除 3 条收藏。')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(bookmarkTitles()).toHaveLength(4);
    expect(storedBookmarks()).toHaveLength(4);
  });

  it('follows bookmarks added and removed in another tab without reloading', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const first = buildBookmark({ title: '第一篇' });
    storeBookmarks([first]);
    renderApp('/bookmarks');
    await screen.findByRole('link', { name: '第一篇' });

    const second = buildBookmark({ title: '另一个标签页收藏的' });
    writeFromAnotherTab(BOOKMARKS_KEY, JSON.stringify(buildBookmarkFile([first, second])));
    expect(bookmarkTitles()).toEqual(['另一个标签页收藏的', '第一篇']);

    writeFromAnotherTab(BOOKMARKS_KEY, null);
    expect(bookmarkTitles()).toEqual([]);
    expect(screen.getByText(/还没有收藏/)).toBeVisible();
  });

  it('keeps a bookmark whose article has left the site, with its saved title', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const gone = buildBookmark({ title: '已被移除的文章' });
    storeBookmarks([gone]);
    const { user } = renderApp('/bookmarks');

    await user.click(await screen.findByRole('link', { name: '已被移除的文章' }));

    expect(await screen.findByRole('heading', { level: 1, name: '找不到这篇文章' })).toBeVisible();
    expect(screen.getByText(/您收藏的《已被移除的文章》已不在本站的数据中/)).toBeVisible();
    const toggle = screen.getByRole('button', { name: '收藏', pressed: true });
    await user.click(toggle);
    expect(storedBookmarks()).toEqual([]);
  });
});

describe('exporting and importing bookmarks', () => {
  it('exports every bookmark to a JSON file that imports back', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const bookmarks = [
      buildBookmark({ title: '一' }),
      buildBookmark({ kind: 'teaser', date: null }),
    ];
    storeBookmarks(bookmarks);
    const downloads = captureDownloads();
    const { user } = renderApp('/bookmarks');

    await user.click(await screen.findByRole('button', { name: '导出收藏' }));

    expect(screen.getByText('已导出 2 条收藏。')).toBeVisible();
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file?.name).toMatch(/^edu-news-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
    const content = JSON.parse((await file?.text()) ?? '') as unknown;
    expect(content).toEqual(
      buildBookmarkFile(bookmarks, { exportedAt: expect.stringMatching(/^\d{4}-/) }),
    );
  });

  it('merges an imported file with the bookmarks already here, and says what it added', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const here = buildBookmark({ title: '本来就有的' });
    storeBookmarks([here]);
    const { user } = renderApp('/bookmarks');
    await screen.findByRole('link', { name: '本来就有的' });

    const imported = [
      buildBookmark({ id: here.id, title: '文件里的旧标题' }),
      buildBookmark({ title: '导入的新收藏' }),
    ];
    await user.upload(screen.getByLabelText('导入收藏'), jsonFile(buildBookmarkFile(imported)));

    expect(
      await screen.findByText('已从“bookmarks.json”导入 1 条收藏，另有 1 条原本就在收藏中。'),
    ).toBeVisible();
    expect(bookmarkTitles()).toEqual(['导入的新收藏', '本来就有的']);
    expect(storedBookmarks()).toHaveLength(2);
  });

  it.each([
    ['a file that is not JSON', jsonFile('这不是 JSON'), '文件内容不是有效的 JSON。'],
    ['a JSON file of something else', jsonFile({ hello: 1 }), '这不是本阅读器导出的收藏文件。'],
    [
      'a file with one broken record',
      jsonFile(buildBookmarkFile([buildBookmark(), { ...buildBookmark(), title: '' }])),
      '第 2 条收藏缺少标题。',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_, file, reason) => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const here = buildBookmark({ title: '原有的收藏' });
    storeBookmarks([here]);
    const before = localStorage.getItem(BOOKMARKS_KEY);
    const { user } = renderApp('/bookmarks');
    await screen.findByRole('link', { name: '原有的收藏' });

    await user.upload(screen.getByLabelText('导入收藏'), file);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `无法导入“bookmarks.json”：${reason}收藏没有任何改动。`,
    );
    expect(bookmarkTitles()).toEqual(['原有的收藏']);
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBe(before);
  });

  it.each([
    ['UTF-16 little-endian', utf16File('le')],
    ['UTF-16 big-endian', utf16File('be')],
  ])('imports a file saved as %s with a byte order mark', async (_, encode) => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const { user } = renderApp('/bookmarks');
    const file = encode(buildBookmarkFile([buildBookmark({ title: '记事本另存为的收藏' })]));

    await user.upload(await screen.findByLabelText('导入收藏'), file);

    expect(await screen.findByText('已从“bookmarks.json”导入 1 条收藏。')).toBeVisible();
    expect(bookmarkTitles()).toEqual(['记事本另存为的收藏']);
  });

  it('refuses a file that is not text at all, saying so rather than blaming its JSON', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const { user } = renderApp('/bookmarks');
    // The first bytes of a PNG image: a signature, then a chunk length full of zero bytes.
    const image = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
      'bookmarks.json',
    );

    await user.upload(await screen.findByLabelText('导入收藏'), image);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '无法导入“bookmarks.json”：文件不是文本文件，不像是收藏文件。收藏没有任何改动。',
    );
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBeNull();
  });

  it('refuses a file far larger than any bookmark file without reading it', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const { user } = renderApp('/bookmarks');
    const huge = jsonFile('x');
    Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 });
    const readText = vi.spyOn(huge, 'text');
    const readBytes = vi.spyOn(huge, 'arrayBuffer');

    await user.upload(await screen.findByLabelText('导入收藏'), huge);

    expect(await screen.findByRole('alert')).toHaveTextContent('文件太大，不像是收藏文件。');
    expect(readText).not.toHaveBeenCalled();
    expect(readBytes).not.toHaveBeenCalled();
    expect(localStorage.getItem(BOOKMARKS_KEY)).toBeNull();
  });
});
