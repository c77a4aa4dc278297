/**
 * The adversarial shapes of `npm run bench:hostile`: each one a piece of seed text built to make
 * a backtracking pattern try every start or every split of a run. They come from the patterns
 * eslint-plugin-regexp reported (blanks before a rejecting end, issue #15) and from
 * tests/unit/compiler/parse/hostile-lines.test.ts.
 */

/** Where the hostile text goes: under the title (it becomes the lead) or after the sidebars. */
export type Place = 'body' | 'end';

/** One adversarial shape; `make(bytes)` gives about that many UTF-8 bytes of it. */
export interface HostileShape {
  name: string;
  place: Place;
  make: (bytes: number) => string;
}

/** How many bytes `text` takes in UTF-8, the size a seed file has on disk. */
export const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** `unit` repeated until the repeats hold at least `bytes` UTF-8 bytes. */
export function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / utf8Bytes(unit))));
}

// One line made of a run of `unit` that ends in a character the pattern must reject.
const run = (name: string, unit: string, before = '', after = 'x'): HostileShape => ({
  name,
  place: 'body',
  make: (bytes) => `${before}${fill(unit, bytes)}${after}`,
});

const PROSE =
  '开州区教育系统严格落实全面从严治党主体责任，按照“围绕业务抓党建、抓好党建促业务”的整体思路，持续聚焦领导力、向心力、推动力建设与提升。';

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  run('blanks', ' '),
  run('dots', '.'),
  run('full stops', '。'),
  run('colons', '：'),
  run('ellipses', '…'),
  run('brackets', '( '),
  run('tag starts', '<a '),
  run('attribute tails', '" a="b"'),
  run('ampersands', '&'),
  run('entities', '&amp;'),
  run('pinyin ruby', '學(xué)'),
  run('markup', '<p class="a">文字</p>', '', ''),
  // The patterns rewritten for issue #15, each at its own prefix.
  run('source link, blanks, U+2028', ' ', '原文链接:', 'x\u2028y'),
  run('dateline, blanks', ' ', '本报2023年6月7', 'x'),
  run('headline, blanks, half an SEO word', ' ', '标题', '必'),
  run('long paragraph', PROSE, '', ''),
  {
    // Lines just under the 200 characters furniture is looked at, each a run of blanks.
    name: '200-character lines of blanks',
    place: 'body',
    make: (bytes) => fill(`《某报》(2023年6月28日${' '.repeat(170)}x\n`, bytes),
  },
  { name: 'short lines', place: 'body', make: (bytes) => fill('教育\n', bytes) },
  {
    name: 'dates glued in one list line',
    place: 'end',
    make: (bytes) => `最新加入\n${fill('广西:做好近视防控工...2024-11-23', bytes)}`,
  },
  {
    name: 'huge sidebar list',
    place: 'end',
    make: (bytes) => `热门资讯\n${fill('2024-11-23省教育厅举办2023...\n', bytes)}`,
  },
  {
    // The seed found took over 最新加入: 60,020 items dated 2099 in 1.5 MB. At 26 bytes an item
    // this is 40,000 items a MB: 60,000 at 1.5 MB, 160,000 at 4 MB, all but 100 dropped.
    name: 'sidebar items dated 2099',
    place: 'end',
    make: (bytes) => `最新加入\n重要通知\n${fill('2099-01-01重要通知公\n', bytes)}`,
  },
];

/** The peer's filler: ordinary paragraphs, one a line, about `bytes` long. */
export const plainFiller = (bytes: number) => fill(`${PROSE}\n`, bytes).trimEnd();

/** `base` (a seed: title on its first line) with `text` under the title or at the end. */
export function withText(base: string, text: string, place: Place): string {
  const lines = base.split('\n');
  return place === 'body'
    ? [lines[0], text, ...lines.slice(1)].join('\n')
    : `${base.trimEnd()}\n${text}\n`;
}
