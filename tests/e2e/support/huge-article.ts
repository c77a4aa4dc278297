import type { Article } from '../../../src/domain/bundle/bundle.ts';

// Words to build paragraphs from, written for this test: the text only has to look like prose.
const WORDS = ['学校', '教师', '课程', '学生', '家长', '评价', '改革', '推进', '落实', '开展'];

/**
 * An article of `count` paragraphs, each numbered (第 n 段) and 40 to 80 characters long, the
 * shape of a scraped page that glued a whole archive into one article (issue #15 part 6).
 */
export function hugeArticle(count: number): Article {
  const paragraphs = Array.from({ length: count }, (_, n) => {
    const words = Array.from({ length: 8 + (n % 8) }, (_, w) => WORDS[(n + w * 3) % WORDS.length]);
    return `第 ${n + 1} 段：${words.join('')}工作。`;
  });
  return {
    id: 'huge-article',
    kind: 'article',
    title: '一篇有四万多段的文章',
    publishedAt: '2024-11-23',
    url: null,
    host: null,
    paragraphs,
    prev: null,
    next: null,
    related: [],
    regions: [],
    topics: [],
    keywords: [],
  };
}
