// The code of src/domain/text/cjk-punctuation.ts before its loops read char codes (2026-12-06):
// tests/unit/domain/text/cjk-punctuation.test.ts holds the rewrite to it.

// Scrapers and converters leave ASCII punctuation in Chinese text (`广西:做好…`, `责任,按照`),
// which sets too tight and reads as foreign. The rule is narrow so that numbers, times, URLs and
// Latin text keep theirs: a run of `: , ; ? !` (with any ASCII or curly quotes and brackets
// among them) becomes full-width only when the character just before or just after the run is
// Chinese: a Han character, CJK or full-width punctuation. `3,000`, `12:00` and `Hello, world`
// have no Chinese neighbour, so they stay. A pair of parentheses becomes full-width when it holds
// a Han character (`党委(党总支)`); `(1)` stays.

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ':': '：',
  ',': '，',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const MARKS = ':,;?!';
const ANY_CANDIDATE = /[:,;?!()]/;
// Quotes and brackets that are not Chinese themselves go with the marks beside them
// (`“三力”,按照`): the run is judged by the characters around the whole cluster.
const CLUSTERED = '"\'()[]“”‘’';
// Han, CJK symbols and punctuation (、。〈〉「」…), full-width punctuation (，：（）…); not
// full-width letters and digits, whose neighbours are numbers and words.
const CJK = /^[\p{Script=Han}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]$/u;
const HAN = /^\p{Script=Han}$/u;
// An address runs over ASCII that is not blank, and over Chinese words in its path or query
// (`/搜索?q=教育`) but not onto Chinese text glued after it (`http://moe.gov.cn查询`).
// Punctuation at its end is the sentence's.
const URL_START = /\b(?:https?|ftp):\/\//gi;
const URL_TAIL_PUNCTUATION = '.,;:!?)]\'"';
const PATH_BEFORE_WORD = '/=?&#';

/** Whether `text[index]` is an unconverted mark or quote outside an address. */
function inCluster(text: string, action: Uint8Array, index: number): boolean {
  const char = text.charAt(index);
  return action[index] === 0 && (MARKS.includes(char) || CLUSTERED.includes(char));
}

/** The code point ending just before `index`, as a string ('' at the start). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/** The code point starting at `index`, as a string ('' past the end). */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Where each URL of `text` starts and ends (end excluded), trailing punctuation left out. */
function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const start = new RegExp(URL_START);
  // Each search starts past the last address, so `http://http://…` is read once.
  for (let match = start.exec(text); match; match = start.exec(text)) {
    let end = match.index + match[0].length;
    let inWord = false;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code <= 0x20 || code === 0x7f) break;
      if (code > 0x7f) {
        if (!inWord && !PATH_BEFORE_WORD.includes(text.charAt(end - 1))) break;
        if (CJK.test(text.charAt(end)) && !HAN.test(charAt(text, end))) break;
        inWord = true;
      } else inWord = false;
      end++;
    }
    while (end > match.index && URL_TAIL_PUNCTUATION.includes(text.charAt(end - 1))) end--;
    spans.push([match.index, end]);
    start.lastIndex = Math.max(end, match.index + match[0].length);
  }
  return spans;
}

/**
 * `text` with the ASCII punctuation of its Chinese sentences in full width: `: , ; ? !` next to a
 * Chinese character, and parentheses around Han text. Numbers (`3,000`, `12:00`), URLs and Latin
 * text keep theirs; blanks between a converted mark and Chinese text go, since full-width marks
 * carry their own space.
 */
export function fullWidthPunctuation(text: string): string {
  if (!ANY_CANDIDATE.test(text)) return text;
  const n = text.length;
  // 1: convert, 2: drop (a blank beside a converted mark), 3: inside a URL.
  const action = new Uint8Array(n);
  for (const [start, end] of urlSpans(text)) action.fill(3, start, end);

  // Parentheses: the nearest opening one before each closing one, when Han lies between them.
  let open = -1;
  let hanInside = false;
  for (let i = 0; i < n; i++) {
    if (action[i] === 3) continue;
    const c = text[i];
    if (c === '(' || c === '（') {
      open = i;
      hanInside = false;
    } else if (c === ')' || c === '）') {
      if (open >= 0 && hanInside) {
        if (c === ')') action[i] = 1;
        if (text[open] === '(') action[open] = 1;
      }
      open = -1;
    } else if (open >= 0 && !hanInside) {
      hanInside = HAN.test(charAt(text, i));
    }
  }

  const isCjk = (index: number, char: string) =>
    CJK.test(char) || (action[index] === 1 && (char === '(' || char === ')'));
  const chineseBefore = (index: number) => {
    const char = charBefore(text, index);
    return char !== '' && action[index - char.length] !== 3 && isCjk(index - char.length, char);
  };
  const chineseAfter = (index: number) => {
    const char = charAt(text, index);
    return char !== '' && action[index] !== 3 && isCjk(index, char);
  };

  for (let i = 0; i < n; i++) {
    if (action[i] !== 1) continue;
    if (text[i] === '(') dropBlanks(text, action, i, -1, chineseBefore);
    else dropBlanks(text, action, i + 1, 1, chineseAfter);
  }

  for (let i = 0; i < n;) {
    if (!inCluster(text, action, i)) {
      i++;
      continue;
    }
    let end = i;
    let marks = false;
    for (; end < n && inCluster(text, action, end); end++) {
      if (MARKS.includes(text.charAt(end))) marks = true;
    }
    if (marks && (chineseBefore(i) || chineseAfter(end))) {
      for (let j = i; j < end; j++) if (MARKS.includes(text.charAt(j))) action[j] = 1;
      dropBlanks(text, action, i, -1, chineseBefore);
      dropBlanks(text, action, end, 1, chineseAfter);
    }
    i = end;
  }

  let out = '';
  let from = 0;
  for (let i = 0; i < n; i++) {
    const a = action[i];
    if (a !== 1 && a !== 2) continue;
    out += text.slice(from, i) + (a === 1 ? (FULL_WIDTH[text.charAt(i)] ?? '') : '');
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * Marks for dropping the blanks on one side of a converted run (`step` -1: before `edge`, 1: from
 * `edge` on) when Chinese text lies past them.
 */
function dropBlanks(
  text: string,
  action: Uint8Array,
  edge: number,
  step: -1 | 1,
  chineseBeyond: (index: number) => boolean,
): void {
  let i = step < 0 ? edge - 1 : edge;
  while (i >= 0 && i < text.length && action[i] === 0 && (text[i] === ' ' || text[i] === '\t')) {
    i += step;
  }
  const blanks = step < 0 ? edge - 1 - i : i - edge;
  if (blanks === 0 || !chineseBeyond(step < 0 ? i + 1 : i)) return;
  if (step < 0) action.fill(2, i + 1, edge);
  else action.fill(2, edge, i);
}
