import { Fragment, useRef } from 'react';
import type { TextRange } from '../../../../domain/search/query/match-ranges';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { useReadingPosition } from '../hooks/use-reading-position';

interface ArticleBodyProps {
  id: string;
  paragraphs: string[];
  /** Matches of the search the reader came from, per paragraph. */
  marks?: readonly (readonly TextRange[])[] | undefined;
  /** Called after "回到开头", so the page can move focus to its start. */
  onStartOver: () => void;
}

/** The text, set for reading, with the place the reader stopped last time marked and shown. */
export function ArticleBody({ id, paragraphs, marks, onStartOver }: ArticleBodyProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const { resumeAt, markerRef, startOver } = useReadingPosition(id, bodyRef, paragraphs.length);

  if (paragraphs.length === 0) {
    return (
      <div className="article__body">
        <p className="empty-text">这篇文章没有正文。</p>
      </div>
    );
  }
  return (
    <div className="article__body" ref={bodyRef}>
      {paragraphs.map((text, index) => (
        // Paragraphs have no ids and never reorder, so their index is a stable key.
        <Fragment key={index}>
          {index === resumeAt && (
            <div className="resume-marker" ref={markerRef}>
              <span className="resume-marker__label">上次读到这里</span>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  startOver();
                  onStartOver();
                }}
              >
                回到开头
              </button>
            </div>
          )}
          <p data-paragraph="">
            <HighlightedText text={text} ranges={marks?.[index]} />
          </p>
        </Fragment>
      ))}
    </div>
  );
}
