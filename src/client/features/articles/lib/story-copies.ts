import type { Article, IsoDate } from '../../../../domain/bundle/bundle';
import { foldText } from '../../../../domain/text/fold-text';

/** Another site's copy of the story an article tells, as 同题报道 lists it. */
export interface OtherCopy {
  id: string;
  title: string;
  host: string | null;
  date: IsoDate | null;
  /** How it differs from the article being read: 更长, 更短, 标题不同. */
  differences: string[];
}

// Copies within this share of each other's length read as the same length: punctuation and a
// credit line differ between any two.
const SAME_LENGTH = 0.1;

/** The other copies of `article`'s story, in the story's order (the representative first). */
export function otherCopies(article: Article): OtherCopy[] {
  const copies = article.story?.copies ?? [];
  const self = copies.find((c) => c.id === article.id);
  const chars = self?.chars ?? article.paragraphs.reduce((n, p) => n + p.length, 0);
  const title = foldText(article.title);
  return copies
    .filter((c) => c.id !== article.id)
    .map((c) => {
      const differences: string[] = [];
      if (c.chars > chars * (1 + SAME_LENGTH)) differences.push('更长');
      else if (c.chars < chars * (1 - SAME_LENGTH)) differences.push('更短');
      if (foldText(c.title) !== title) differences.push('标题不同');
      return { id: c.id, title: c.title, host: c.host, date: c.date, differences };
    });
}
