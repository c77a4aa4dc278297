import type { SearchQuery, SearchTerm } from './search-types.ts';

/**
 * The terms that decide the rank: the unquoted ones, or the quoted phrases when nothing else was
 * typed (a query of only `"近视防控"` still ranks title matches first).
 */
export function rankTerms(query: SearchQuery): readonly SearchTerm[] {
  return query.must.length > 0 ? query.must : query.phrases;
}

/**
 * The phrase a multi-term query is ranked by: its terms in the order typed, adjacent. Folding
 * removes blanks, so `重庆 教育` ranks 重庆教育 highest. Null for fewer than two terms.
 */
export function rankPhrase(query: SearchQuery): string | null {
  const terms = rankTerms(query);
  return terms.length >= 2 ? terms.map((t) => t.text).join('') : null;
}
