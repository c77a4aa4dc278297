import { StarIcon } from '../../../components/ui/star-icon';
import { bookmarkButtonProps, pageBookmarkProps } from '../../../lib/keyboard-targets';
import { useBookmark } from '../hooks/use-bookmarks';
import type { BookmarkTarget } from '../lib/bookmark';
import { useBookmarkStore } from '../store/bookmark-store';

interface BookmarkToggleProps {
  target: BookmarkTarget;
  /**
   * `page`: the page's own button, with its label in view, pressed by `b` anywhere on the page.
   * `entry`: a star beside a list entry, named after the entry's title.
   */
  variant: 'page' | 'entry';
}

/**
 * A toggle button: `aria-pressed` carries the state and the name stays the same, as screen
 * readers expect of toggles.
 */
export function BookmarkToggle({ target, variant }: BookmarkToggleProps) {
  const store = useBookmarkStore();
  const saved = useBookmark(target.id) !== undefined;
  const keyboard = variant === 'page' ? pageBookmarkProps : bookmarkButtonProps;
  return (
    <button
      type="button"
      className={`bookmark-toggle bookmark-toggle--${variant}`}
      aria-pressed={saved}
      title={saved ? '已收藏，点击取消收藏' : '收藏'}
      onClick={() => store.toggle(target)}
      {...keyboard}
    >
      <StarIcon filled={saved} />
      {variant === 'page' ? (
        <span>收藏</span>
      ) : (
        <span className="visually-hidden">收藏《{target.title}》</span>
      )}
    </button>
  );
}
