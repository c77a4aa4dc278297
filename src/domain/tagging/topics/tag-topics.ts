import { foldItemText, type FoldedItemText } from '../fold-item.ts';
import { foldText } from '../../text/fold-text.ts';
import { PhraseMatcher } from '../../text/phrase-matcher.ts';
import { NOT_TOPIC_TERMS, spunForms, TOPICS, type Topic } from './topic-vocabulary.ts';

/** What the topic tagger reads of an article or teaser. */
export interface TopicTagInput {
  title: string;
  /** Paragraphs; absent or empty for a teaser. */
  paragraphs?: readonly string[];
}

/** A topic an item is about. */
export interface TopicTag {
  id: string;
  name: string;
  score: number;
  inTitle: boolean;
}

/** Thresholds of the topic tagger. */
export interface TopicTaggerOptions {
  /** Score a topic needs: by default one strong title term, or two strong body mentions. */
  minScore?: number;
  maxTopics?: number;
}

/** A title term counts this many times a body term. */
export const TOPIC_TITLE_WEIGHT = 3;
/** Mentions of one term counted in the body: a long speech repeating 教师 is not more about it. */
const MENTION_CAP = 5;
/**
 * What hints (weight-1 terms) in the body add to a topic at most: hints tip a topic that strong
 * terms or the title already carry, but a body that says 教师 and 班主任 often is not about the
 * teaching workforce for that alone.
 */
export const BODY_HINT_CAP = 3;
/**
 * The longest title read as a headline. A "title" longer than this is a paragraph the page's
 * parser took for one (a photo caption, a lead), and is read as body text.
 */
export const HEADLINE_MAX_CHARS = 64;
// Pinyin ruby after each character (學(xué)習 → 学(xue)习 folded) splits every term it sits in.
const RUBY = /\([a-z]{1,6}\)/g;

/**
 * In an item of this many paragraphs or more, a topic the title does not name, that only one
 * paragraph speaks of and that scores under half the item's main topic is an aside (a notice's
 * line on disabled children), not what the item is about. A short work report that lists its
 * topics in one paragraph keeps them: none of them is the main one.
 */
export const ASIDE_MIN_PARAGRAPHS = 4;
/**
 * In an item of this many paragraphs or more, a topic only one paragraph speaks of (and the title
 * does not name) is an aside however it scores: one section of a long enrolment guide on
 * disabled children does not make it a 特殊教育 item, even when that section is wordier than the
 * guide's own words for enrolment.
 */
export const ASIDE_ALWAYS_PARAGRAPHS = 8;

interface Score {
  score: number;
  /** What body hints have added (at most `BODY_HINT_CAP`). */
  hints: number;
  inTitle: boolean;
  /** How many body paragraphs mention the topic, and the last one that did. */
  paragraphs: number;
  last: number;
}

interface Signal {
  topic: Topic;
  weight: number;
}

/**
 * Scores items against a topic vocabulary: each hit of a term adds its weight, three times over
 * in the title; terms are read longest first, so 党风廉政 counts once (for 廉政, not also 党风).
 */
export class TopicTagger {
  private readonly matcher: PhraseMatcher<Signal[]>;
  private readonly minScore: number;
  private readonly maxTopics: number;

  constructor(topics: readonly Topic[] = TOPICS, options: TopicTaggerOptions = {}) {
    const signals = new Map<string, Signal[]>();
    // Read as words of their own, so the terms inside them are not (期中考试 holds 中考).
    for (const text of NOT_TOPIC_TERMS) signals.set(foldText(text), []);
    const byId = new Map(topics.map((topic) => [topic.id, topic]));
    for (const topic of topics) {
      const broader = topic.within === undefined ? undefined : byId.get(topic.within);
      for (const term of topic.terms) {
        const [text = '', ...spun] = spunForms(foldText(term.text));
        const signal = [{ topic, weight: term.weight }];
        if (broader) signal.push({ topic: broader, weight: term.weight });
        signals.set(text, [...(signals.get(text) ?? []), ...signal]);
        // A spun form that is a term of its own (平安校园) keeps its own meaning.
        for (const form of spun) if (!signals.has(form)) signals.set(form, signal);
      }
    }
    this.matcher = new PhraseMatcher(signals);
    this.minScore = options.minScore ?? 6;
    this.maxTopics = options.maxTopics ?? 4;
  }

  /**
   * The topics an item is about, best first. `folded`, when the caller has it, is
   * `foldItemText(input)` and saves folding the text again.
   */
  tag(input: TopicTagInput, folded: FoldedItemText = foldItemText(input)): TopicTag[] {
    const scores = new Map<Topic, Score>();
    const titleMentions = new Map<string, number>();
    const bodyMentions = new Map<string, number>();
    // `paragraph` numbers the body's paragraphs from 1; the title is 0.
    const read = (raw: string, inTitle: boolean, paragraph: number) => {
      const text = raw.includes('(') ? raw.replace(RUBY, '') : raw;
      const mentions = inTitle ? titleMentions : bodyMentions;
      for (const hit of this.matcher.find(text)) {
        if (hit.value.length === 0) continue;
        const term = text.slice(hit.start, hit.end);
        const count = (mentions.get(term) ?? 0) + 1;
        mentions.set(term, count);
        if (count > MENTION_CAP) continue;
        for (const { topic, weight } of hit.value) {
          const s = scores.get(topic) ?? {
            score: 0,
            hints: 0,
            inTitle: false,
            paragraphs: 0,
            last: -1,
          };
          if (paragraph > 0 && s.last !== paragraph) s.paragraphs++;
          s.last = paragraph;
          if (inTitle) s.score += weight * TOPIC_TITLE_WEIGHT;
          else if (weight > 1) s.score += weight;
          else if (s.hints < BODY_HINT_CAP) {
            s.hints += weight;
            s.score += weight;
          }
          s.inTitle ||= inTitle;
          scores.set(topic, s);
        }
      }
    };
    read(folded.title, folded.title.length <= HEADLINE_MAX_CHARS, 0);
    folded.paragraphs.forEach((paragraph, i) => read(paragraph, false, i + 1));
    let top = 0;
    for (const s of scores.values()) top = Math.max(top, s.score);
    const aside = (s: Score) =>
      !s.inTitle &&
      s.paragraphs === 1 &&
      folded.paragraphs.length >= ASIDE_MIN_PARAGRAPHS &&
      (s.score * 2 < top || folded.paragraphs.length >= ASIDE_ALWAYS_PARAGRAPHS);
    return [...scores]
      .filter(([, s]) => s.score >= this.minScore && !aside(s))
      .map(([topic, s]) => ({ id: topic.id, name: topic.name, score: s.score, inTitle: s.inTitle }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, this.maxTopics);
  }
}
