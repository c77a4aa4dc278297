import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { IsoDate } from '../../../../domain/bundle/bundle';
import type { IsoMonth } from '../../../../domain/bundle/stats-files';
import { barAt, monthLabel, rangeOfSpan, spanOf, type BarSpan } from '../lib/month-selection';
import { CountsTable } from './counts-table';
import '../../../styles/charts.css';

interface MonthTimelineProps {
  /** Every month shown, oldest first, with its count. */
  months: readonly (readonly [IsoMonth, number])[];
  /** The bars of the date filter in force, drawn as chosen. */
  selected: BarSpan | null;
  /** A span was chosen, by dragging, a click or the keyboard. */
  onSelect: (range: { from: IsoDate; to: IsoDate }) => void;
  /** What the chart is, for its slider and table: 各月文章数. */
  label: string;
  /** The counts' measure word: 篇, 条. */
  unit: string;
}

/** Width of one bar's slot in the SVG's own units; the SVG stretches to its box. */
const SLOT = 10;
const HEIGHT = 100;
/** The chart is as wide as this many bars at least; fewer bars keep to the right (the newest). */
const MIN_SLOTS = 12;

/**
 * Counts per month as SVG bars, a small component of our own (docs/map-timeline.md: a charting
 * library would cost more bytes than the whole chart). Dragging across the bars (pointer events,
 * mouse, pen or finger) chooses the months from the first bar touched to the last; a click
 * chooses one. From the keyboard the chart is a slider: arrow keys move between months,
 * Shift with an arrow stretches the choice, Enter sets it. The bars are a picture; the slider's
 * value and the table say the numbers.
 */
export function MonthTimeline({ months, selected, onSelect, label, unit }: MonthTimelineProps) {
  const hintId = useId();
  const [cursor, setCursor] = useState(selected ? selected.end : Math.max(0, months.length - 1));
  const [anchor, setAnchor] = useState<number | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const n = months.length;
  const slots = Math.max(n, MIN_SLOTS);
  const offset = slots - n;
  const keys = months.map(([month]) => month);
  const max = Math.max(1, ...months.map(([, count]) => count));
  const at = Math.min(cursor, n - 1);
  const preview =
    dragFrom !== null || anchor !== null ? spanOf(dragFrom ?? anchor ?? at, at) : null;
  const shown = preview ?? selected;

  const choose = (span: BarSpan) => {
    const range = rangeOfSpan(keys, span);
    if (range) onSelect(range);
  };
  const barUnder = (event: PointerEvent) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.max(0, barAt(event.clientX - box.left, box.width, slots) - offset);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    const bar = barUnder(event);
    setAnchor(null);
    setDragFrom(bar);
    setCursor(bar);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragFrom !== null) setCursor(barUnder(event));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (dragFrom === null) return;
    const bar = barUnder(event);
    setDragFrom(null);
    setCursor(bar);
    choose(spanOf(dragFrom, bar));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: at - 1,
      ArrowDown: at - 1,
      ArrowRight: at + 1,
      ArrowUp: at + 1,
      Home: 0,
      End: n - 1,
      PageDown: at - 12,
      PageUp: at + 12,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      // Shift stretches the choice from where it started; a plain move starts afresh.
      if (event.shiftKey) setAnchor(anchor ?? at);
      else setAnchor(null);
      setCursor(Math.min(n - 1, Math.max(0, to)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(spanOf(anchor ?? at, at));
      setAnchor(null);
    } else if (event.key === 'Escape') {
      setAnchor(null);
    }
  };

  if (n === 0) return null;
  const [month = '', count = 0] = months[at] ?? [];
  const spanText = (span: BarSpan) =>
    span.start === span.end
      ? monthLabel(keys[span.start] ?? '')
      : `${monthLabel(keys[span.start] ?? '')} 至 ${monthLabel(keys[span.end] ?? '')}`;
  const valueText =
    anchor !== null && preview
      ? `${spanText(preview)}，按 Enter 选定`
      : `${monthLabel(month)}，${count} ${unit}`;

  return (
    <div className="timeline">
      {/* The slider's value, for sighted readers: the month under the cursor or the span. */}
      <p className="timeline__readout" aria-hidden="true">
        {preview ? spanText(preview) : `${monthLabel(month)} ${count} ${unit}`}
      </p>
      <div
        className="timeline__chart"
        role="slider"
        tabIndex={0}
        aria-label={`${label}：选择月份`}
        aria-describedby={hintId}
        aria-valuemin={0}
        aria-valuemax={n - 1}
        aria-valuenow={at}
        aria-valuetext={valueText}
        data-dragging={dragFrom !== null || undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDragFrom(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setAnchor(null)}
      >
        <svg
          className="timeline__svg"
          viewBox={`0 0 ${slots * SLOT} ${HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {months.map(([key, value], i) => {
            const height = value === 0 ? 1 : Math.max(3, (value / max) * (HEIGHT - 4));
            const chosen = shown !== null && i >= shown.start && i <= shown.end;
            return (
              <rect
                key={key}
                className={[
                  'timeline__bar',
                  chosen && 'timeline__bar--chosen',
                  i === at && 'timeline__bar--cursor',
                ]
                  .filter(Boolean)
                  .join(' ')}
                x={(offset + i) * SLOT + SLOT * 0.1}
                width={SLOT * 0.8}
                y={HEIGHT - height}
                height={height}
              />
            );
          })}
        </svg>
      </div>
      <div className="timeline__axis" aria-hidden="true">
        <span>{monthLabel(keys[0] ?? '')}</span>
        <span>{monthLabel(keys[n - 1] ?? '')}</span>
      </div>
      <p id={hintId} className="timeline__hint">
        拖过柱子选择月份；键盘用方向键移动，Shift 加方向键选多个月，Enter 确定。
      </p>
      <CountsTable
        caption={label}
        head={['月份', `数量（${unit}）`]}
        rows={months.map(([key, value]) => [monthLabel(key), value])}
      />
    </div>
  );
}
