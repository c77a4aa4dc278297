import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';

interface StorageNoticeProps {
  unavailable: boolean;
  saveFailed: boolean;
  /** What to say about unreadable saved data, with its actions; null when all data was read. */
  unreadable: ReactNode;
}

/**
 * Tells the reader when what they save will not last, so that storage trouble is never a
 * silent loss; reading itself never depends on storage.
 */
export function StorageNotice({ unavailable, saveFailed, unreadable }: StorageNoticeProps) {
  const [unavailableSeen, setUnavailableSeen] = useState(false);
  const showUnavailable = unavailable && !unavailableSeen;
  if (!showUnavailable && !saveFailed && unreadable === null) return null;

  return (
    <section className="storage-notice" aria-label="数据保存提示">
      {showUnavailable && (
        <div className="notice-block">
          <p>
            浏览器不允许本站保存数据（可能处于隐私模式，或禁用了网站数据）。可以照常阅读，但收藏和阅读设置在关闭页面后不会保留。
          </p>
          <p className="notice-block__actions">
            <button
              type="button"
              className="action-button"
              onClick={() => setUnavailableSeen(true)}
            >
              知道了
            </button>
          </p>
        </div>
      )}
      {saveFailed && !unavailable && (
        <div className="notice-block" role="alert">
          <p>
            最近的更改没有保存：浏览器的存储空间已满或拒绝写入。更改在当前页面中仍然有效，关闭页面后会丢失。
            <Link to={paths.bookmarks.getHref()}>可以先导出收藏作为备份</Link>。
          </p>
        </div>
      )}
      {unreadable}
    </section>
  );
}
