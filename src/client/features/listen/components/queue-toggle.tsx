import { useIsQueued } from '../hooks/use-listen';
import type { QueueTarget } from '../lib/listen-queue';
import { useListenStore } from '../store/listen-store';

/**
 * 稍后听: adds an article to the listening queue or takes it out. A toggle, as the bookmark star
 * is: `aria-pressed` carries the state and the name stays the same. `entry`: an icon beside a
 * list entry, named after its title; `page`: the article page's button, its word in view.
 */
export function QueueToggle({
  target,
  variant,
}: {
  target: QueueTarget;
  variant: 'page' | 'entry';
}) {
  const store = useListenStore();
  const queued = useIsQueued(target.id);
  return (
    <button
      type="button"
      className={`queue-toggle queue-toggle--${variant}`}
      aria-pressed={queued}
      title={queued ? '已在稍后听列表中，点击移出' : '加入稍后听'}
      onClick={() => store.toggle(target)}
    >
      <HeadphonesIcon />
      {variant === 'page' ? (
        <span>稍后听</span>
      ) : (
        <span className="visually-hidden">稍后听《{target.title}》</span>
      )}
    </button>
  );
}

function HeadphonesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M4 15v-3a8 8 0 0 1 16 0v3M4 15a2 2 0 0 1 2-2h1v7H6a2 2 0 0 1-2-2zM20 15a2 2 0 0 0-2-2h-1v7h1a2 2 0 0 0 2-2z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
