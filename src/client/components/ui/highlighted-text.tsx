import { Fragment } from 'react';
import type { TextRange } from '../../../domain/search/query/match-ranges';

/**
 * Text with the given ranges wrapped in `<mark>`. Everything stays text nodes (React escapes
 * them), so a title full of markup is shown as written, never run.
 */
export function HighlightedText({
  text,
  ranges,
}: {
  text: string;
  ranges?: readonly TextRange[] | undefined;
}) {
  if (!ranges || ranges.length === 0) return text;
  const parts: { text: string; marked: boolean; at: number }[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(range.start, text.length));
    const end = Math.min(Math.max(range.end, start), text.length);
    if (start > at) parts.push({ text: text.slice(at, start), marked: false, at });
    if (end > start) parts.push({ text: text.slice(start, end), marked: true, at: start });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false, at });
  return parts.map((part) =>
    part.marked ? (
      <mark key={part.at}>{part.text}</mark>
    ) : (
      <Fragment key={part.at}>{part.text}</Fragment>
    ),
  );
}
