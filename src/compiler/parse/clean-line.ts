import { decodeHTML } from 'entities';

// Scrapers that save a page's text keep pieces of its markup: whole tags (`<p class="…">`,
// `<dfn id="q3hxm">`), the tail of a tag cut in the middle (`" data-idx="0">`) and entities.
// Every pattern here is linear: each starts at a fixed character and runs over a class that
// cannot hold that character, so no line can make it backtrack.
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const ATTRIBUTE_TAIL = /"(?:\s{1,4}[a-z][\w-]{0,30}="[^"<>]{0,200}"){1,8}\s{0,4}>/gi;
const ENTITY = /&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});/i;
// Converters that add pinyin to each character leave it in brackets after the character:
// `學(xué)`. Only a bracket of lower-case pinyin with a tone mark right after a Han character goes.
const RUBY = /(\p{Script=Han})\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/gu;
// Machine spacing inside brackets and around full-width punctuation: `《 人民日報 》( 2023年 )`.
const SPACE_AFTER_OPENING = /([（(《「『【“])\s+/g;
// The look-behind starts a match only at the first blank of a run, so a long run is read once.
const SPACE_BEFORE_CLOSING = /(?<!\s)\s+([）)》」』】”，。！？；：、])/g;
const STRAY = /¶/g;
// Forum pages stamp lines with random characters against copying: `0 n6 y( F2 t' x1 B( [`.
// Only a run of four or more such tokens holding both digits and punctuation goes: `AI VR AR 5G`
// is text.
const WATERMARK = /^(?:[!-~]{1,3}(?: |$)){4,}/;
const WATERMARK_MIX = /\d/;
const WATERMARK_PUNCTUATION = /[^\w\s]/;

/** A line with markup, entities, pinyin ruby and machine spacing removed. */
export function cleanLine(text: string): string {
  let clean = text;
  if (clean.includes('<') || clean.includes('>')) {
    clean = clean.replace(TAG, '').replace(ATTRIBUTE_TAIL, '');
  }
  if (clean.includes('&') && ENTITY.test(clean)) clean = decodeHTML(clean);
  if (clean.includes('(')) clean = clean.replace(RUBY, '$1');
  const mark = clean.includes(' ') ? WATERMARK.exec(clean)?.[0] : undefined;
  if (mark && WATERMARK_MIX.test(mark) && WATERMARK_PUNCTUATION.test(mark)) {
    clean = clean.slice(mark.length);
  }
  if (clean.includes(' ')) {
    clean = clean.replace(SPACE_AFTER_OPENING, '$1').replace(SPACE_BEFORE_CLOSING, '$1');
  }
  return clean.replace(STRAY, '').trim();
}
