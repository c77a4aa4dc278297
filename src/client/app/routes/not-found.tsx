import { NotFound } from '../../components/errors/not-found';
import { useDocumentMeta } from '../../hooks/use-document-meta';

export function NotFoundRoute() {
  useDocumentMeta('页面不存在', '您要找的页面不存在。');
  return <NotFound />;
}
