import type { TextRange } from '../../../../domain/search/query/match-ranges';

/** What a search matched in an item opened from its results: marked on the page. */
export interface ItemMarks {
  /** The search, as typed. */
  query: string;
  title: readonly TextRange[];
  /** One list per paragraph, in order. */
  paragraphs: readonly (readonly TextRange[])[];
}
