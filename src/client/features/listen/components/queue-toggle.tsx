import { useIsQueued } from '../hooks/use-listen';
import type { QueueTarget } from '../lib/listen-queue';
import { useListenStore } from '../store/listen-store';
import { HeadphonesIcon } from './headphones-icon';

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
