import { describe, expect, it } from 'vitest';
import { explainSeed, parseSeed } from '../../../../src/compiler/parse/parse-seed.ts';

const page = [
  '广西:做好近视防控工作',
  '——在全区工作会议上的讲话(摘要)',
  '会议强调:要压实责任,按照要求推进。共3,000人参加,会议于12:00结束。',
  '详见http://jyt.example.cn/a?x=1,b。',
  'Hello, world!',
  '原文链接:http://jyt.example.cn/t20241123_1.html',
  '[免责声明] 本文来源于网络转载,仅供学习交流使用。',
  '上一篇:永川区:多措并举促进就业',
  '最新加入',
  '接地气,很实用!广东...',
  '2024-11-23',
].join('\n');

describe('punctuation of Chinese text in a seed', () => {
  const seed = parseSeed(page, { today: '2024-12-01' });

  it('is full-width in the title, subtitle and paragraphs', () => {
    expect(seed.title).toEqual({ text: '广西：做好近视防控工作', line: 1 });
    expect(seed.subtitle).toBe('在全区工作会议上的讲话（摘要）');
    expect(seed.paragraphs.map((p) => p.text)).toEqual([
      '会议强调：要压实责任，按照要求推进。共3,000人参加，会议于12:00结束。',
      '详见http://jyt.example.cn/a?x=1,b。',
      'Hello, world!',
    ]);
  });

  it('is full-width in list and neighbour titles and the disclaimer', () => {
    expect(seed.lists[0]?.entries.map((e) => e.title)).toEqual(['接地气，很实用！广东']);
    expect(seed.prev?.title).toBe('永川区：多措并举促进就业');
    expect(seed.disclaimer).toBe('本文来源于网络转载，仅供学习交流使用。');
  });

  it('leaves the source link and the date as the page wrote them', () => {
    expect(seed.source?.url).toBe('http://jyt.example.cn/t20241123_1.html');
    expect(seed.publishedAt).toBe('2024-11-23');
  });

  it('is the same in --explain', () => {
    expect(explainSeed(page, { today: '2024-12-01' }).seed).toEqual(seed);
  });
});
