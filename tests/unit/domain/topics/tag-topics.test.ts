import { describe, expect, it } from 'vitest';
import {
  buildKeywordModel,
  extractKeywords,
} from '../../../../src/domain/topics/extract-keywords.ts';
import { TopicTagger } from '../../../../src/domain/topics/tag-topics.ts';
import { TOPICS } from '../../../../src/domain/topics/topic-vocabulary.ts';

const tagger = new TopicTagger();
const ids = (title: string, body: string[] = []) => tagger.tag({ title, body }).map((t) => t.id);

describe('the topic vocabulary', () => {
  it('gives every topic a unique id, a name and at least one strong term', () => {
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    for (const topic of TOPICS) {
      expect(topic.name).not.toBe('');
      expect(topic.terms.some((term) => term.weight === 3)).toBe(true);
    }
  });

  it('lists each term under one topic only, so a hit is never counted twice', () => {
    const terms = TOPICS.flatMap((t) => t.terms.map((term) => term.text));
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('topic tagging', () => {
  it.each([
    ['开州区聚焦“三力”抓牢抓实中小学党建工作', 'party-building'],
    ['广西:做好近视防控工作', 'myopia'],
    ['永川区多措并举促进高校毕业生就业', 'graduate-employment'],
    ['我市全面落实“双减”政策', 'double-reduction'],
    ['加强师德师风建设', 'teachers'],
    ['学校开展防溺水安全教育', 'safety'],
    ['做好秋季学期疫情防控', 'epidemic'],
    ['职业教育产教融合', 'vocational'],
    ['党风廉政建设推进会', 'integrity'],
  ])('tags %s', (title, id) => {
    expect(ids(title)).toContain(id);
  });

  it('recognises synonyms: 思政 and 立德树人 are moral education', () => {
    expect(ids('思政课建设', [])).toEqual(['moral-education']);
    expect(ids('新闻', ['坚持立德树人。', '落实立德树人根本任务。', '立德树人。'])).toEqual([
      'moral-education',
    ]);
  });

  it('weighs the title above the body', () => {
    expect(ids('体育', [])).toEqual(['sports']);
    expect(ids('新闻', ['体育'])).toEqual([]);
    const [title] = tagger.tag({ title: '体育', body: ['体育'] });
    expect(title?.score).toBe(3 * 3 + 3);
  });

  it('reads the longest term, so 党风廉政 does not also count as 党风', () => {
    expect(tagger.tag({ title: '党风廉政' })).toEqual([
      { id: 'integrity', name: '廉政与纪律', score: 9, inTitle: true },
    ]);
  });

  it('does not let one word repeated many times make a topic', () => {
    expect(
      ids(
        '新闻',
        Array.from({ length: 20 }, () => '运动'),
      ),
    ).toEqual([]);
  });

  it('tags nothing in text about none of the topics', () => {
    expect(ids('天气晴朗', ['今天天气晴朗。'])).toEqual([]);
  });

  it('reads traditional characters', () => {
    expect(ids('近視防控')).toEqual(['myopia']);
  });
});

describe('keywords', () => {
  const item = {
    title: '开州区聚焦“三力”抓牢抓实中小学党建工作',
    body: ['开州区教育系统严格落实全面从严治党主体责任,持续聚焦领导力、向心力、推动力建设。'],
  };

  it('picks words of the text, title first, without stopwords', () => {
    const keywords = extractKeywords(item, { limit: 5 });
    expect(keywords).toContain('聚焦');
    expect(keywords).not.toContain('工作');
    expect(keywords.every((k) => k.length >= 2)).toBe(true);
  });

  it('weighs words common across the corpus down', () => {
    const model = buildKeywordModel([
      item,
      { title: '聚焦课后服务', body: ['聚焦'] },
      { title: '聚焦体育', body: [] },
    ]);
    const keywords = extractKeywords(item, { model, limit: 3 });
    expect(keywords).not.toContain('聚焦');
  });

  it('is deterministic', () => {
    expect(extractKeywords(item)).toEqual(extractKeywords(item));
  });
});
