import { useState } from 'react';

type Outcome = { kind: 'copied' } | { kind: 'manual' } | null;

/**
 * Shares through the system's share sheet where the browser has one (phones mostly), else copies
 * the link; where copying is refused too, the link is shown ready to copy by hand.
 */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const canShare = 'share' in navigator;
  const [outcome, setOutcome] = useState<Outcome>(null);

  const share = async () => {
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: that is a choice, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual' });
    }
  };

  return (
    <div className="share">
      <button type="button" className="action-button" onClick={() => void share()}>
        <ShareIcon />
        {canShare ? '分享' : '复制链接'}
      </button>
      <span className="share__status" role="status">
        {outcome?.kind === 'copied' && '链接已复制'}
      </span>
      {outcome?.kind === 'manual' && (
        <label className="share__manual">
          浏览器不允许自动复制，请手动复制这个链接：
          <input
            className="share__url"
            type="url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}

function ShareIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
