import { NotFound } from '../../components/errors/not-found';
import { useDocumentTitle } from '../../hooks/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('页面不存在');
  return <NotFound />;
}
