import { fullWidthPunctuation } from '../../domain/text/cjk-punctuation.ts';
import type { ParsedSeed } from './parse-seed.ts';

const punctuated = <T extends { text: string } | { title: string }>(value: T): T => {
  if ('text' in value) {
    const text = fullWidthPunctuation(value.text);
    return text === value.text ? value : { ...value, text };
  }
  const title = fullWidthPunctuation(value.title);
  return title === value.title ? value : { ...value, title };
};

/**
 * The seed with the ASCII punctuation of its Chinese sentences in full width (`广西:做好…` →
 * `广西：做好…`) in every text a reader sees: titles, subtitle, paragraphs, list and neighbour
 * titles, the disclaimer. Done after parsing, so that markers, furniture and dates are read
 * from the page as written.
 */
export function withFullWidthPunctuation(seed: ParsedSeed): ParsedSeed {
  const text = (value: string | null) => (value === null ? null : fullWidthPunctuation(value));
  return {
    ...seed,
    title: seed.title && punctuated(seed.title),
    subtitle: text(seed.subtitle),
    paragraphs: seed.paragraphs.map(punctuated),
    disclaimer: text(seed.disclaimer),
    prev: seed.prev && punctuated(seed.prev),
    next: seed.next && punctuated(seed.next),
    lists: seed.lists.map((list) => ({ ...list, entries: list.entries.map(punctuated) })),
  };
}
