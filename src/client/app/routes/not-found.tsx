import { NotFound } from '../../components/errors/not-found';
import { SearchForm } from '../../features/search/components/search-form';
import { useDocumentMeta } from '../../hooks/use-document-meta';

export function NotFoundRoute() {
  useDocumentMeta('页面不存在', '您要找的页面不存在。');
  return (
    <NotFound>
      <p>也可以搜索本站的文章：</p>
      <SearchForm label="搜索本站" className="search-form search-form--page" />
    </NotFound>
  );
}
