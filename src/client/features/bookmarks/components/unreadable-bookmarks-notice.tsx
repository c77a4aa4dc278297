import { useState } from 'react';
import { downloadTextFile } from '../../../lib/download-text-file';
import { localIsoDate } from '../../../lib/local-date';
import type { PersistedStore, UnreadableData } from '../../../lib/storage/persisted-store';
import { useBookmarkStore } from '../store/bookmark-store';

interface UnreadableNoticeProps {
  unreadable: UnreadableData;
  /** Another store kept with the bookmarks' rules (关注); the bookmarks' by default. */
  store?: Pick<PersistedStore<unknown>, 'unreadableCopies' | 'discardUnreadable'>;
  /** What the data is, in the sentences: 收藏 or 关注. */
  noun?: string;
  /** Part of the downloaded file's name. */
  fileKind?: string;
}

/**
 * Says that stored bookmark (or 关注) data could not be read, and lets the reader take it away
 * (to repair or keep) or let it go. Nothing is deleted without a second, explicit click.
 */
export function UnreadableBookmarksNotice({
  unreadable,
  store: given,
  noun = '收藏',
  fileKind = 'bookmarks',
}: UnreadableNoticeProps) {
  const bookmarks = useBookmarkStore();
  const store = given ?? bookmarks;
  const [confirming, setConfirming] = useState(false);

  const download = () => {
    const copies = store.unreadableCopies();
    const text =
      copies.length === 1
        ? (copies[0] ?? '')
        : copies.map((copy, i) => `----- 第 ${i + 1} 份 -----\n${copy}`).join('\n\n');
    downloadTextFile(
      `edu-news-${fileKind}-unreadable-${localIsoDate(new Date())}.txt`,
      text,
      'text/plain',
    );
  };

  return (
    <div className="notice-block">
      <p>
        本浏览器中保存的{noun}数据有一部分无法读取
        {unreadable.copies > 1 ? `（共 ${unreadable.copies} 份）` : ''}。
        {unreadable.partlyRead ? `能读取的${noun}已照常显示。` : ''}
        {unreadable.savingPaused
          ? `为了不覆盖这份数据，新的${noun}暂时不会保存；请先下载它，再选择删除。`
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
