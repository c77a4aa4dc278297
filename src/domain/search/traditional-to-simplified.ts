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

const table = buildTable();

/** The simplified form of one character (a code point as a string), or the character itself. */
export function simplifyChar(char: string): string {
  return table.get(char) ?? char;
}
