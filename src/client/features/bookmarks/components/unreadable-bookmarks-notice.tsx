import { useState } from 'react';
import { downloadTextFile } from '../../../lib/download-text-file';
import { localIsoDate } from '../../../lib/local-date';
import type { UnreadableData } from '../../../lib/storage/persisted-store';
import { useBookmarkStore } from '../store/bookmark-store';

/**
 * Says that stored bookmark data could not be read, and lets the reader take it away (to repair
 * or keep) or let it go. Nothing is deleted without a second, explicit click.
 */
export function UnreadableBookmarksNotice({ unreadable }: { unreadable: UnreadableData }) {
  const store = useBookmarkStore();
  const [confirming, setConfirming] = useState(false);

  const download = () => {
    const copies = store.unreadableCopies();
    const text =
      copies.length === 1
        ? (copies[0] ?? '')
        : copies.map((copy, i) => `----- 第 ${i + 1} 份 -----\n${copy}`).join('\n\n');
    downloadTextFile(
      `edu-news-bookmarks-unreadable-${localIsoDate(new Date())}.txt`,
      text,
      'text/plain',
    );
  };

  return (
    <div className="notice-block">
      <p>
        本浏览器中保存的收藏数据有一部分无法读取
        {unreadable.copies > 1 ? `（共 ${unreadable.copies} 份）` : ''}。
        {unreadable.partlyRead ? '能读取的收藏已照常显示。' : ''}
        {unreadable.savingPaused
          ? '为了不覆盖这份数据，新的收藏暂时不会保存；请先下载它，再选择删除。'
          : '原始数据已另外保存，不会被覆盖；可以下载下来修复或留存。'}
      </p>
      <p className="notice-block__actions">
        <button type="button" className="action-button" onClick={download}>
          下载无法读取的数据
        </button>
        {confirming ? (
          <button
            type="button"
            className="action-button action-button--danger"
            onClick={() => store.discardUnreadable()}
          >
            确认删除（无法恢复）
          </button>
        ) : (
          <button type="button" className="action-button" onClick={() => setConfirming(true)}>
            删除这份数据
          </button>
        )}
      </p>
    </div>
  );
}
