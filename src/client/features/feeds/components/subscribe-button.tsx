import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import '../../../styles/feeds.css';
import type { OfferedFeed } from '../lib/feed-addresses';

// The panel (and the QR code library) loads when a reader first opens it.
const SubscribePanel = lazy(() =>
  import('./subscribe-panel').then((m) => ({ default: m.SubscribePanel })),
);

/**
 * 订阅: a disclosure that shows the feed's address with a copy button and a QR code for a phone.
 * Escape closes it and returns to the button.
 */
export function SubscribeButton({ feed }: { feed: OfferedFeed }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="subscribe" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="action-button subscribe__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <FeedIcon />
        订阅
      </button>
      <div id={panelId} className="subscribe__panel" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="subscribe__loading">正在准备订阅地址…</p>}>
            <SubscribePanel feed={feed} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

function FeedIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M5 5a14 14 0 0 1 14 14M5 11a8 8 0 0 1 8 8"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
      <circle cx="6" cy="18" r="1.8" fill="currentColor" />
    </svg>
  );
}
