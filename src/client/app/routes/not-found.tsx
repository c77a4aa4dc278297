import { NotFound } from '../../components/errors/not-found';
import { SearchForm } from '../../features/search/components/search-form';
import { useDocumentMeta } from '../../hooks/use-document-meta';

/** A way on from any page that is not there: never a dead end. */
export function NotFoundSearch() {
  return (
    <>
      <p>也可以搜索本站的文章：</p>
      <SearchForm label="搜索本站" className="search-form search-form--page" />
    </>
  );
}

export function NotFoundRoute() {
  useDocumentMeta('页面不存在', '您要找的页面不存在。');
  return (
    <NotFound>
      <NotFoundSearch />
    </NotFound>
  );
}
