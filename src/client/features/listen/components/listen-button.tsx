import { useListeningItemId } from '../hooks/use-listen';
import { useListenSession } from '../store/listen-session';

/**
 * The article page's 朗读 button. It only asks; the player (its own chunk, loaded on the first
 * ask) reads. While this article is being read the button says so and starts it over.
 */
export function ListenButton({ itemId }: { itemId: string }) {
  const session = useListenSession();
  const reading = useListeningItemId() === itemId;
  return (
    <button
      type="button"
      className="action-button listen-button"
      onClick={() => session.start(itemId)}
    >
      <PlayIcon />
      {reading ? '从头朗读' : '朗读'}
    </button>
  );
}

export function PlayIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M8 5.5v13l10.5-6.5z" fill="currentColor" />
    </svg>
  );
}
