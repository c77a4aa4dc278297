import { describe, expect, it } from 'vitest';
import { rankHot, rankLatest, type RankFacts } from '../../../../src/domain/lists/rank-lists.ts';

const facts = (id: string, overrides: Partial<RankFacts> = {}): RankFacts => ({
  id,
  date: null,
  latestPosition: null,
  hotSeeds: 0,
  hotPosition: null,
  ...overrides,
});
const ids = (items: RankFacts[]) => items.map((i) => i.id);

describe('the latest list', () => {
  it('puts the newest first and undated items last', () => {
    const items = [
      facts('old', { date: '2020-01-01' }),
      facts('none'),
      facts('new', { date: '2024-01-01' }),
    ];
    expect(ids(rankLatest(items))).toEqual(['new', 'old', 'none']);
  });

  it('keeps the listed order within a day, 最新加入 before 热门资讯', () => {
    const day = '2024-01-01';
    const items = [
      facts('hot0', { date: day, hotPosition: 0 }),
      facts('latest1', { date: day, latestPosition: 1 }),
      facts('latest0', { date: day, latestPosition: 0 }),
    ];
    expect(ids(rankLatest(items))).toEqual(['latest0', 'latest1', 'hot0']);
  });

  it('gives the same order whatever order the items come in', () => {
    const items = [facts('b'), facts('a'), facts('c', { date: '2024-01-01' })];
    expect(ids(rankLatest(items))).toEqual(ids(rankLatest([...items].reverse())));
  });
});

describe('the hot list', () => {
  it('ranks by how many seeds list an item, then its position, then its date', () => {
    const items = [
      facts('once-first', { hotSeeds: 1, hotPosition: 0 }),
      facts('twice', { hotSeeds: 2, hotPosition: 5 }),
      facts('once-third-new', { hotSeeds: 1, hotPosition: 2, date: '2024-01-01' }),
      facts('once-third-old', { hotSeeds: 1, hotPosition: 2, date: '2020-01-01' }),
      facts('never'),
    ];
    expect(ids(rankHot(items))).toEqual([
      'twice',
      'once-first',
      'once-third-new',
      'once-third-old',
    ]);
  });
});
