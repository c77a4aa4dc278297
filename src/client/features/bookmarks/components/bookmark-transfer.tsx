import { useState, type ChangeEvent } from 'react';
import { downloadTextFile } from '../../../lib/download-text-file';
import { localIsoDate } from '../../../lib/local-date';
import {
  BOOKMARK_FILE_MAX_BYTES,
  encodeBookmarkFile,
  parseBookmarkFile,
} from '../lib/bookmark-file';
import { decodeTextFile } from '../lib/decode-text-file';
import { useBookmarks } from '../hooks/use-bookmarks';
import { useBookmarkStore } from '../store/bookmark-store';
import {
  encodeQueueEntries,
  queueOfBookmarkFile,
  useListenQueue,
  useListenStore,
} from '../../listen';
import { useFollows } from '../hooks/use-follows';
import { useFollowStore } from '../store/follow-store';

type Message = { kind: 'done' | 'error'; text: string } | null;

/** Export to a JSON file and import from one: the way bookmarks move between browsers. */
export function BookmarkTransfer() {
  const store = useBookmarkStore();
  const follows = useFollowStore();
  const listen = useListenStore();
  const count = useBookmarks().length + useFollows().length + useListenQueue().length;
  const [message, setMessage] = useState<Message>(null);

  const exportFile = () => {
    const now = new Date();
    const queue = listen.getSnapshot().value.queue;
    // The listening queue rides along as an optional field the bookmark checks ignore
    // (docs/listen.md): files without it import as before, older readers skip it.
    const file = {
      ...encodeBookmarkFile(store.getSnapshot().value, now, follows.getSnapshot().value),
      ...(queue.length > 0 ? { listenQueue: encodeQueueEntries(queue) } : {}),
    };
    downloadTextFile(
      `edu-news-bookmarks-${localIsoDate(now)}.json`,
      `${JSON.stringify(file, null, 2)}\n`,
      'application/json',
    );
    const followed = file.follows?.length ?? 0;
    const queued = file.listenQueue?.length ?? 0;
    setMessage({
      kind: 'done',
      text: `已导出 ${file.bookmarks.length} 条收藏${followed > 0 ? `和 ${followed} 个关注的搜索` : ''}${queued > 0 ? `，稍后听 ${queued} 篇` : ''}。`,
    });
  };

  const importFile = async (file: File) => {
    const refuse = (reason: string) =>
      setMessage({ kind: 'error', text: `无法导入“${file.name}”：${reason}收藏没有任何改动。` });
    if (file.size > BOOKMARK_FILE_MAX_BYTES) {
      refuse('文件太大，不像是收藏文件。');
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      refuse('读取文件失败。');
      return;
    }
    const decoded = decodeTextFile(bytes);
    if (!decoded.ok) {
      refuse(decoded.reason);
      return;
    }
    const parsed = parseBookmarkFile(decoded.text);
    if (!parsed.ok) {
      refuse(parsed.reason);
      return;
    }
    const listenQueue = queueOfBookmarkFile(decoded.text);
    if (typeof listenQueue === 'string') {
      refuse(listenQueue);
      return;
    }
    const { added, alreadyThere } = store.importBookmarks(parsed.bookmarks);
    const addedFollows = follows.importFollows(parsed.follows ?? []);
    const addedQueue = listen.importQueue(listenQueue);
    const text = describeImport(file.name, added, alreadyThere);
    setMessage({
      kind: 'done',
      text:
        (addedFollows > 0 ? `${text}另新增 ${addedFollows} 个关注的搜索。` : text) +
        (addedQueue > 0 ? `稍后听列表加入 ${addedQueue} 篇。` : ''),
    });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    event.currentTarget.value = '';
    if (file) void importFile(file);
  };

  return (
    <div className="transfer">
      <div className="transfer__actions">
        <button type="button" className="action-button" onClick={exportFile} disabled={count === 0}>
          导出收藏
        </button>
        <label className="action-button file-button">
          导入收藏
          <input
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            onChange={onChange}
          />
        </label>
      </div>
      <p className="transfer__hint">
        导出的 JSON 文件可以在其他浏览器或设备上导入；导入会与现有收藏合并，不会删除任何收藏。
      </p>
      <p className="transfer__status" role="status">
        {message?.kind === 'done' && message.text}
      </p>
      {message?.kind === 'error' && (
        <p className="transfer__error" role="alert">
          {message.text}
        </p>
      )}
    </div>
  );
}

function describeImport(name: string, added: number, alreadyThere: number): string {
  if (added === 0 && alreadyThere === 0) return `“${name}”中没有收藏。`;
  if (added === 0) return `“${name}”中的 ${alreadyThere} 条收藏都已在收藏中，没有新增。`;
  const rest = alreadyThere > 0 ? `，另有 ${alreadyThere} 条原本就在收藏中` : '';
  return `已从“${name}”导入 ${added} 条收藏${rest}。`;
}
