import { parseQuery, type ParsedTerm } from './parse-query.ts';

const quote = (t: ParsedTerm) => (t.quoted ? `"${t.raw}"` : t.raw);

/** Whether two strings are at most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Queries near one that found nothing, most specific first: each term replaced by a known word
 * one character away (开洲 → 开州), each term shortened by a character, each term or exclusion
 * left out; never one of exclusions only. The caller runs them and shows those that find something; `vocabulary` is whatever
 * words the client knows (place names, topics, keywords).
 */
export function nearQueries(input: string, vocabulary: Iterable<string> = []): string[] {
  const { include, exclude } = parseQuery(input);
  type Term = ParsedTerm & { excluded?: boolean };
  const terms: Term[] = [...include, ...exclude.map((t) => ({ ...t, excluded: true }))];
  const render = (list: Term[]) =>
    list.map((t) => (t.excluded ? `-${quote(t)}` : quote(t))).join(' ');
  const words = [...new Set(vocabulary)];
  const out: string[] = [];
  const add = (list: Term[]) => {
    // Exclusions alone find nothing to show (`-党建`): a query needs a word to find.
    if (!list.some((t) => !t.excluded)) return;
    const query = render(list);
    if (query !== render(terms) && !out.includes(query)) out.push(query);
  };
  terms.forEach((term, i) => {
    if (term.excluded) return;
    for (const word of words) {
      if (withinOneEdit(term.text, word)) {
        add(terms.map((t, j) => (j === i ? { ...t, raw: word, text: word } : t)));
      }
    }
  });
  terms.forEach((term, i) => {
    const chars = Array.from(term.raw);
    if (term.excluded || chars.length < 3) return;
    for (const raw of [chars.slice(1).join(''), chars.slice(0, -1).join('')]) {
      add(terms.map((t, j) => (j === i ? { ...t, raw } : t)));
    }
  });
  if (terms.length > 1) terms.forEach((_, i) => add(terms.filter((__, j) => j !== i)));
  return out;
}
