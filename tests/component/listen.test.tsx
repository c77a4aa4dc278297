import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QueueEntry } from '../../src/client/features/listen/lib/listen-queue';
import { STORAGE_KEYS } from '../../src/client/lib/storage/storage-keys';
import { bundlePaths } from '../../src/domain/bundle/bundle';
import { buildBookmark, buildBookmarkFile, buildManifest } from './support/builders';
import { serveBundle } from './support/bundle-server';
import { renderApp } from './support/render';

const entry = (id: string, title: string): QueueEntry => ({
  id,
  title,
  date: '2024-11-23',
  addedAt: '2024-11-23T08:00:00.000Z',
});

function storeQueue(queue: QueueEntry[]) {
  localStorage.setItem(
    STORAGE_KEYS.listening,
    JSON.stringify({
      format: 'edu-news-reader/listening',
      version: 1,
      queue,
      rate: 1,
      voice: null,
    }),
  );
}

function storedQueueIds(): string[] {
  const raw = localStorage.getItem(STORAGE_KEYS.listening);
  return raw === null ? [] : (JSON.parse(raw) as { queue: QueueEntry[] }).queue.map((e) => e.id);
}

const jsonFile = (content: unknown) =>
  new File([JSON.stringify(content)], 'bookmarks.json', { type: 'application/json' });

function captureDownload() {
  let blob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return () => (blob ? blob.text() : Promise.resolve(''));
}

describe('the listening queue with the bookmark file', () => {
  it('exports the queue with the bookmarks, even when there are no bookmarks', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    storeQueue([entry('aaa', '先听这篇'), entry('bbb', '再听这篇')]);
    const downloaded = captureDownload();
    const { user } = renderApp('/bookmarks');

    await user.click(await screen.findByRole('button', { name: '导出收藏' }));

    expect(screen.getByText('已导出 0 条收藏，稍后听 2 篇。')).toBeVisible();
    const file = JSON.parse(await downloaded()) as { listenQueue: QueueEntry[] };
    expect(file.listenQueue).toEqual([entry('aaa', '先听这篇'), entry('bbb', '再听这篇')]);
  });

  it('adds the queue of an imported file after its own, and still imports files without one', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    storeQueue([entry('aaa', '本来就在')]);
    const { user } = renderApp('/bookmarks');
    const input = await screen.findByLabelText('导入收藏');

    await user.upload(
      input,
      jsonFile(
        buildBookmarkFile([buildBookmark({ title: '收藏一' })], {
          listenQueue: [entry('bbb', '文件里的'), entry('aaa', '重复的')],
        }),
      ),
    );
    expect(await screen.findByText(/稍后听列表加入 1 篇。/)).toBeVisible();
    expect(storedQueueIds()).toEqual(['aaa', 'bbb']);

    await user.upload(input, jsonFile(buildBookmarkFile([buildBookmark({ title: '收藏二' })])));
    expect(await screen.findByText(/导入 1 条收藏。$/)).toBeVisible();
    expect(storedQueueIds()).toEqual(['aaa', 'bbb']);
  });

  it('refuses a file whose queue has a bad entry, changing nothing', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    const { user } = renderApp('/bookmarks');

    await user.upload(
      await screen.findByLabelText('导入收藏'),
      jsonFile(
        buildBookmarkFile([buildBookmark({ title: '收藏一' })], {
          listenQueue: [entry('bbb', '好的'), { ...entry('ccc', ''), title: '' }],
        }),
      ),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '无法导入“bookmarks.json”：稍后听列表第 2 篇缺少标题。收藏没有任何改动。',
    );
    expect(storedQueueIds()).toEqual([]);
    expect(localStorage.getItem(STORAGE_KEYS.bookmarks)).toBeNull();
  });
});

describe('the 稍后听 page', () => {
  it('lists the queue in order, moves and removes entries', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    storeQueue([entry('aaa', '第一篇'), entry('bbb', '第二篇'), entry('ccc', '第三篇')]);
    const { user } = renderApp('/listen');
    const page = await screen.findByRole('region', { name: /稍后听/ });
    const list = within(page).getByRole('list');
    const titles = () =>
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent);

    expect(titles()).toEqual(['第一篇', '第二篇', '第三篇']);
    expect(screen.getByRole('button', { name: '上移《第一篇》' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '上移《第三篇》' }));
    expect(titles()).toEqual(['第一篇', '第三篇', '第二篇']);
    await user.click(screen.getByRole('button', { name: '从稍后听中移除《第一篇》' }));
    expect(titles()).toEqual(['第三篇', '第二篇']);
    expect(storedQueueIds()).toEqual(['ccc', 'bbb']);
  });

  it('says how to fill an empty queue', async () => {
    serveBundle({ [bundlePaths.manifest()]: buildManifest() });
    renderApp('/listen');
    expect(await screen.findByText(/稍后听列表是空的/)).toBeVisible();
  });
});
