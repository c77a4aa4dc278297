import { foldText } from '../../text/fold-text.ts';

/** One term of the search box as typed, with its folded form. */
export interface ParsedTerm {
  /** As typed (inside the quotes for a phrase). */
  raw: string;
  /** Folded with `foldText`: what is matched. */
  text: string;
  /** Written in quotes: matched literally, never expanded to regions or pinyin. */
  quoted: boolean;
  /** Place among the terms typed, excluded ones included: tells which terms were adjacent. */
  at: number;
  /** The input's last term, which the reader may still be typing (its last syllable unfinished). */
  last: boolean;
}

/** The search box's syntax: terms that must all match, and terms that must not. */
export interface ParsedQuery {
  include: ParsedTerm[];
  exclude: ParsedTerm[];
}

/** More terms than anyone types; a cap keeps a pasted paragraph from costing seconds. */
export const MAX_QUERY_TERMS = 12;

// Readers type Chinese quotes as often as ASCII ones; an opening quote is closed by its partner or
// by an ASCII quote (keyboards mix them), and a quote left open runs to the end, as it does while
// the reader is still typing.
const CLOSERS: Record<string, string> = {
  '"': '"',
  '“': '”',
  '「': '」',
  '『': '』',
  '‘': '’',
};
const MINUS = new Set(['-', '−', '－']);
const isSpace = (c: string) => /\s/u.test(c);

/**
 * Splits a query into terms: blanks separate terms that must all match, `"…"` (or “…”, 「…」)
 * keeps a phrase together, and a leading `-` excludes a term or phrase. Never throws: any input,
 * half-typed or not, gives a query.
 */
export function parseQuery(input: string): ParsedQuery {
  const chars = Array.from(input.normalize('NFKC'));
  const query: ParsedQuery = { include: [], exclude: [] };
  let i = 0;
  let at = 0;
  let lastTerm: ParsedTerm | null = null;
  while (i < chars.length) {
    while (i < chars.length && isSpace(chars[i] ?? '')) i++;
    if (i >= chars.length) break;
    let negated = false;
    if (MINUS.has(chars[i] ?? '') && i + 1 < chars.length && !isSpace(chars[i + 1] ?? '')) {
      negated = true;
      i++;
    }
    const open = chars[i] ?? '';
    const close = CLOSERS[open];
    let raw = '';
    let quoted = false;
    if (close !== undefined) {
      quoted = true;
      i++;
      while (i < chars.length && chars[i] !== close && chars[i] !== '"') raw += chars[i++] ?? '';
      i++;
    } else {
      while (i < chars.length && !isSpace(chars[i] ?? '') && CLOSERS[chars[i] ?? ''] === undefined)
        raw += chars[i++] ?? '';
    }
    const text = foldText(raw);
    if (!text || (!quoted && [...MINUS].some((m) => text === m))) continue;
    const list = negated ? query.exclude : query.include;
    if (query.include.length + query.exclude.length >= MAX_QUERY_TERMS) break;
    const term: ParsedTerm = { raw, text, quoted, at: at++, last: false };
    lastTerm = list.some((t) => t.text === text && t.quoted === quoted) ? null : term;
    if (lastTerm) list.push(lastTerm);
  }
  if (lastTerm) lastTerm.last = true;
  return query;
}
