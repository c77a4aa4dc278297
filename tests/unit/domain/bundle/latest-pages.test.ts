import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutLatest, latestSlicesOfPage } from '../../../../src/domain/bundle/latest-pages.ts';
import { bundlePaths } from '../../../../src/domain/bundle/bundle.ts';

interface Row {
  id: string;
  date: string | null;
}

/** Rows newest first, undated last, as the latest list orders them. */
const ordered = (rows: Row[]) =>
  [...rows].sort((x, y) =>
    x.date === y.date
      ? x.id.localeCompare(y.id)
      : x.date === null
        ? 1
        : y.date === null
          ? -1
          : y.date.localeCompare(x.date),
  );

/** `count` rows on each of the given days (`2025-07-09`), then `undated` rows without a date. */
function rows(days: Record<string, number>, undated = 0): Row[] {
  const dated = Object.entries(days).flatMap(([date, count]) =>
    Array.from({ length: count }, (_, i) => ({ id: `${date}#${i}`, date })),
  );
  const rest = Array.from({ length: undated }, (_, i) => ({ id: `u${i}`, date: null }));
  return ordered([...dated, ...rest]);
}

const filesOf = (list: Row[], pageSize: number) =>
  new Map(
    cutLatest(list, pageSize).files.map(([file, items]) => [bundlePaths.latestPage(file), items]),
  );

/** Every page a reader can turn, first to last, from the files the client would fetch. */
function pagesRead(list: Row[], pageSize: number): Row[][] {
  const { paging } = cutLatest(list, pageSize);
  const files = filesOf(list, pageSize);
  return Array.from({ length: paging.pages }, (_, i) => {
    const slices = latestSlicesOfPage(paging, i + 1);
    if (slices === null) throw new Error(`page ${i + 1} has no files`);
    return slices.flatMap(({ file, from, to }) => {
      const items = files.get(bundlePaths.latestPage(file));
      if (!items)
        throw new Error(`page ${i + 1} names a file not written: ${JSON.stringify(file)}`);
      return items.slice(from, to);
    });
  });
}

/** Lists of a few dozen days over a few months, some undated rows, and a page size. */
const lists = fc.record({
  days: fc.dictionary(
    fc
      .record({ month: fc.integer({ min: 1, max: 4 }), day: fc.integer({ min: 1, max: 28 }) })
      .map(({ month, day }) => `2025-0${month}-${String(day).padStart(2, '0')}`),
    fc.integer({ min: 1, max: 30 }),
    { maxKeys: 30 },
  ),
  undated: fc.nat({ max: 70 }),
  pageSize: fc.integer({ min: 1, max: 40 }),
});

describe('the latest list cut into files', () => {
  it('cuts each month into pages from its oldest item, after a head of the first page', () => {
    const list = rows({ '2025-07-02': 20, '2025-07-01': 25, '2025-06-30': 10 }, 3);
    const { paging, files } = cutLatest(list, 30);

    expect(paging).toEqual({
      pageSize: 30,
      pages: 2,
      total: 58,
      months: [
        ['2025-07', 45],
        ['2025-06', 10],
      ],
    });
    expect(files.map(([file, items]) => [bundlePaths.latestPage(file), items])).toEqual([
      ['latest/head.json', list.slice(0, 30)],
      ['latest/2025-07/1.json', list.slice(15, 45)],
      ['latest/2025-07/2.json', list.slice(0, 15)],
      ['latest/2025-06/1.json', list.slice(45, 55)],
      ['latest/undated/1.json', list.slice(55)],
    ]);
    // Page 2: the rest of July's oldest page, June, the undated.
    expect(latestSlicesOfPage(paging, 2)).toEqual([
      { file: { month: '2025-07', n: 1 }, from: 15, to: 30 },
      { file: { month: '2025-06', n: 1 }, from: 0, to: 10 },
      { file: { undated: 1 }, from: 0, to: 3 },
    ]);
  });

  it('writes an empty head for an empty list, so the home page has a file to read', () => {
    expect(cutLatest([], 30)).toEqual({
      paging: { pageSize: 30, pages: 1, total: 0, months: [] },
      files: [['head', []]],
    });
  });

  it('gives back the whole list, in order, a full page at a time', () => {
    fc.assert(
      fc.property(lists, ({ days, undated, pageSize }) => {
        const list = rows(days, undated);
        const pages = pagesRead(list, pageSize);

        expect(pages.flat()).toEqual(list);
        for (const page of pages.slice(0, -1)) expect(page).toHaveLength(pageSize);
        // Besides the head, every item is in exactly one file.
        const filed = cutLatest(list, pageSize)
          .files.filter(([file]) => file !== 'head')
          .flatMap(([, items]) => items.map((row) => row.id));
        expect(filed.sort()).toEqual(list.map((row) => row.id).sort());
      }),
    );
  });

  it('rewrites only the head and the files of the month where an item came, went or moved', () => {
    const change = fc.record({
      month: fc.integer({ min: 1, max: 4 }),
      day: fc.integer({ min: 1, max: 28 }),
      kind: fc.constantFrom('add', 'remove'),
    });
    fc.assert(
      fc.property(lists, change, ({ days, undated, pageSize }, { month, day, kind }) => {
        const before = rows(days, undated);
        const date = `2025-0${month}-${String(day).padStart(2, '0')}`;
        const after =
          kind === 'add'
            ? ordered([...before, { id: `${date}#new`, date }])
            : before.filter((row) => row.date !== date || !row.id.endsWith('#0'));
        const old = filesOf(before, pageSize);
        const now = filesOf(after, pageSize);

        const touched = (path: string) =>
          path === 'latest/head.json' || path.includes(date.slice(0, 7));
        for (const [path, items] of old) {
          if (!touched(path)) expect(now.get(path)).toEqual(items);
        }
        for (const path of now.keys()) if (!touched(path)) expect(old.has(path)).toBe(true);
      }),
    );
  });

  it('has no page 0, no page past the last, and no fractional page', () => {
    const { paging } = cutLatest(rows({ '2025-07-01': 70 }), 30);
    expect([0, -1, 1.5, 4].map((page) => latestSlicesOfPage(paging, page))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // The last page is the month's 10 oldest items: the end of its first file, newest first.
    expect(latestSlicesOfPage(paging, 3)).toEqual([
      { file: { month: '2025-07', n: 1 }, from: 20, to: 30 },
    ]);
  });
});
