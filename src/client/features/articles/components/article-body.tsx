import { memo, useCallback, useEffect, useRef, type RefObject } from 'react';
import type { TextRange } from '../../../../domain/search/query/match-ranges';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import type { SpokenPlace } from '../../listen';
import { SpokenText, useKeepInView } from './spoken-text';
import { useProgressiveCount } from '../hooks/use-progressive-count';
import {
  useReadingPosition,
  useResumeParagraph,
  type ShownParagraphs,
} from '../hooks/use-reading-position';

/** More than the tallest screen holds: the first screen never waits for a later run. */
const FIRST_PARAGRAPHS = 80;
/** Paragraphs added per idle moment: a few tens of milliseconds of work on a slow phone. */
const PARAGRAPHS_PER_RUN = 400;

type Marks = readonly (readonly TextRange[])[] | undefined;

interface ArticleBodyProps {
  id: string;
  paragraphs: string[];
  /** Matches of the search the reader came from, per paragraph. */
  marks?: Marks;
  /** Called after "回到开头", so the page can move focus to its start. */
  onStartOver: () => void;
  /** The sentence being read aloud, when it is in this text. */
  spoken?: SpokenPlace | null;
}

/**
 * The text, set for reading, with the place the reader stopped last time marked and shown. A
 * long text is rendered in runs: the first screen (and everything up to the saved place) at
 * once, the rest when the browser is idle, each run a memoised component so that adding one
 * does not render the others again.
 */
export function ArticleBody({ id, paragraphs, marks, onStartOver, spoken }: ArticleBodyProps) {
  const total = paragraphs.length;
  const savedAt = useResumeParagraph(id, total);
  const first = (savedAt ?? 0) + FIRST_PARAGRAPHS;
  const shown = useProgressiveCount(total, first, PARAGRAPHS_PER_RUN);
  const shownRef = useRef<ShownParagraphs>({ elements: [], shown, total });
  // The page's callback may be a new function on each render; the runs keep one.
  const onStartOverRef = useRef(onStartOver);
  useEffect(() => {
    shownRef.current.shown = shown;
    shownRef.current.total = total;
    onStartOverRef.current = onStartOver;
  });
  const register = useCallback((index: number, element: HTMLElement | null) => {
    shownRef.current.elements[index] = element;
  }, []);
  const { resumeAt, markerRef, startOver } = useReadingPosition(id, shownRef, savedAt);
  const spokenRef = useKeepInView(spoken ?? null);
  const onStartOverClick = useCallback(() => {
    startOver();
    onStartOverRef.current();
  }, [startOver]);

  if (total === 0) {
    return (
      <div className="article__body">
        <p className="empty-text">这篇文章没有正文。</p>
      </div>
    );
  }
  // Runs start at fixed places, so that a run once full never renders again; the last one
  // fills up as paragraphs are added.
  const runs: [number, number][] = [];
  for (let start = 0; start < shown; start += PARAGRAPHS_PER_RUN) {
    runs.push([start, Math.min(start + PARAGRAPHS_PER_RUN, shown)]);
  }
  return (
    <div className="article__body">
      {runs.map(([start, end]) => (
        <ParagraphRun
          key={start}
          paragraphs={paragraphs}
          start={start}
          end={end}
          marks={marks}
          resumeAt={resumeAt !== null && resumeAt >= start && resumeAt < end ? resumeAt : null}
          spoken={spoken && spoken.paragraph >= start && spoken.paragraph < end ? spoken : null}
          spokenRef={spokenRef}
          markerRef={markerRef}
          onStartOver={onStartOverClick}
          register={register}
        />
      ))}
    </div>
  );
}

interface ParagraphRunProps {
  paragraphs: string[];
  start: number;
  end: number;
  marks: Marks;
  /** The saved place, when it falls in this run. */
  resumeAt: number | null;
  markerRef: RefObject<HTMLDivElement | null>;
  /** The sentence being read aloud, when it falls in this run. */
  spoken: SpokenPlace | null;
  spokenRef: RefObject<HTMLSpanElement | null>;
  onStartOver: () => void;
  register: (index: number, element: HTMLElement | null) => void;
}

const ParagraphRun = memo(function ParagraphRun({
  paragraphs,
  start,
  end,
  marks,
  resumeAt,
  markerRef,
  spoken,
  spokenRef,
  onStartOver,
  register,
}: ParagraphRunProps) {
  const items = [];
  for (let index = start; index < end; index++) {
    if (index === resumeAt) {
      items.push(
        <div key="resume" className="resume-marker" ref={markerRef}>
          <span className="resume-marker__label">上次读到这里</span>
          <button type="button" className="link-button" onClick={onStartOver}>
            回到开头
          </button>
        </div>,
      );
    }
    items.push(
      // Paragraphs have no ids and never reorder, so their index is a stable key.
      <p key={index} data-paragraph="" ref={(element) => register(index, element)}>
        {spoken?.paragraph === index ? (
          <SpokenText
            text={paragraphs[index] ?? ''}
            ranges={marks?.[index]}
            spoken={spoken}
            spokenRef={spokenRef}
          />
        ) : (
          <HighlightedText text={paragraphs[index] ?? ''} ranges={marks?.[index]} />
        )}
      </p>,
    );
  }
  // A run off screen skips layout and paint (`content-visibility: auto`), so adding one costs
  // its own paragraphs, not a new layout of everything before it.
  return <div className="article__run">{items}</div>;
});
