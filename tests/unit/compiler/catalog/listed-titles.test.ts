import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedTitles, packListedTitles } from '../../../../src/compiler/catalog/listed-titles.ts';
import type { SeedList } from '../../../../src/compiler/parse/parse-seed.ts';

const entry = (title: string, date: string | null = null, truncated = false) => ({
  title,
  date,
  truncated,
  line: 1,
});

describe('the titles of a seed’s lists, packed for linking', () => {
  it('gives back every latest and hot entry with its list, place, date and cut, and no other list', () => {
    const lists: SeedList[] = [
      {
        kind: 'latest',
        heading: '最新文章',
        line: 10,
        entries: [
          entry('开州区召开教育大会', '2025-06-01'),
          entry('重庆市教委发布通知…', null, true),
        ],
      },
      { kind: 'other', heading: '友情链接', line: 20, entries: [entry('某某大学')] },
      {
        kind: 'hot',
        heading: '热门资讯',
        line: 30,
        entries: [entry('近视防控进校园', '2025-05-30')],
      },
    ];
    expect([...listedTitles(packListedTitles(lists))]).toEqual([
      {
        list: 'latest',
        title: '开州区召开教育大会',
        truncated: false,
        date: '2025-06-01',
        position: 0,
      },
      { list: 'latest', title: '重庆市教委发布通知…', truncated: true, date: null, position: 1 },
      { list: 'hot', title: '近视防控进校园', truncated: false, date: '2025-05-30', position: 0 },
    ]);
    expect([...listedTitles(packListedTitles([]))]).toEqual([]);
  });

  it('loses nothing of any lists', () => {
    const title = fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !t.includes('\n'));
    const date = fc.option(fc.constantFrom('2025-06-01', '2024-12-31'), { nil: null });
    const list = fc.record({
      kind: fc.constantFrom('latest' as const, 'hot' as const, 'other' as const),
      heading: fc.constant(''),
      line: fc.constant(1),
      entries: fc.array(fc.record({ title, date, truncated: fc.boolean(), line: fc.nat() }), {
        maxLength: 100,
      }),
    });
    fc.assert(
      fc.property(fc.array(list, { maxLength: 4 }), (lists) => {
        const expected = lists
          .filter((l) => l.kind !== 'other')
          .flatMap((l) =>
            l.entries.map((e, position) => ({
              list: l.kind,
              title: e.title,
              truncated: e.truncated,
              date: e.date,
              position,
            })),
          );
        expect([...listedTitles(packListedTitles(lists))]).toEqual(expected);
      }),
    );
  });
});
