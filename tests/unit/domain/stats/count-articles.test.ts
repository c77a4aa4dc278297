import { describe, expect, it } from 'vitest';
import { countArticles, type CountedArticle } from '../../../../src/domain/stats/count-articles.ts';

const CHONGQING = { code: '50', name: '重庆市' };
const KAIZHOU = { code: '500154', name: '开州区' };
const WANZHOU = { code: '500101', name: '万州区' };
const SICHUAN = { code: '51', name: '四川省' };
const BAZHONG = { code: '5119', name: '巴中市' };
const PINGCHANG = { code: '511923', name: '平昌县' };

/** An article with overrides; by default undated and about nothing. */
const article = (overrides: Partial<CountedArticle> = {}): CountedArticle => ({
  date: null,
  regions: [],
  topics: [],
  ...overrides,
});
const about = (...chain: { code: string; name: string }[]) => ({ chain });

describe('articles per place', () => {
  it('counts an article once for its province and once for the place below it', () => {
    const { places } = countArticles([
      article({ regions: [about(CHONGQING, KAIZHOU), about(CHONGQING, WANZHOU)] }),
      article({ regions: [about(CHONGQING, KAIZHOU)] }),
      article({ regions: [about(SICHUAN, BAZHONG, PINGCHANG), about(SICHUAN, BAZHONG)] }),
      article({ regions: [about(CHONGQING)] }),
      article(),
    ]);
    expect(places.provinces).toEqual([
      { ...CHONGQING, count: 3 },
      { ...SICHUAN, count: 1 },
    ]);
    expect(places.below).toEqual({
      '50': [
        { ...KAIZHOU, count: 2 },
        { ...WANZHOU, count: 1 },
      ],
      '51': [{ ...BAZHONG, count: 1 }],
    });
  });

  it('ranks equal counts by code, so the order of the articles does not matter', () => {
    const list = [article({ regions: [about(SICHUAN)] }), article({ regions: [about(CHONGQING)] })];
    const forward = countArticles(list);
    const backward = countArticles([...list].reverse());
    expect(forward.places.provinces.map((p) => p.code)).toEqual(['50', '51']);
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });
});

describe('articles per month', () => {
  it('lists every month from the first to the last, empty ones as 0, and counts the undated', () => {
    const { months } = countArticles([
      article({ date: '2023-11-30' }),
      article({ date: '2024-02-01' }),
      article({ date: '2024-02-29' }),
      article(),
    ]);
    expect(months.months).toEqual([
      ['2023-11', 1],
      ['2023-12', 0],
      ['2024-01', 0],
      ['2024-02', 2],
    ]);
    expect(months.undated).toBe(1);
  });

  it('is empty without dated articles', () => {
    expect(countArticles([article()]).months.months).toEqual([]);
  });
});

describe('each topic over the last 24 months', () => {
  const myopia = { id: 'myopia', name: '近视防控' };
  const exams = { id: 'exams', name: '招生考试' };

  it('ends with the newest article’s month and leaves out older articles', () => {
    const { topics } = countArticles([
      article({ date: '2024-03-05', topics: [myopia] }),
      article({ date: '2024-03-20', topics: [myopia, exams] }),
      article({ date: '2022-04-01', topics: [myopia] }),
      article({ date: '2022-03-31', topics: [exams] }),
      article({ topics: [myopia] }),
    ]);
    expect(topics.months).toHaveLength(24);
    expect(topics.months[0]).toBe('2022-04');
    expect(topics.months.at(-1)).toBe('2024-03');
    const byId = Object.fromEntries(topics.topics.map((t) => [t.id, t]));
    expect(byId.myopia?.total).toBe(3);
    expect(byId.myopia?.counts[0]).toBe(1);
    expect(byId.myopia?.counts[23]).toBe(2);
    // Its only other article is a month before the window: listed, with nothing to show.
    expect(byId.exams?.total).toBe(1);
    expect(topics.topics.map((t) => t.id)).toEqual(['exams', 'myopia']);
  });

  it('crosses a year boundary', () => {
    const { topics } = countArticles([article({ date: '2025-01-10', topics: [myopia] })]);
    expect(topics.months.slice(0, 2)).toEqual(['2023-02', '2023-03']);
    expect(topics.months.slice(-2)).toEqual(['2024-12', '2025-01']);
  });
});
