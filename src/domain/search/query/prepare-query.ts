import { foldText } from '../../text/fold-text.ts';
import { parseQuery, type ParsedQuery, type ParsedTerm } from './parse-query.ts';
import { MIN_PINYIN_PREFIX, type PinyinReading } from '../../text/pinyin-lexicon.ts';
import type { SearchQuery, SearchTerm } from './search-types.ts';

/** Lookups that widen a term; both take and return folded text. */
export interface QueryExpanders {
  /** Region codes a term names exactly (重庆 → the code of 重庆市); each covers all inside it. */
  regionsNamed?: (term: string) => readonly string[];
  /**
   * Chinese words a Latin-letter term spells in pinyin (kaizhou, kz → 开州; with `prefix`, kaiz →
   * 开州 too), most specific first (`PinyinLexicon.wordsFor`).
   */
  wordsForPinyin?: (term: string, reading: PinyinReading) => readonly string[];
  /** The index has a pinyin group for each two-letter term that spells words
   * (`SearchManifest.pinyinGroups`). */
  pinyinGroups?: boolean;
}

/** Letters of a Latin term with a pinyin group of its own (`SearchManifest.pinyinGroups`). */
export const PINYIN_GROUP_LETTERS = 2;

/** Pinyin expansions kept per term: enough for any real reading, bounded for odd inputs. */
export const MAX_PINYIN_WORDS = 24;

const isLatin = (term: ParsedTerm) => !term.quoted && /^[a-z]+$/.test(term.text);

/**
 * Whether preparing the text reads pinyin readings: `now` for unquoted Latin terms of two
 * letters or more in all, `soon` for a letter alone, which spells no word (it would name
 * hundreds, like a one-letter prefix) but is most often the first keystroke of one; else `no`.
 */
export function readsPinyin(input: string): 'now' | 'soon' | 'no' {
  const { include, exclude } = parseQuery(input);
  const letters = [...include, ...exclude].filter(isLatin).reduce((n, t) => n + t.text.length, 0);
  return letters >= MIN_PINYIN_PREFIX ? 'now' : letters > 0 ? 'soon' : 'no';
}

/**
 * The words kept for a term's pinyin, most specific first. A word containing another candidate
 * (开州区 beside 开州) is dropped before the cap: every text holding it holds the shorter one, so
 * it adds no match, only a place under the cap. Returns the words kept and those dropped so (whose
 * regions still count).
 */
function pinyinWords(words: readonly string[]): { kept: string[]; covered: string[] } {
  let kept: string[] = [];
  const covered: string[] = [];
  for (const word of new Set(words.map(foldText))) {
    if (!word) continue;
    if (kept.some((k) => word.includes(k))) covered.push(word);
    else if (kept.length < MAX_PINYIN_WORDS) kept.push(word);
  }
  // A shorter word may come after a longer one holding it (readings are ordered, not words).
  const shorter = kept.filter((w) => !kept.some((k) => k !== w && w.includes(k)));
  covered.push(...kept.filter((w) => !shorter.includes(w)));
  kept = shorter;
  return { kept, covered };
}

function term(
  text: string,
  words: readonly string[],
  expanders: QueryExpanders,
  quoted = false,
): SearchTerm {
  if (quoted) return { text, literals: [text], regions: [] };
  const { kept, covered } = pinyinWords(words);
  const literals = [text, ...kept.filter((w) => w !== text)];
  const regions = new Set<string>();
  if (expanders.regionsNamed) {
    for (const literal of [...literals, ...covered])
      for (const code of expanders.regionsNamed(literal)) regions.add(code);
  }
  return { text, literals, regions: [...regions].sort() };
}

/**
 * One term alone: its pinyin readings (and, being typed last, the readings it starts). A
 * two-letter term that spells words names its pinyin group, which holds what it needs.
 */
function expand(t: ParsedTerm, expanders: QueryExpanders, typing: boolean): SearchTerm {
  const words =
    expanders.wordsForPinyin && isLatin(t) && t.text.length >= MIN_PINYIN_PREFIX
      ? expanders.wordsForPinyin(t.text, { initials: true, prefix: typing && t.last })
      : [];
  const expanded = term(t.text, words, expanders, t.quoted);
  const grouped =
    expanders.pinyinGroups && words.length > 0 && t.text.length === PINYIN_GROUP_LETTERS;
  return grouped ? { ...expanded, group: t.text } : expanded;
}

/**
 * What a two-letter Latin term can stand for, typed last or not (`expand`): its pinyin group
 * holds the title entries of these terms' literals and the documents of their regions. Empty
 * when the letters spell no word, and then there is no group.
 */
export function pinyinGroupTerms(letters: string, expanders: QueryExpanders): SearchTerm[] {
  const typed = { raw: letters, text: letters, quoted: false, at: 0 };
  const terms = [true, false].map((last) => expand({ ...typed, last }, expanders, true));
  return terms.some((t) => t.group !== undefined) ? terms : [];
}

/**
 * The wanted unquoted terms, with adjacent Latin ones that together spell a word read as that
 * word (`kai zhou` → 开州, like `kaizhou`): pinyin is often written a syllable at a time. The run
 * is read greedily, longest spelling first; a term that spells nothing with its neighbours stays
 * a term of its own.
 */
function expandWanted(terms: readonly ParsedTerm[], expanders: QueryExpanders): SearchTerm[] {
  const out: SearchTerm[] = [];
  const lookup = expanders.wordsForPinyin;
  let i = 0;
  while (i < terms.length) {
    const first = terms[i] as ParsedTerm;
    let merged = false;
    if (lookup && isLatin(first)) {
      let run = i + 1;
      while (
        run < terms.length &&
        isLatin(terms[run] as ParsedTerm) &&
        (terms[run] as ParsedTerm).at === (terms[run - 1] as ParsedTerm).at + 1
      )
        run++;
      for (let end = run - 1; end > i && !merged; end--) {
        const text = terms
          .slice(i, end + 1)
          .map((t) => t.text)
          .join('');
        const words = lookup(text, { initials: false, prefix: (terms[end] as ParsedTerm).last });
        if (words.length > 0) {
          out.push(term(text, words, expanders));
          i = end + 1;
          merged = true;
        }
      }
    }
    if (!merged) out.push(expand(terms[i++] as ParsedTerm, expanders, true));
  }
  return out;
}

/**
 * Turns what was typed into what the engine matches: each unquoted term also matches its pinyin
 * readings and the regions it names; quoted phrases match only themselves. The last term, which
 * may still be being typed, also matches the words whose reading it starts (`kaiz` → 开州).
 */
export function prepareQuery(
  input: string | ParsedQuery,
  expanders: QueryExpanders = {},
): SearchQuery {
  const parsed = typeof input === 'string' ? parseQuery(input) : input;
  return {
    must: expandWanted(
      parsed.include.filter((t) => !t.quoted),
      expanders,
    ),
    phrases: parsed.include.filter((t) => t.quoted).map((t) => expand(t, expanders, false)),
    not: parsed.exclude.map((t) => expand(t, expanders, false)),
  };
}
