/** A term that signals a topic, with how strongly: 3 names the topic, 1 merely hints at it. */
export interface TopicTerm {
  text: string;
  weight: 1 | 2 | 3;
}

/** One education topic of the vocabulary. */
export interface Topic {
  /** Stable id used in URLs (`?topic=myopia`) and in the index. */
  id: string;
  /** The label readers see. */
  name: string;
  terms: readonly TopicTerm[];
  /**
   * The id of a broader topic this one is part of: each hit counts for both, so filtering by
   * 招生考试 also finds 高考 news.
   */
  within?: string;
}

/** Terms of one weight, for writing the vocabulary compactly. */
export const weighted = (weight: TopicTerm['weight'], ...texts: string[]): TopicTerm[] =>
  texts.map((text) => ({ text, weight }));
