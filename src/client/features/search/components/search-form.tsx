import { useState, type Ref } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useSearchBackend } from '../store/search-backend-context';

interface SearchFormProps {
  /** The landmark's name; two forms on one page need different ones. */
  label: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/** A search box that opens the search page with what was typed: the header's and 404's. */
export function SearchForm({ label, inputRef, className = 'search-form' }: SearchFormProps) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const backend = useSearchBackend();
  return (
    <form
      role="search"
      aria-label={label}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(paths.search.getHref({ text: text.trim() }));
      }}
    >
      <input
        ref={inputRef}
        className="search-form__input"
        type="search"
        name="q"
        aria-label="搜索关键词"
        placeholder="搜索本站文章"
        enterKeyHint="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        // A reader who puts the cursor here is about to search: the search page's files start
        // loading while they type, not after they press Enter.
        onFocus={() => backend.warm()}
      />
      <button type="submit" className="search-form__submit">
        <SearchIcon />
        <span className="visually-hidden">搜索</span>
      </button>
    </form>
  );
}

export function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
