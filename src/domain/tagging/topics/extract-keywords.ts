import { foldText } from '../../text/fold-text.ts';
import type { FoldedItemText } from '../fold-item.ts';

/** What the keyword extractor reads. */
export interface KeywordInput {
  title: string;
  /** Paragraphs; absent or empty for a teaser. */
  paragraphs?: readonly string[];
}

/** How common each word is across the corpus, for weighing rare words up (JSON-friendly). */
export interface KeywordModel {
  documents: number;
  /** Word → number of documents containing it. */
  frequencies: ReadonlyMap<string, number>;
}

// Words every education news item uses; as keywords they would say nothing.
const STOPWORDS = new Set([
  '工作',
  '开展',
  '进行',
  '推进',
  '加强',
  '我们',
  '一个',
  '以及',
  '相关',
  '方面',
  '活动',
  '提升',
  '落实',
  '积极',
  '全面',
  '进一步',
  '通过',
  '推动',
  '坚持',
  '实现',
  '建立',
  '完善',
  '发展',
  '学校',
  '教育',
  '学生',
  '组织',
  '其中',
  '没有',
  '同时',
  '作为',
  '已经',
  '可以',
  '目前',
  '今年',
  '近日',
  '不断',
  '持续',
  '深入',
  '扎实',
  '有效',
  '切实',
  '充分',
  '主要',
  '重要',
  '部门',
  '单位',
  '要求',
  '情况',
  '问题',
  '服务',
  '管理',
  '建设',
  '活动',
  '以来',
  '以上',
  '以下',
  '一是',
  '二是',
  '三是',
  '他们',
  '这些',
  '这个',
  '还是',
  '就是',
  '如果',
  '因为',
  '所以',
  '但是',
  '而且',
  '并且',
  '或者',
]);

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/**
 * Body text read for keywords: the lead (about the first paragraph of a news item) says what an
 * article is about. Segmenting is what keywords cost: ICU manages about three million characters
 * a second here, so a 600-character lead took 20 s of a 100,000-item compile's CPU.
 */
export const KEYWORD_BODY_CHARS = 200;

/**
 * Candidate words of a text: word-like segments of two or more characters, no stopwords. Takes
 * folded text. Segmenting is most of what keywords cost, so each item is segmented once
 * (`countKeywordWords`), for the corpus model and for its own keywords alike.
 */
function foldedWords(folded: string, add: (word: string) => void): void {
  // Stepping with `containing` gives the same segments as iterating, a little faster.
  const segments = segmenter.segment(folded);
  for (let at = 0; at < folded.length;) {
    const s = segments.containing(at);
    if (!s) break;
    const word = s.segment;
    at = s.index + word.length;
    if (!s.isWordLike || word.length < 2 || STOPWORDS.has(word)) continue;
    if (HAN_WORD.test(word) || LATIN_WORD.test(word)) add(word);
  }
}
const HAN_WORD = /^\p{Script=Han}+$/u;
const LATIN_WORD = /^[a-z][a-z0-9]{2,}$/;

/**
 * The candidate words of an item with their weight: each title occurrence counts 3, each one in
 * the lead (the first `KEYWORD_BODY_CHARS` characters of the body) 1, in order of first
 * appearance. The keys are also what the item contributes to a `KeywordModel`. `folded`, when
 * the caller has it, saves folding the text again; it must be `foldText` of the same item.
 */
export function countKeywordWords(item: KeywordInput, folded?: FoldedItemText): KeywordCounts {
  const counts: KeywordCounts = new Map();
  const add = (weight: number) => (word: string) =>
    counts.set(word, (counts.get(word) ?? 0) + weight);
  foldedWords(folded?.title ?? foldText(item.title), add(3));
  const addLead = add(1);
  let room = KEYWORD_BODY_CHARS;
  const paragraphs = item.paragraphs ?? [];
  for (let i = 0; i < paragraphs.length && room > 0; i++) {
    const paragraph = paragraphs[i] ?? '';
    // The lead is cut on the raw text; only the paragraph cut short needs folding again.
    const whole = paragraph.length <= room ? folded?.paragraphs[i] : undefined;
    foldedWords(whole ?? foldText(paragraph.slice(0, room)), addLead);
    room -= paragraph.length;
  }
  return counts;
}

/**
 * The part of an item the keyword counter reads: the title and the lead, the last paragraph cut
 * where the lead ends. Counting it gives what counting the whole item gives; it is what a caller
 * sends elsewhere (a worker thread) to have the words counted.
 */
export function keywordText(item: KeywordInput): { title: string; paragraphs: string[] } {
  const lead: string[] = [];
  let room = KEYWORD_BODY_CHARS;
  for (const paragraph of item.paragraphs ?? []) {
    if (room <= 0) break;
    lead.push(paragraph.slice(0, room));
    room -= paragraph.length;
  }
  return { title: item.title, paragraphs: lead };
}

/** An item's candidate words and their weights (`countKeywordWords`). */
export type KeywordCounts = Map<string, number>;

/** Document frequencies over the items' counted words. */
export function keywordModelOf(items: Iterable<KeywordCounts>): KeywordModel {
  const frequencies = new Map<string, number>();
  let documents = 0;
  for (const counts of items) {
    documents++;
    for (const word of counts.keys()) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  }
  return { documents, frequencies };
}

/** Document frequencies over a corpus: a first pass before `extractKeywords` with a model. */
export function buildKeywordModel(items: Iterable<KeywordInput>): KeywordModel {
  const counted = function* () {
    for (const item of items) yield countKeywordWords(item);
  };
  return keywordModelOf(counted());
}

/**
 * An item's keywords from its counted words: by weight, weighed by rarity across the corpus when
 * a model is given; ties go by the word, for stable output.
 */
export function rankKeywords(
  counts: KeywordCounts,
  options: { model?: KeywordModel; limit?: number } = {},
): string[] {
  const { model, limit = 8 } = options;
  // The best `limit` words kept in order as they come, rather than every word scored, sorted and
  // cut: an item counts about sixty words, and a compile ranks a few hundred thousand items.
  const words: string[] = [];
  const scores: number[] = [];
  counts.forEach((count, word) => {
    const score = model
      ? count * Math.log((model.documents + 1) / ((model.frequencies.get(word) ?? 0) + 1)) +
        count * 1e-6
      : count;
    if (!(score > 0)) return;
    let at = words.length;
    while (at > 0) {
      const above = scores[at - 1] as number;
      if (score < above || (score === above && word > (words[at - 1] as string))) break;
      at--;
    }
    if (at >= limit) return;
    words.splice(at, 0, word);
    scores.splice(at, 0, score);
    if (words.length > limit) {
      words.pop();
      scores.pop();
    }
  });
  // A copy of exact size: the insertions left room in `words`, and a compile keeps this array
  // for every item (3 MB more at 10,000 seeds).
  return words.slice();
}

/**
 * Free keywords of an item: words of its title and lead by frequency, title words three times
 * over, weighed by rarity across the corpus when a model is given. Segmentation is the browser's
 * and Node's own ICU (`Intl.Segmenter`), so no dictionary ships; ties go by the word, for stable
 * output.
 */
export function extractKeywords(
  item: KeywordInput,
  options: { model?: KeywordModel; limit?: number } = {},
): string[] {
  return rankKeywords(countKeywordWords(item), options);
}
