// A scraper that caught an error page, a captcha or a binary blob still writes a seed, and the
// parser finds a "headline" and "paragraphs" in it: `!@#$%^&*()`, `。。。，，，`, emoji, digits.
// Such a page is not an article. Words are letters of any script (`\p{L}`: Han, kana, Latin…),
// so a real short notice (`通知` / `明天停课。`) is readable however short.
const LETTER = /^\p{L}$/u;
const BLANK = /^\s$/u;
/** Below this share of letters among its visible characters a line is symbols, not words. */
const MIN_LETTER_SHARE = 0.25;
const QUOTED = 20;

/** Whether `text` holds words: some letters, and at least a quarter of its visible characters. */
export function isReadable(text: string): boolean {
  let letters = 0;
  let visible = 0;
  for (const char of text) {
    if (BLANK.test(char)) continue;
    visible++;
    if (LETTER.test(char)) letters++;
  }
  return letters > 0 && letters >= MIN_LETTER_SHARE * visible;
}

const quote = (text: string) => {
  const chars = Array.from(text);
  return chars.length > QUOTED ? `${chars.slice(0, QUOTED).join('')}…` : text;
};

/**
 * Why a page with this headline and body is no article a reader can read, or null: a headline
 * without words, or a body none of whose paragraphs has words. A headline with no body at all
 * stays an article (with a warning): sites publish headline-only notices, and scrapers lose
 * bodies of real articles.
 */
export function unreadableReason(title: string, paragraphs: readonly string[]): string | null {
  if (!isReadable(title)) return `its headline "${quote(title)}" has no words`;
  if (paragraphs.length > 0 && !paragraphs.some(isReadable)) {
    return 'its text has no words, only symbols';
  }
  return null;
}
