import { useState } from 'react';
import type { ShareCardContent } from '../lib/card-layout';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'downloaded' }
  | { kind: 'failed'; message: string };

/**
 * 分享卡片: a picture of the article (title, source, date, the first lines, a QR code of its
 * address) for chats, where a pasted link reads badly. The drawing code loads on the first press.
 */
export function ShareCardButton({ content }: { content: ShareCardContent }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const make = async () => {
    setStatus({ kind: 'working' });
    try {
      const { makeAndShareCard } = await import('../lib/make-share-card');
      const outcome = await makeAndShareCard(content);
      setStatus(outcome === 'downloaded' ? { kind: 'downloaded' } : { kind: 'idle' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', message });
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        className="action-button"
        aria-busy={status.kind === 'working'}
        disabled={status.kind === 'working'}
        onClick={() => void make()}
      >
        <CardIcon />
        {/* On a phone the bar at the foot of the screen says 卡片 beside 分享 (phone.css). */}
        {/* One span for the words: flex items each would add a space to the button's name. */}
        <span>
          <span className="share-card__verb">分享</span>卡片
        </span>
      </button>
      <span className="share__status" role="status">
        {status.kind === 'working' && '正在生成卡片…'}
        {status.kind === 'downloaded' && '卡片图片已下载'}
        {status.kind === 'failed' && `没能生成卡片：${status.message}`}
      </span>
    </div>
  );
}

function CardIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <rect
        x="4"
        y="3"
        width="16"
        height="18"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      />
      <path
        d="M8 8h8M8 12h5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
      <rect x="13" y="14" width="4" height="4" fill="currentColor" />
    </svg>
  );
}
