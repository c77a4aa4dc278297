import { useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { isTypingState } from '../hooks/use-search-request';
import { SearchIcon } from './search-form';
import { useSearchShortcut } from './header-search';

interface SearchBoxProps {
  /** The text in the URL. */
  query: string;
  /** Called as the reader types (not while an input method is still composing). */
  onQuery: (text: string) => void;
}

/**
 * The search page's box. What is typed lives in component state so that typing never waits for
 * the router or the results; the URL follows it. When the URL changes for another reason (Back,
 * Forward, an edited address, a suggestion, the header's box) the box takes the URL's text.
 */
export function SearchBox({ query, onQuery }: SearchBoxProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const location = useLocation();
  const navigationType = useNavigationType();
  const [text, setText] = useState(query);
  // An address edited by hand, and Back or Forward to such an entry, has no history state, so
  // React Router gives every one of them the key 'default': the search tells them apart.
  const here = `${location.key} ${location.search}`;
  const [seen, setSeen] = useState(here);
  useSearchShortcut(inputRef);

  if (seen !== here) {
    setSeen(here);
    const ownEcho = navigationType === NavigationType.Replace && isTypingState(location.state);
    if (!ownEcho && text !== query) setText(query);
  }

  return (
    <form
      role="search"
      aria-label="搜索文章"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onQuery(text);
      }}
    >
      <label htmlFor="search-input" className="search-box__label">
        搜索关键词
      </label>
      <div className="search-box__row">
        <input
          ref={inputRef}
          id="search-input"
          className="search-box__input"
          type="search"
          name="q"
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="例如：重庆 党建、“近视防控”、kaizhou"
          aria-describedby="search-syntax"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            // Pinyin being composed is not yet what the reader means to search for.
            if (!(event.nativeEvent as InputEvent).isComposing) onQuery(event.target.value);
          }}
          onCompositionEnd={(event) => onQuery(event.currentTarget.value)}
        />
        <button type="submit" className="button search-box__submit">
          <SearchIcon />
          <span>搜索</span>
        </button>
      </div>
      <p id="search-syntax" className="search-box__syntax">
        多个词用空格隔开，结果同时包含它们；用引号（"…"）查找完整词组；在词前加减号（-词）排除它。也可以输入拼音或繁体字。
      </p>
    </form>
  );
}
