// Keyword extraction as it was before each item was segmented once (src/domain/tagging/topics/extract-keywords.ts).
import { foldText } from '../../../src/domain/text/fold-text.ts';
// The lead's length is a setting, not the algorithm under comparison: both read the same lead.
import { KEYWORD_BODY_CHARS } from '../../../src/domain/tagging/topics/extract-keywords.ts';

/** What the keyword extractor reads. */
interface KeywordInput {
  title: string;
  paragraphs?: readonly string[];
}

/** How common each word is across the corpus, for weighing rare words up (JSON-friendly). */
interface KeywordModel {
  documents: number;
  /** Word → number of documents containing it. */
  frequencies: Record<string, number>;
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

/** The title and the lead of the body, as the extractor reads them. */
function readText(item: KeywordInput): { title: string; lead: string[] } {
  const lead: string[] = [];
  let room = KEYWORD_BODY_CHARS;
  for (const paragraph of item.paragraphs ?? []) {
    if (room <= 0) break;
    lead.push(paragraph.slice(0, room));
    room -= paragraph.length;
  }
  return { title: item.title, lead };
}

/** Candidate words of a text: word-like segments of two or more characters, no stopwords. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(foldText(text))) {
    const word = s.segment;
    if (!s.isWordLike || word.length < 2 || STOPWORDS.has(word)) continue;
    if (/^\p{Script=Han}+$/u.test(word) || /^[a-z][a-z0-9]{2,}$/.test(word)) out.push(word);
  }
  return out;
}

/** Document frequencies over a corpus: a first pass before `extractKeywords` with a model. */
export function buildKeywordModel(items: Iterable<KeywordInput>): KeywordModel {
  const frequencies: Record<string, number> = {};
  let documents = 0;
  for (const item of items) {
    documents++;
    const { title, lead } = readText(item);
    for (const word of new Set([title, ...lead].flatMap(words))) {
      frequencies[word] = (frequencies[word] ?? 0) + 1;
    }
  }
  return { documents, frequencies };
}

/**
 * Free keywords of an item: words of its title and lead by frequency, title words three times over, weighed by
 * rarity across the corpus when a model is given. Segmentation is the browser's and Node's own
 * ICU (`Intl.Segmenter`), so no dictionary ships; ties go by the word, for stable output.
 */
export function extractKeywords(
  item: KeywordInput,
  options: { model?: KeywordModel; limit?: number } = {},
): string[] {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + weight);
  };
  const { title, lead } = readText(item);
  add(title, 3);
  for (const paragraph of lead) add(paragraph, 1);
  return rankCounts(counts, options);
}

/** The ranking of `extractKeywords`: every word scored, sorted and cut. */
export function rankCounts(
  counts: ReadonlyMap<string, number>,
  options: { model?: KeywordModel; limit?: number } = {},
): string[] {
  const model = options.model;
  const score = (word: string, count: number) =>
    model
      ? count * Math.log((model.documents + 1) / ((model.frequencies[word] ?? 0) + 1)) +
        count * 1e-6
      : count;
  return [...counts]
    .map(([word, count]) => ({ word, score: score(word, count) }))
    .filter((k) => k.score > 0)
    .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
    .slice(0, options.limit ?? 8)
    .map((k) => k.word);
}
