import { useState, useSyncExternalStore } from 'react';
import { useOfflineSupport } from '../../../lib/service-worker/offline-support';

/**
 * Tells the reader a new version of the site is ready and lets them switch to it now (the page
 * reloads) or later (it starts the next time the site is opened after all its tabs are closed).
 * It never takes focus: the buttons come right after the header in the tab order. The live
 * region is always in the page, so the prompt is announced when it appears.
 */
export function UpdatePrompt() {
  const { updates } = useOfflineSupport();
  const { ready, applying } = useSyncExternalStore(updates.subscribe, updates.getSnapshot);
  const [later, setLater] = useState(false);
  return (
    <div className="update-prompt" role="status">
      {ready && !later && (
        <div className="update-prompt__body">
          <p className="update-prompt__text">新版本已准备好，更新后页面会重新加载。</p>
          <p className="update-prompt__actions">
            <button type="button" className="button" onClick={updates.apply} aria-busy={applying}>
              {applying ? '正在更新…' : '立即更新'}
            </button>
            <button type="button" className="action-button" onClick={() => setLater(true)}>
              稍后
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
