import { useListeningItemId } from '../hooks/use-listen';
import { useListenSession } from '../store/listen-session';
import { PlayIcon } from './headphones-icon';

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
