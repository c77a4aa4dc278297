import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LatestFile } from '../../../../src/domain/bundle/bundle.ts';
import { cutLatest, latestFileOfPage } from '../../../../src/domain/bundle/latest-pages.ts';

interface Row {
  id: string;
  date: string | null;
}

/** `dated` items newest first (a day each, counting down from `newest`), then `undated`. */
function list(dated: number, undated: number, { newest = 10_000, tag = '' } = {}): Row[] {
  return [
    ...Array.from({ length: dated }, (_, i) => ({
      id: `${tag}d${newest - i}`,
      date: new Date(Date.UTC(2000, 0, newest - i)).toISOString().slice(0, 10),
    })),
    ...Array.from({ length: undated }, (_, i) => ({ id: `${tag}u${i}`, date: null })),
  ];
}

const fileKey = (file: LatestFile) => JSON.stringify(file);
const isDatedKey = (key: string) => key.startsWith('{"dated"');
const isUndatedKey = (key: string) => key.startsWith('{"undated"');
const filesByKey = (rows: Row[], pageSize: number) =>
  new Map(cutLatest(rows, pageSize).files.map(([file, items]) => [fileKey(file), items]));

/** Every page a reader can turn, first to last, through the files they are read from. */
function pagesRead(rows: Row[], pageSize: number): Row[][] {
  const { paging } = cutLatest(rows, pageSize);
  const files = filesByKey(rows, pageSize);
  return Array.from({ length: paging.pages }, (_, i) => {
    const file = latestFileOfPage(paging, i + 1);
    if (file === null) throw new Error(`page ${i + 1} has no file`);
    const items = files.get(fileKey(file));
    if (!items) throw new Error(`page ${i + 1} names a file not written: ${fileKey(file)}`);
    return items;
  });
}

const sizes = fc.record({
  dated: fc.nat({ max: 200 }),
  undated: fc.nat({ max: 80 }),
  pageSize: fc.integer({ min: 1, max: 40 }),
});

describe('the latest list cut into files', () => {
  it('numbers the dated pages from the oldest after a head of the newest', () => {
    const rows = list(100, 5);
    const { paging, files } = cutLatest(rows, 30);

    expect(paging).toEqual({ pageSize: 30, pages: 4, total: 105, dated: 2 });
    expect(files.map(([file, items]) => [file, items.length])).toEqual([
      ['head', 40],
      [{ dated: 1 }, 30],
      [{ dated: 2 }, 30],
      [{ undated: 1 }, 5],
    ]);
    const [head, oldest, older, undated] = files.map(([, items]) => items);
    expect(head).toEqual(rows.slice(0, 40));
    expect(oldest).toEqual(rows.slice(70, 100));
    expect(older).toEqual(rows.slice(40, 70));
    expect(undated).toEqual(rows.slice(100));
    expect([1, 2, 3, 4, 5].map((page) => latestFileOfPage(paging, page))).toEqual([
      'head',
      { dated: 2 },
      { dated: 1 },
      { undated: 1 },
      null,
    ]);
  });

  it('is one page, the head, while there is less than a page of dated items', () => {
    const { paging, files } = cutLatest(list(10, 25), 30);

    expect(paging).toEqual({ pageSize: 30, pages: 2, total: 35, dated: 0 });
    expect(files.map(([file, items]) => [file, items.length])).toEqual([
      ['head', 30],
      [{ undated: 1 }, 5],
    ]);
  });

  it('writes an empty head for an empty list, so the home page has a file to read', () => {
    expect(cutLatest([], 30)).toEqual({
      paging: { pageSize: 30, pages: 1, total: 0, dated: 0 },
      files: [['head', []]],
    });
  });

  it('gives back the whole list, in order, page after page', () => {
    fc.assert(
      fc.property(sizes, ({ dated, undated, pageSize }) => {
        const rows = list(dated, undated);
        const pages = pagesRead(rows, pageSize);

        expect(pages.flat()).toEqual(rows);
        expect(cutLatest(rows, pageSize).files).toHaveLength(pages.length);
        // Every page is full but the head (up to two pages less one) and the last undated one.
        const [head = [], ...rest] = pages;
        expect(head.length).toBeLessThan(Math.max(1, 2 * pageSize));
        if (dated >= pageSize) expect(head.length).toBeGreaterThanOrEqual(pageSize);
        for (const page of rest.slice(0, -1)) expect(page).toHaveLength(pageSize);
      }),
    );
  });

  it('leaves every dated page alone when newer articles arrive', () => {
    fc.assert(
      fc.property(
        sizes,
        fc.integer({ min: 1, max: 100 }),
        ({ dated, undated, pageSize }, added) => {
          const before = list(dated, undated);
          const after = [...list(added, 0, { newest: 20_000, tag: 'new-' }), ...before];
          const old = filesByKey(before, pageSize);
          const now = filesByKey(after, pageSize);

          for (const [key, items] of old) {
            if (isDatedKey(key)) expect(now.get(key)).toEqual(items);
          }
          // The undated pages keep their place too, once the dated items fill the head.
          if (dated >= pageSize) {
            for (const [key, items] of old) {
              if (isUndatedKey(key)) expect(now.get(key)).toEqual(items);
            }
          }
        },
      ),
    );
  });

  it('leaves every dated page alone when an undated item arrives', () => {
    fc.assert(
      fc.property(sizes, ({ dated, undated, pageSize }) => {
        const before = list(dated, undated);
        const after = [...list(dated, 0), { id: 'u-new', date: null }, ...before.slice(dated)];
        const old = filesByKey(before, pageSize);
        const now = filesByKey(after, pageSize);

        for (const [key, items] of old) {
          if (isDatedKey(key) || (key === '"head"' && dated >= pageSize)) {
            expect(now.get(key)).toEqual(items);
          }
        }
      }),
    );
  });

  it('has no file for a page that is not there', () => {
    const { paging } = cutLatest(list(70, 0), 30);
    expect([0, -1, 1.5, paging.pages + 1].map((page) => latestFileOfPage(paging, page))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
