import { foldItemText, type FoldedItemText } from '../fold-item.ts';
import { foldText } from '../search/fold-text.ts';
import { PhraseMatcher } from '../phrase-matcher.ts';
import { TOPICS, type Topic } from './topic-vocabulary.ts';

/** What the topic tagger reads of an article or teaser. */
export interface TopicTagInput {
  title: string;
  body?: readonly string[];
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
    for (const topic of topics) {
      for (const term of topic.terms) {
        const text = foldText(term.text);
        signals.set(text, [...(signals.get(text) ?? []), { topic, weight: term.weight }]);
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
    const scores = new Map<Topic, { score: number; inTitle: boolean }>();
    const titleMentions = new Map<string, number>();
    const bodyMentions = new Map<string, number>();
    const read = (text: string, inTitle: boolean) => {
      const mentions = inTitle ? titleMentions : bodyMentions;
      for (const hit of this.matcher.find(text)) {
        const term = text.slice(hit.start, hit.end);
        const count = (mentions.get(term) ?? 0) + 1;
        mentions.set(term, count);
        if (count > MENTION_CAP) continue;
        for (const { topic, weight } of hit.value) {
          const s = scores.get(topic) ?? { score: 0, inTitle: false };
          s.score += weight * (inTitle ? TOPIC_TITLE_WEIGHT : 1);
          s.inTitle ||= inTitle;
          scores.set(topic, s);
        }
      }
    };
    read(folded.title, true);
    for (const paragraph of folded.body) read(paragraph, false);
    return [...scores]
      .filter(([, s]) => s.score >= this.minScore)
      .map(([topic, s]) => ({ id: topic.id, name: topic.name, score: s.score, inTitle: s.inTitle }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, this.maxTopics);
  }
}
