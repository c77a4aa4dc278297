import { useOnlineStatus } from '../hooks/use-online-status';

/**
 * Says when the browser is offline and what still reads. The live region is always in the page,
 * so screen readers announce the notice as it appears.
 */
export function OfflineIndicator() {
  const online = useOnlineStatus();
  return (
    <div className="offline-indicator" role="status">
      {!online && (
        <p className="offline-indicator__text">
          <strong>离线</strong>
          <span>当前没有网络连接。打开过的页面和收藏的文章仍可阅读，其他内容要等网络恢复。</span>
        </p>
      )}
    </div>
  );
}
