import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { FormattedDate } from '../../../components/ui/formatted-date';
import { useListenQueue } from '../hooks/use-listen';
import { useListenSession } from '../store/listen-session';
import { useListenStore } from '../store/listen-store';
import { PlayIcon } from './listen-button';

/** The listening queue, in the order it will be heard: play it, move, remove. */
export function ListenQueueList() {
  const queue = useListenQueue();
  const store = useListenStore();
  const session = useListenSession();
  const first = queue[0];
  if (!first) {
    return (
      <p className="empty-text">
        稍后听列表是空的。在文章列表或文章页点“稍后听”（耳机图标），文章就会排进这里，朗读完一篇会接着读下一篇。
      </p>
    );
  }
  return (
    <>
      <p className="listen-queue__intro">
        <button
          type="button"
          className="action-button listen-button"
          onClick={() => session.start(first.id)}
        >
          <PlayIcon />
          从第一篇开始朗读
        </button>
        <span>读完的文章会自动移出列表。</span>
      </p>
      <ol className="listen-queue">
        {queue.map((entry, index) => (
          <li key={entry.id} className="listen-queue__entry">
            <Link className="listen-queue__title" to={paths.article.getHref(entry.id)}>
              {entry.title}
            </Link>
            <span className="listen-queue__meta">
              {entry.date && <FormattedDate date={entry.date} />}
              <button
                type="button"
                className="remove-button"
                onClick={() => store.move(entry.id, -1)}
                disabled={index === 0}
                aria-label={`上移《${entry.title}》`}
              >
                上移
              </button>
              <button
                type="button"
                className="remove-button"
                onClick={() => store.move(entry.id, 1)}
                disabled={index === queue.length - 1}
                aria-label={`下移《${entry.title}》`}
              >
                下移
              </button>
              <button
                type="button"
                className="remove-button"
                onClick={() => store.remove(entry.id)}
                aria-label={`从稍后听中移除《${entry.title}》`}
              >
                移除
              </button>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
