import { ListenQueueList } from '../../features/listen/components/listen-queue-list';
import { useListenQueue } from '../../features/listen/hooks/use-listen';
import { useDocumentMeta } from '../../hooks/use-document-meta';

export function ListenRoute() {
  useDocumentMeta('稍后听', '排队等待朗读的文章，保存在这个浏览器里，随收藏一起导出和导入。');
  const count = useListenQueue().length;
  return (
    <section className="panel panel--page" aria-labelledby="listen-heading">
      <h1 id="listen-heading" className="panel__title">
        稍后听 <span className="panel__subtitle">共 {count} 篇</span>
      </h1>
      <ListenQueueList />
    </section>
  );
}
