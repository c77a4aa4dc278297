import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Character-level traditional → simplified table built from OpenCC's dictionaries. Search only
 * needs both sides folded the same way, so phrase-level conversion (which can change lengths and
 * would break the offset maps used for highlighting) is deliberately left out.
 */
function buildTable(): Map<string, string> {
  const parse = (dictionary: string) =>
    dictionary.split('|').map((entry) => {
      const [from = '', to = ''] = entry.split(' ');
      return [from, to] as const;
    });
  const variants = new Map([...parse(twVariantsRev), ...parse(hkVariantsRev)]);
  const simplified = new Map(parse(tsCharacters));
  const table = new Map<string, string>();
  for (const [from, to] of simplified) if (from && to && from !== to) table.set(from, to);
  // Taiwan/Hong Kong variant glyphs first become OpenCC's standard traditional form, then simplified.
  for (const [from, to] of variants) {
    const target = simplified.get(to) ?? to;
    if (from && target && from !== target && !table.has(from)) table.set(from, target);
  }
  return table;
}

// Built on first use, not when the module loads: the home page loads this module with the article
// view's code when it is idle, and building the table there was the longest task after the
// first paint in a 4× CPU-throttled trace (docs/performance.md), article opened or not.
let table: Map<string, string> | undefined;
const simplifiedOf = (char: string) => (table ??= buildTable()).get(char);

/** The simplified form of one character (a code point as a string), or the character itself. */
export function simplifyChar(char: string): string {
  return simplifiedOf(char) ?? char;
}

// The simplified form of each BMP unit, as a code unit, filled as met (0: not yet looked up).
// Characters outside the BMP and those that simplify to more than one unit are left as they are.
const simplifiedUnits = new Uint16Array(0x10000);

/**
 * `text` with each character simplified, for matching labels written in either script. A table
 * lookup per UTF-16 unit, and no new string when nothing changes (most lines): the compiler
 * runs it on every short line of every seed.
 */
export function simplifyText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    let s = simplifiedUnits[c] ?? 0;
    if (s === 0) {
      const char = String.fromCharCode(c);
      const simple = simplifiedOf(char) ?? char;
      s = simple.length === 1 ? simple.charCodeAt(0) : c;
      simplifiedUnits[c] = s;
    }
    if (s !== c) {
      out += text.slice(from, i) + String.fromCharCode(s);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

// Whether each BMP unit simplifies to something else: 0 not yet looked up, 1 no, 2 yes.
const changesUnit = new Uint8Array(0x10000);

/**
 * How many characters of `text` simplification changes (`simplifyChar`), counted a UTF-16 unit
 * at a time with each unit's answer kept: the compiler counts every article's, to tell copies
 * in traditional characters. No table key lies below U+3400.
 */
export function countTraditional(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const pair = text.slice(i, i + 2);
      if (simplifyChar(pair) !== pair) count++;
      i++;
      continue;
    }
    let known = changesUnit[c] ?? 0;
    if (known === 0) {
      const char = String.fromCharCode(c);
      known = changesUnit[c] = simplifyChar(char) === char ? 1 : 2;
    }
    if (known === 2) count++;
  }
  return count;
}
