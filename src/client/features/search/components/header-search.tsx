import { useRef } from 'react';
import { useMatch } from 'react-router';
import { paths } from '../../../app/paths';
import { useShortcut } from '../../shortcuts';
import { SearchForm } from './search-form';

/** The header's search box, focused by `/`; the search page has its own, so it steps aside there. */
export function HeaderSearch() {
  const onSearchPage = useMatch(paths.search.path) !== null;
  if (onSearchPage) return null;
  return <FocusableHeaderSearch />;
}

function FocusableHeaderSearch() {
  const inputRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(inputRef);
  return (
    <SearchForm label="站内搜索" inputRef={inputRef} className="search-form search-form--header" />
  );
}

/** `/` puts the cursor in a search box, with what is in it selected to type over. */
export function useSearchShortcut(inputRef: { current: HTMLInputElement | null }) {
  useShortcut({
    key: '/',
    description: '搜索',
    group: '全站',
    run: () => {
      const input = inputRef.current;
      if (!input) return false;
      input.focus();
      input.select();
      return true;
    },
  });
}
