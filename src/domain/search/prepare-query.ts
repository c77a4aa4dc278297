import { foldText } from './fold-text.ts';
import { parseQuery, type ParsedQuery, type ParsedTerm } from './parse-query.ts';
import type { SearchQuery, SearchTerm } from './search-types.ts';

/** Lookups that widen a term; both take and return folded text. */
export interface QueryExpanders {
  /** Region codes a term names exactly (重庆 → the code of 重庆市); each covers all inside it. */
  regionsNamed?: (term: string) => readonly string[];
  /** Chinese words a Latin-letter term spells in pinyin, full or initials (kaizhou, kz → 开州). */
  wordsForPinyin?: (term: string) => readonly string[];
}

/** Pinyin expansions kept per term: enough for any real reading, bounded for odd inputs. */
export const MAX_PINYIN_WORDS = 24;

function expand(term: ParsedTerm, expanders: QueryExpanders): SearchTerm {
  if (term.quoted) return { text: term.text, literals: [term.text], regions: [] };
  const literals = [term.text];
  if (expanders.wordsForPinyin && /^[a-z]+$/.test(term.text)) {
    for (const word of expanders.wordsForPinyin(term.text).slice(0, MAX_PINYIN_WORDS)) {
      const folded = foldText(word);
      if (folded && !literals.includes(folded)) literals.push(folded);
    }
  }
  const regions = new Set<string>();
  if (expanders.regionsNamed) {
    for (const literal of literals)
      for (const code of expanders.regionsNamed(literal)) regions.add(code);
  }
  return { text: term.text, literals, regions: [...regions].sort() };
}

/**
 * Turns what was typed into what the engine matches: each unquoted term also matches its pinyin
 * readings and the regions it names; quoted phrases match only themselves.
 */
export function prepareQuery(
  input: string | ParsedQuery,
  expanders: QueryExpanders = {},
): SearchQuery {
  const parsed = typeof input === 'string' ? parseQuery(input) : input;
  return {
    must: parsed.include.filter((t) => !t.quoted).map((t) => expand(t, expanders)),
    phrases: parsed.include.filter((t) => t.quoted).map((t) => expand(t, expanders)),
    not: parsed.exclude.map((t) => expand(t, expanders)),
  };
}
